/**
 * The events of an English body (sentences written for the project, no publication date), as [date, words]
 * pairs: years that modify a happening, ranges, months after "since".
 */
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

describe('a year after the indefinite article modifies a dated happening', () => {
  it('"a 2002 report", "an 1860 survey", "a 2010 speech"', () => {
    expect(events('The council found in a 2001 review that rents were rising.')).toEqual([['2001', '2001']]);
    expect(events('An 1860 survey of the valley was found, and she quoted a 2010 speech.')).toEqual([['1860', '1860'], ['2010', '2010']]);
  });
  it('a count after the article stays a number: "a 2000 strong crowd", "a further 2000 jobs"', () => {
    expect(events('A 2000 strong crowd cheered as the firm cut a further 2000 jobs.')).toEqual([]);
  });
  it('a work labelled by its year is not an event, with or without a word between', () => {
    expect(events('She is known for a 1994 novel, her 1999 debut album and a 2006 memoir.')).toEqual([]);
    expect(events('The 1998 single was a hit and his 2001 solo album too.')).toEqual([]);
  });
  it('a verb after the year-modified noun does not make it a work', () => {
    expect(events('The 1990 slump hit exporters.')).toEqual([['1990', '1990']]);
  });
});

describe('a year range with an abbreviated end gives both years', () => {
  it('"from 1962-79", "the league of 1921-24", "in 1995-96"', () => {
    expect(events('He edited the paper from 1962-79 and then retired.')).toEqual([['1962', '1962'], ['1979', '79']]);
    expect(events('The rebel league of 1921-24 folded.')).toEqual([['1921', '1921'], ['1924', '24']]);
    expect(events('Output rose 1995-98.')).toEqual([['1995', '1995'], ['1998', '98']]);
  });
  it('not a fiscal year with a slash, an earlier end, a full date or a month', () => {
    expect(events('Spending in 2008/09 was cut.')).toEqual([]);
    expect(events('The club lost in 1999-00.')).toEqual([['1999', '1999']]);
    expect(events('The deal was signed on 2003-04-11.')).toEqual([['2003-04-11', '2003-04-11']]);
    expect(events('The plant shut in May 2004-05.')).toEqual([['2004-05', 'May 2004']]);
  });
  it('the end of a range whose start is a comparison point is one too', () => {
    expect(events('Prices are back to 1996-98 levels.')).toEqual([]);
  });
});

describe('a bare month after "since" earlier than the month its sentence dated is not in that year', () => {
  const dated = (body: string, date?: string) => {
    const article = buildArticle(`A headline for the story\n\n${body}`, { format: 'text' }, { lang: 'en', ...(date ? { date } : {}) });
    return buildEvents(article, findTimeExpressions(article), []).map((e) => [e.date, e.dateText]);
  };
  it('"from November 2003 … unchanged since August": August is counted from publication', () => {
    const body = 'Fees rose four times from October 2008 but have stayed flat since June.';
    expect(dated(body)).toEqual([['2008-10', 'October 2008']]);
    expect(dated(body, '2009-11-20')).toEqual([['2008-10', 'October 2008'], ['2009-06', 'June']]);
  });
  it('a later month, or one without "since", still takes the sentence\'s year', () => {
    expect(dated('The depot opened in February 2008 and has run at a loss since July.')).toEqual([['2008-02', 'February 2008'], ['2008-07', 'July']]);
    expect(dated('She took the post in November 2008, having resigned her seat in April.')).toEqual([['2008-04', 'April'], ['2008-11', 'November 2008']]);
  });
});

describe('a possessive before a year makes it a modifier date', () => {
  it('"the council\'s 1996 plan", "Smith’s 2009 campaign"', () => {
    expect(events("The council's 1996 plan failed, and Smith’s 2009 campaign won.")).toEqual([['1996', '1996'], ['2009', '2009']]);
  });
  it('not a count after the possessive\'s determiner-less number with a measure word', () => {
    expect(events("The club's 2000 seat stand was full.")).toEqual([]);
  });
});

describe('a possessive before an adjective and a year', () => {
  it('"the mayor\'s failed 1997 bid" is dated; "the firm\'s further 2000 jobs" is a count', () => {
    expect(events("The mayor's failed 1997 bid cost him dearly.")).toEqual([['1997', '1997']]);
    expect(events("The firm's further 2000 jobs went abroad.")).toEqual([]);
  });
});
