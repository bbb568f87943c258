/**
 * Reading form of a `YYYY-MM-DD` day for an edition's language, e.g. `2025年12月11日`.
 * Formatted in UTC because the day is a calendar day, not an instant: no reader's zone may shift it.
 */
export function formatDay(day: string, lang: string): string {
  return dayFormatter(lang).format(new Date(`${day}T00:00:00Z`));
}

const DAY_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

/**
 * One formatter per language and format, kept for the build: making an Intl.DateTimeFormat costs far more than
 * using one, and actor pages format a date for every quote of every article (15 s of a 1000-article build).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The day's formatter by language alone: formatDay runs for every date on every page, and its key need not be built. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(lang: string): Intl.DateTimeFormat {
  let format = dayFormatters.get(lang);
  if (!format) {
    format = formatter(lang, DAY_FORMAT);
    dayFormatters.set(lang, format);
  }
  return format;
}

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, format);
  }
  return format;
}

const PARTIAL_FORMATS: Record<number, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric', timeZone: 'UTC' },
  2: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  3: { dateStyle: 'long', timeZone: 'UTC' },
};

/**
 * Reading form of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with only the precision the text gave: `1999年`,
 * `2018年12月`, `2024年7月28日`.
 */
export function formatPartialDate(value: string, lang: string): string {
  const parts = value.split('-');
  const [year, month = '01', day = '01'] = parts;
  const options = PARTIAL_FORMATS[parts.length];
  if (!options) throw new Error(`not a partial date: ${value}`);
  return formatter(lang, options).format(new Date(`${year}-${month}-${day}T00:00:00Z`));
}
