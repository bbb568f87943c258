/**
 * Reading form of a key figure's number for an edition's language: grouped digits below a hundred thousand
 * (`15,000`), the Chinese large-number units above it (`600億`, `1.5億`), as Intl writes them for `lang`.
 */
const COMPACT_FROM = 100_000;

export function formatFigureNumber(value: number, lang: string): string {
  if (Math.abs(value) >= COMPACT_FROM) {
    return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  }
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** Number and unit as one reads them in Chinese: no space between (`15,000人`, `600億美元`, `40%`). */
export function formatFigure(value: number, unit: string, lang: string): string {
  return `${formatFigureNumber(value, lang)}${unit}`;
}
