import { describe, expect, it } from 'vitest';
import { extractMarkdown, inline, stripMarkup } from '../../src/text/markdown.js';

describe('extractMarkdown', () => {
  it('reads YAML front matter into the metadata', async () => {
    const r = await extractMarkdown('---\ntitle: "Floods recede in the north"\ndate: 2021-03-08\nlang: en\nauthor: Jane Smith\n---\n\nRescue teams reached three villages on Monday.\n');
    expect(r.meta).toMatchObject({ format: 'markdown', title: 'Floods recede in the north', titleSource: 'front matter', published: '2021-03-08', langHint: 'en', byline: 'Jane Smith' });
    expect(r.text).toBe('Floods recede in the north\n\nRescue teams reached three villages on Monday.\n');
  });

  it('accepts a list of authors, a quoted date with a time, and Arabic', async () => {
    const r = await extractMarkdown('---\ntitle: افتتاح مستشفى جديد في الرياض\ndate: "2020-06-10T09:00:00+03:00"\nlang: ar\nauthors:\n  - سارة القحطاني\n  - name: محمد العتيبي\n---\nأعلنت وزارة الصحة افتتاح المستشفى.\n');
    expect(r.meta).toMatchObject({ title: 'افتتاح مستشفى جديد في الرياض', published: '2020-06-10', langHint: 'ar', byline: 'سارة القحطاني, محمد العتيبي' });
  });

  it('warns about broken front matter and keeps the body', async () => {
    const r = await extractMarkdown('---\ntitle: [unclosed\n---\nThe council met on Tuesday.\n');
    expect(r.warnings.join(' ')).toMatch(/front matter/u);
    expect(r.text).toContain('The council met on Tuesday.');
  });

  it('takes a leading # heading as the headline', async () => {
    const r = await extractMarkdown('# Council approves new budget\n\nThe council voted **seven to two** on Tuesday.\n');
    expect(r.meta).toMatchObject({ title: 'Council approves new budget', titleSource: 'markdown # heading' });
    expect(r.text).toBe('Council approves new budget\n\nThe council voted seven to two on Tuesday.\n');
  });

  it('prefers the front matter title and drops a duplicate heading', async () => {
    const r = await extractMarkdown('---\ntitle: Budget approved\n---\n# Budget approved\n\nThe vote was close.\n');
    expect(r.text).toBe('Budget approved\n\nThe vote was close.\n');
  });
});

describe('stripMarkup', () => {
  const body = [
    '## What happened',
    '',
    'The mayor [said](https://example.org/a "title") the bridge',
    'would reopen in *March*.',
    '',
    '![Bridge at dawn](bridge.jpg)',
    '',
    '> "We waited two years for this," said one driver.',
    '> "It changes everything."',
    '',
    '- Traffic will be limited',
    '* Trucks are banned',
    '1. Cyclists may use it',
    '',
    '```js',
    'const secret = "not article text";',
    '```',
    '',
    'Officials \\*did not\\* comment on costs. See `page 4`.',
    '',
    '[1]: https://example.org/ref',
    '---',
    'Final line with ~~old~~ new figures.',
  ].join('\n');

  it('keeps the words and drops the markup, one paragraph per line', () => {
    expect(stripMarkup(body).map((l) => l.text)).toEqual([
      'What happened',
      'The mayor said the bridge would reopen in March.',
      '"We waited two years for this," said one driver. "It changes everything."',
      'Traffic will be limited',
      'Trucks are banned',
      'Cyclists may use it',
      'Officials *did not* comment on costs. See page 4.',
      'Final line with old new figures.',
    ]);
  });

  it('marks headings with their level, including setext headings', () => {
    expect(stripMarkup('Big news\n========\n\nSmall news\n---\n').map((l) => [l.text, l.heading])).toEqual([
      ['Big news', 1],
      ['Small news', 2],
    ]);
  });

  it('keeps snake_case and arithmetic intact', () => {
    expect(inline('the file_name_here and 2 * 3 * 4')).toBe('the file_name_here and 2 * 3 * 4');
    expect(inline('an _emphasised_ word and **bold** text')).toBe('an emphasised word and bold text');
  });

  it('stays fast on long runs of markup characters', () => {
    const started = Date.now();
    inline('*'.repeat(200_000) + '['.repeat(200_000) + '_a'.repeat(100_000));
    stripMarkup('> '.repeat(100_000) + '\n' + '#'.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
