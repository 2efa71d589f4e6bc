import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { chronoToIso, compromiseDateToIso, isoWeek } from '../../eval/peers.js';

describe('ISO weeks', () => {
  it('follows ISO 8601 (weeks start on Monday; week 1 holds the first Thursday)', () => {
    expect(isoWeek(new Date('2020-01-01T00:00:00Z'))).toBe('2020-W01');
    expect(isoWeek(new Date('2021-01-03T00:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
  });
});

describe('compromise-dates results at their precision', () => {
  it('maps day, week, month and year units', () => {
    expect(compromiseDateToIso({ start: '2019-03-05T00:00:00.000Z', end: '2019-03-05T23:59:59.999Z', unit: 'day' })).toBe('2019-03-05');
    expect(compromiseDateToIso({ start: '2019-03-04T00:00:00.000Z', end: '2019-03-10T23:59:59.999Z', unit: 'week' })).toBe('2019-W10');
    expect(compromiseDateToIso({ start: '2019-03-01T00:00:00.000Z', end: '2019-03-31T23:59:59.999Z', unit: 'month' })).toBe('2019-03');
    expect(compromiseDateToIso({ start: '2019-01-01T00:00:00.000Z', end: '2019-12-31T23:59:59.999Z', unit: 'year' })).toBe('2019');
  });
  it('drops ranges that have no single value and results without a start', () => {
    expect(compromiseDateToIso({ start: '2019-01-01T00:00:00.000Z', end: '2019-03-31T23:59:59.999Z', unit: 'quarter' })).toBeNull();
    expect(compromiseDateToIso({ start: null, unit: 'day' })).toBeNull();
  });
});

describe('chrono-node results at their precision', () => {
  const reference = new Date('2018-09-12T12:00:00');
  const parse = (text: string) => chrono.parse(text, reference).map((r) => chronoToIso(r.start));

  it('keeps full dates, weekdays resolved to a day, and month-only dates as months', () => {
    expect(parse('The board met on 3 August 2017.')).toEqual(['2017-08-03']);
    expect(parse('The mayor spoke on Monday.')).toEqual(['2018-09-10']);
    expect(parse('Prices rose in March 2016.')).toEqual(['2016-03']);
  });
});
