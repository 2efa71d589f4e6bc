/**
 * Word tokens with exact offsets. A word is a run of letters, marks and digits, joined across an
 * internal apostrophe, hyphen or dot-between-letters (O'Brien, Vice-President, U.S.); everything
 * else that is not white space is a one-character punctuation token. One linear scan, no regex
 * backtracking.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form, filled by the caller's fold function. */
  fold: string;
  kind: 'word' | 'number' | 'punct';
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const JOINERS = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

export function tokenize(text: string, fold: (w: string) => string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (/\s/u.test(ch)) {
      i += width;
      continue;
    }
    if (!isWordChar(ch)) {
      tokens.push({ start: i, end: i + width, text: ch, fold: ch, kind: 'punct' });
      i += width;
      continue;
    }
    let j = i + width;
    while (j < to) {
      const c = String.fromCodePoint(text.codePointAt(j)!);
      if (isWordChar(c)) {
        j += c.length;
        continue;
      }
      // An internal joiner keeps the word together only when a word character follows it.
      if ((JOINERS.has(c) || c === '.') && j + 1 < to && isWordChar(String.fromCodePoint(text.codePointAt(j + 1)!))) {
        if (c === '.' && !isAbbrevDot(text, i, j)) break;
        j += 1;
        continue;
      }
      break;
    }
    const word = text.slice(i, j);
    tokens.push({ start: i, end: j, text: word, fold: fold(word), kind: /^[\p{N}.,]+$/u.test(word) ? 'number' : 'word' });
    i = j;
  }
  return tokens;
}

/** A dot inside a word only joins single letters (U.S.A) or digits (3.5), not sentence ends without a space. */
function isAbbrevDot(text: string, wordStart: number, dot: number): boolean {
  const before = text.slice(wordStart, dot);
  return /^(\p{L}\.)*\p{L}$/u.test(before) || /^\p{N}+$/u.test(before);
}
