import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { complement, expandPattern, expandUnicodeClasses, joinAcrossUnassigned, mergeRanges, propertyRanges } from '../../scripts/expand-unicode-classes.mjs';

// Patterns of the shapes the engine uses: lone and negated properties, unions with literals and ranges,
// escapes inside classes, quantifiers, lookarounds.
const PATTERNS = [
  '[\\p{L}\\p{M}\\p{N}]+',
  '[^\\p{L}\\p{M}\\p{N}\\s]+',
  "[\\p{L}\\p{M}\\p{N}'\\u2019\\-]+",
  '^\\p{Lu}[\\P{Lu}\\p{Nd}a-c]{2,}$',
  '(?<![\\p{L}\\p{N}/.-])\\d{4}',
  '[\\p{N}\\p{Ll}.,:]*\\p{Ll}',
  '^[\\p{P}\\p{S}\\s]+$',
  '[\\u0600-\\u06ff\\p{Lu}\\p{Lt}]',
  '[\\u{1F600}\\p{Nd}\\p{Mn}]',
];

// strings over a mixed alphabet: ASCII, Latin letters with case, Arabic, digits of two scripts, marks,
// punctuation, astral letters and emoji, lone surrogates
const ALPHABET = ['a', 'Z', 'é', 'É', 'ß', 'ع', 'ة', '\u064E', '٣', '7', ' ', '\n', '-', "'", '’', '.', '«', '/', '\u{1D400}', '\u{20000}', '\u{1F600}', '\uD800', '\uDC00', '_', '+'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((cs) => cs.join(''));

function matches(re: RegExp, s: string): string[] {
  return [...s.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m) => `${m.index}:${m[0]}`);
}

describe('expandPattern', () => {
  it.each(PATTERNS)('%s matches exactly what the property escapes match on assigned characters', (pattern) => {
    const expanded = expandPattern(pattern);
    expect(expanded).not.toBeNull();
    expect(expanded).not.toMatch(/\[[^\]]*\\[pP]\{/u); // no class keeps a property escape
    for (const flags of ['u', 'iu']) {
      const before = new RegExp(pattern, flags);
      const after = new RegExp(expanded!, flags);
      fc.assert(
        fc.property(text, (s) => {
          expect(matches(after, s)).toEqual(matches(before, s));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('leaves lone properties, patterns without property escapes and properties of strings alone', () => {
    expect(expandPattern('[a-z]+\\d')).toBeNull();
    expect(expandPattern('^\\p{Lu}{2,}$')).toBeNull();
    expect(expandPattern("[\\p{Lu}'-]")).toBeNull();
    expect(expandPattern('[\\p{RGI_Emoji}\\p{RGI_Emoji_Flag_Sequence}]')).toBeNull();
  });

  it('merges a union into sorted, disjoint ranges', () => {
    expect(mergeRanges([[10, 20], [0, 3], [4, 5], [15, 30]])).toEqual([[0, 5], [10, 30]]);
    expect(complement([[0, 9], [20, 0x10ffff]])).toEqual([[10, 19]]);
    const letters = propertyRanges('L')!;
    expect(letters.some(([a, b]) => a <= 0x627 && 0x627 <= b)).toBe(true); // ا
    expect(letters.some(([a, b]) => a <= 0x30 && 0x30 <= b)).toBe(false); // 0
  });

  it('joins ranges across unassigned code points only, never across an assigned character', () => {
    // U+0378–U+0379 are unassigned (between Greek ͷ U+0377 and ͺ U+037A); U+037E is the Greek question mark
    expect(joinAcrossUnassigned([[0x370, 0x377], [0x37a, 0x37d]])).toEqual([[0x370, 0x37d]]);
    expect(joinAcrossUnassigned([[0x37a, 0x37d], [0x37f, 0x37f]])).toEqual([[0x37a, 0x37d], [0x37f, 0x37f]]);
    expect(joinAcrossUnassigned([[0x41, 0x5a], [0x61, 0x7a]])).toEqual([[0x41, 0x5a], [0x61, 0x7a]]);
    // letters, marks and digits together: far fewer ranges, and not one assigned non-member let in
    const union = mergeRanges(['L', 'M', 'N'].flatMap((p) => propertyRanges(p)!));
    const joined = joinAcrossUnassigned(union);
    expect(joined.length).toBeLessThan(union.length / 2);
    const unassigned = /^\p{Cn}$/u;
    const member = /^[\p{L}\p{M}\p{N}]$/u;
    for (const [a, b] of joined) {
      for (let cp = a; cp <= b; cp++) {
        const ch = String.fromCodePoint(cp);
        if (!member.test(ch)) expect(unassigned.test(ch)).toBe(true);
      }
    }
  });
});

describe('expandUnicodeClasses', () => {
  it('rewrites u-flag regular expression literals only, never strings, comments or v-flag literals', () => {
    const source = [
      'const a = /^[\\p{Lu}\\p{Lt}]/u;',
      'const b = "/\\\\p{L}/u";',
      '// /\\p{L}/u in a comment',
      'const c = /[\\p{L}--[a-z]]/v;',
      'const d = /\\p{L}/;',
      'const e = x / 2 / y;',
    ].join('\n');
    const { source: out, literals } = expandUnicodeClasses(source, ts);
    expect(literals).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).not.toContain('\\p{');
    expect(new Function(`${lines[0]}; return a;`)().test('Él')).toBe(true);
    expect(lines.slice(1)).toEqual(source.split('\n').slice(1));
  });
});

describe('long property names', () => {
  it('expands them', () => {
    for (const pattern of ['[\\p{Default_Ignorable_Code_Point}\\p{Cc}]+', '[\\p{Extended_Pictographic}\\p{Lu}]', '[^\\p{Script=Arabic}\\p{Zs}]']) {
      const expanded = expandPattern(pattern)!;
      expect(expanded).not.toMatch(/\\[pP]\{/u);
      const before = new RegExp(pattern, 'u');
      const after = new RegExp(expanded, 'u');
      for (const s of ['\u00ad', '\u200b', 'a', 'A', '😀', 'ع', ' ', '\u0001']) expect(after.test(s)).toBe(before.test(s));
    }
  });
});
