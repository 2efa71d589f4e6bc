import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCharacterReferences } from '../../src/text/entities.js';
import { loadText } from '../../src/text/input.js';

describe('decodeCharacterReferences', () => {
  it.each([
    ['نادي &quot;الفجر&quot; يفوز', 'نادي "الفجر" يفوز'],
    ['Smith &amp; Sons', 'Smith & Sons'],
    ['&laquo;نص&raquo;', '«نص»'],
    ['&#1575;&#x644;', 'ال'],
    ['&#x1F600;', '\u{1F600}'],
    ['a&nbsp;b', 'a b'],
  ])('%s → %s', (input, expected) => {
    expect(decodeCharacterReferences(input)).toBe(expected);
  });

  it.each([
    'AT&T and R&D',            // no closing semicolon: not a reference
    'fish &chips; later',      // an unknown name stays
    '&#0; &#xD800; &#x110000;', // not characters
    'Q&A; the end',            // «Q&A;»: «A» is one letter, too short for a name
  ])('leaves %s as written', (input) => {
    expect(decodeCharacterReferences(input)).toBe(input);
  });

  it('never grows the text and is the identity without «&»', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = decodeCharacterReferences(s);
      expect(out.length).toBeLessThanOrEqual(s.length);
      if (!s.includes('&')) expect(out).toBe(s);
    }));
  });

  it('stays linear on a long run of ampersands and digits', () => {
    const hostile = '&#'.repeat(50_000) + '&' + 'a'.repeat(50_000);
    expect(decodeCharacterReferences(hostile)).toBe(hostile);
  });
});

describe('plain text and Markdown input', () => {
  it('decodes references a crawler left in plain text', async () => {
    const loaded = await loadText('نادي &quot;الفجر&quot; يفوز بالكأس\n\nفاز نادي الفجر أمس.\n');
    expect(loaded.ok && loaded.text.split('\n')[0]).toBe('نادي "الفجر" يفوز بالكأس');
  });

  it('decodes references in Markdown text', async () => {
    const loaded = await loadText('# Smith &amp; Sons close\n\nThe shop shut on Monday.\n', { format: 'markdown' });
    expect(loaded.ok && loaded.text.split('\n')[0]).toBe('Smith & Sons close');
  });
});
