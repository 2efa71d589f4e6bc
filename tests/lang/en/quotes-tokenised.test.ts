import { describe, expect, it } from 'vitest';
import { pairMarks } from '../../../src/extract/quotes.js';
import { summariseArticle } from '../../../src/pipeline.js';
import { paragraphs } from '../../../src/text/segment.js';

/** Penn Treebank style tokenised text (``…'', `…', «EADS 's», spaced punctuation), as some news archives ship it. */
const pairs = (t: string) => pairMarks(t, paragraphs(t)).map((s) => [s.how, t.slice(s.start, s.end).trim()]);

describe('English quotes in tokenised text', () => {
  it('pairs `` with \'\' and leaves clitics and inch marks alone', () => {
    expect(pairs("The firm 's chief said the 13.3 '' screen was `` the best we have made , '' and added `` we are proud '' .")).toEqual([
      ['paired', 'the best we have made ,'],
      ['paired', 'we are proud'],
    ]);
  });
  it('pairs ` with \' inside a double quotation', () => {
    expect(pairs("`` He told me ` wait ' and left , '' Tom Harlow said .")).toEqual([['paired', "He told me ` wait ' and left ,"]]);
  });
  it('keeps the speaker of each tokenised quote', () => {
    const text = "Harbour deal signed\n\nMayor Laura Bennett welcomed the deal on Monday .\n`` It 's a good day for the town , '' Bennett said .\nCouncillor Tom Harlow said the plan was `` too expensive '' and that the council 's advisers `` never listened '' .";
    const s = summariseArticle(text, { format: 'text' }, { lang: 'en', date: '2016-10-20' });
    expect(s.quotes.map((q) => [q.text.trim(), q.speaker])).toEqual([
      ["It 's a good day for the town ,", 'Laura Bennett'],
      ['too expensive', 'Tom Harlow'],
      ['never listened', 'Tom Harlow'],
    ]);
  });
  it('takes no single grave accent for a mark in ordinary text', () => {
    expect(pairs('He typed `ls` and said "it works" on Monday.')).toEqual([['paired', 'it works']]);
  });
});
