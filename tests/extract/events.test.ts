import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { buildEvents } from '../../src/extract/events.js';
import type { Actor, TimeExpression } from '../../src/types.js';

function at(article: string, text: string, value: string | null, extra: Partial<TimeExpression> = {}): TimeExpression {
  const start = article.indexOf(text);
  return { span: [start, start + text.length], text, value, relative: false, type: 'date', rule: 'test', ...extra };
}

function actor(article: string, name: string): Actor {
  const start = article.indexOf(name);
  return { name, type: 'person', aliases: [], title: null, mentions: [{ span: [start, start + name.length], text: name, rule: 't' }], salience: 0, rule: 't' };
}

describe('buildEvents', () => {
  const text = 'Talks resume\n\nJune 2, 2021\nThe envoy met Ana Diaz on May 30. The ministers will meet again in July. Talks lasted three days.';
  const article = buildArticle(text, { format: 'text' }, { date: '2021-06-02' });
  const times = [
    at(text, 'June 2, 2021', '2021-06-02'),
    at(text, 'May 30', '2021-05-30'),
    at(text, 'in July', '2021-07'),
    at(text, 'three days', null, { type: 'duration' }),
  ];
  const events = buildEvents(article, times, [actor(text, 'Ana Diaz')]);

  it('makes one event per dated expression, ordered by date', () => {
    expect(events.map((e) => [e.date, e.dateText])).toEqual([
      ['2021-05-30', 'May 30'],
      ['2021-07', 'in July'],
    ]);
  });
  it('keeps the date stamp and durations out', () => {
    expect(events.find((e) => e.dateText === 'June 2, 2021')).toBeUndefined();
    expect(events.find((e) => e.dateText === 'three days')).toBeUndefined();
  });
  it('summarises with the sentence and names its actors', () => {
    expect(events[0].summary).toBe('The envoy met Ana Diaz on May 30.');
    expect(events[0].actors).toEqual(['Ana Diaz']);
    expect(events[1].actors).toEqual([]);
  });
  it('leaves out values outside the contract (decades, centuries)', () => {
    const t = 'Era\n\nThe plant was built in the 1990s.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    expect(buildEvents(a, [at(t, 'the 1990s', '199')], [])).toEqual([]);
  });
  it('reduces a time of day to its day', () => {
    const t = 'Blast\n\nThe blast came at 9am on Monday.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    const ev = buildEvents(a, [at(t, 'at 9am on Monday', '2021-05-31T09:00', { type: 'time' })], []);
    expect(ev[0].date).toBe('2021-05-31');
  });
});
