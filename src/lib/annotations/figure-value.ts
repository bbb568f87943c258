/**
 * A key figure's `value` and `unit` as an editor types them, read as the site uses them.
 *
 * Chinese input methods type full-width forms: `２０`, `％`, `－３`, `ｋｍ`. They read as what they stand for
 * (`20`, `%`, `-3`, `km`), so `unit=％` is a percentage like `unit=%` and draws against 100 %.
 *
 * A value is a plain number (`15000`, `0.5`, `-3`) a double holds exactly: at most 15 significant digits, so the
 * page never shows another number than the one written (`12345678901234567890` would print as
 * 12345678901234567000), and never one too large to be a number at all (a 400-digit value is Infinity).
 */

/** Full-width ASCII forms (U+FF01–U+FF5E), the ideographic space, small and Arabic percent signs, the minus sign. */
const IME_FORMS = /[\uFF01-\uFF5E\u3000\uFE6A\u066A\u2212]/g;

/** `％` → `%`, `２０` → `20`, `ｋｍ` → `km`, the ideographic space → a space: what an IME typed, as ASCII. */
export function normaliseImeForms(text: string): string {
  return text.replace(IME_FORMS, (character) => {
    if (character === '\u3000') return ' ';
    if (character === '\uFE6A' || character === '\u066A') return '%';
    if (character === '\u2212') return '-';
    return String.fromCharCode((character.codePointAt(0) ?? 0) - 0xfee0);
  });
}

/** A figure's unit as charts and the sidebar compare it: IME forms read as ASCII, spaces at the ends gone. */
export function normaliseUnit(unit: string): string {
  return normaliseImeForms(unit).trim();
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Most significant digits a double holds exactly, whatever they are. */
export const FIGURE_MAX_DIGITS = 15;

export type FigureValue = { value: number; written: string } | { problem: string };

/** The number `written` stands for, or what is wrong with it. */
export function readFigureValue(written: string): FigureValue {
  const plain = normaliseImeForms(written).trim();
  if (!PLAIN_NUMBER.test(plain)) return { problem: `:figure needs value=<plain number> (got "${written}")` };
  const [whole = '', fraction = ''] = plain.replace(/^-/, '').split('.');
  const significant = `${whole}${fraction}`.replace(/^0+/, '').replace(/0+$/, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) {
    return { problem: `:figure value "${shorten(written)}" is too large to be a number: write it in a larger unit (萬, 億, 兆) and the words around it` };
  }
  if (significant.length > FIGURE_MAX_DIGITS) {
    return {
      problem: `:figure value "${shorten(written)}" has ${significant.length} significant digits; at most ${FIGURE_MAX_DIGITS} are kept exactly: round it (the words may still say it in full)`,
    };
  }
  return { value, written: plain };
}

/** A value of hundreds of digits is shown by its ends in a message. */
function shorten(written: string): string {
  return written.length > 24 ? `${written.slice(0, 12)}…${written.slice(-6)} (${written.length} characters)` : written;
}
