/** What Intl says about Arabic date names; shared by the generator and the test that guards its output. */
export const MONTH_LOCALES = ['ar-EG', 'ar-SY', 'ar-IQ', 'ar-TN', 'ar-DZ', 'ar-MA'];

export function intlDateNames() {
  const format = (locale, options, dates) => {
    const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return dates.map((d) => f.format(d));
  };
  const months = Object.fromEntries(
    MONTH_LOCALES.map((l) => [l, format(l, { month: 'long' }, Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2020, i, 15))))]),
  );
  const weekdays = format('ar', { weekday: 'long' }, Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2020, 5, 7 + i))));
  // One day inside each Hijri month of 1441-1442 (Umm al-Qura), to ask Intl for the month names.
  const name = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { month: 'long', timeZone: 'UTC' });
  const num = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { month: 'numeric', timeZone: 'UTC' });
  const hijri = new Array(12);
  for (let t = Date.UTC(2020, 0, 1), seen = 0; seen < 12; t += 10 * 86_400_000) {
    const m = Number(num.format(new Date(t)));
    if (!hijri[m - 1]) {
      hijri[m - 1] = name.format(new Date(t));
      seen++;
    }
  }
  return { months, weekdays, hijri };
}
