import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { buildEvents } from '../../src/extract/events.js';
import { findTimeExpressions } from '../../src/extract/dates.js';

/** The events of an English body (sentences written for the project, no publication date), as [date, words] pairs. */
function events(body: string): Array<[string | null, string]> {
  const article = buildArticle(`A headline for the story\n\n${body}`, { format: 'text' }, { lang: 'en' });
  return buildEvents(article, findTimeExpressions(article), []).map((e) => [e.date, e.dateText]);
}

describe('"the 2000 deal" a few sentences after the happening it names is told again', () => {
  it('a definite year-modified noun a sentence after the same year', () => {
    expect(events('The two banks formed a partnership agreed in 1999. The 1999 pact gave each a seat on the other board.')).toEqual([['1999', '1999']]);
  });
  it('the same year first as a modifier, then with a lead word: two happenings', () => {
    expect(events('The 2008 crash and a fall in exports cut the surplus the minister inherited in 2008.')).toEqual([['2008', '2008'], ['2008', '2008']]);
  });
  it('far apart, or without the definite article, the mentions stay', () => {
    const far = 'The firm was listed in 2001. Its profits rose. Its staff grew. Rivals merged. Prices fell. Costs rose. Sales slowed. The 2001 listing raised $40m.';
    expect(events(far)).toHaveLength(2);
    expect(events('The union struck in 2003. Its 2003 survey found morale low.')).toHaveLength(2);
  });
});
