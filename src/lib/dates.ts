/** Dates as people read them in each language, from the partial ISO dates the data carries. */

/** `2024`, `2024-05` or `2024-05-27`, formatted for a BCP 47 language tag, in UTC so no day shifts. */
export function formatSourceDate(date: string, lang: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`Not a date: "${date}"`);
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options).format(when);
}
