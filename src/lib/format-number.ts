/**
 * Reading form of a key figure's number for an edition's language: grouped digits below a hundred thousand
 * (`15,000`), the Chinese large-number units above it (`600億`, `1.5億`), as Intl writes them for `lang`.
 */
const COMPACT_FROM = 100_000;

export function formatFigureNumber(value: number, lang: string): string {
  return numberFormat(lang, Math.abs(value) >= COMPACT_FROM).format(value);
}

/**
 * One Intl.NumberFormat per language and notation, kept for the build: making one costs far more than using it, and
 * every key figure of every article page, series page and series line is formatted (about 1.4 s of a 1,000-article
 * build when each call made its own).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, compact: boolean): Intl.NumberFormat {
  const key = `${lang} ${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, compact ? { notation: 'compact', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format;
}

/** Number and unit as one reads them in Chinese: no space between (`15,000人`, `600億美元`, `40%`). */
export function formatFigure(value: number, unit: string, lang: string): string {
  return `${formatFigureNumber(value, lang)}${unit}`;
}
