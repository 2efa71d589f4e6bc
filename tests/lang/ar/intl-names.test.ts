/** The cached Intl date names must be what this Node's Intl says (regenerate: node scripts/gen-intl-dates.mjs). */
import { expect, it } from 'vitest';
import { INTL_DATE_NAMES } from '../../../src/lang/ar/intl-names.generated.js';
// @ts-expect-error: a plain .mjs helper shared with the generator script
import { intlDateNames } from '../../../scripts/intl-date-names.mjs';

it('matches Intl', () => {
  expect(JSON.parse(JSON.stringify(INTL_DATE_NAMES))).toEqual(intlDateNames());
});

it('holds the four regional month systems', () => {
  expect(INTL_DATE_NAMES.months['ar-EG'][5]).toBe('يونيو');
  expect(INTL_DATE_NAMES.months['ar-SY'][5]).toBe('حزيران');
  expect(INTL_DATE_NAMES.months['ar-TN'][5]).toBe('جوان');
  expect(INTL_DATE_NAMES.months['ar-MA'][6]).toBe('يوليوز');
  expect(INTL_DATE_NAMES.hijri[8]).toBe('رمضان');
});
