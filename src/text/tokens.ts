/**
 * Word tokens with exact offsets, from one global regex scan (V8 runs it natively; about 50× faster
 * than a per-character loop). The alternatives are tried in order and never overlap in a way that can
 * backtrack more than a character:
 *   initialisms   U.S, U.N.O          (capital letters joined by dots; the final dot stays punctuation)
 *   numbers       3.5, 2,000, ١٠      (digits joined by . or ,)
 *   words         O'Brien, Vice-President, والحكومة   (letters/marks/digits joined by ' ’ or hyphens)
 *   punctuation   any other single non-space character (a surrogate pair stays whole)
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form, from the caller's fold function. */
  fold: string;
  kind: 'word' | 'number' | 'punct';
}

// A digit in these patterns is one the project reads as a number ([0-9\u0660-\u0669\u06F0-\u06F9]: ASCII, Arabic-Indic and
// extended Arabic-Indic, what asciiDigits converts), not \p{N}: that also takes superscripts, fractions and the digits of
// scripts no rule reads, and V8 compiles its 146 ranges (79 of them outside the BMP) into every pattern that holds it.
// (A word is written "letters, each optionally after one joiner, not opening with a joiner" rather than
// "letters (joiner letters)*": the same matches with one copy of the letter class, which the build writes out as
// about 13,000 characters of code-point ranges that V8 parses and compiles at every start; tests/text/tokens.test.ts
// checks the two forms against each other.)
const TOKEN = /(\p{Lu}(?:\.\p{Lu})+)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,][0-9\u0660-\u0669\u06F0-\u06F9]+)+)|((?!['\u2019\-\u2010\u2011])(?:['\u2019\-\u2010\u2011]?[\p{L}\p{M}\p{N}])+)|(\S)/gu;
const ALL_DIGITS = /^[0-9\u0660-\u0669\u06F0-\u06F9.,]+$/u;

export function tokenize(text: string, fold: (w: string) => string, from = 0, to = text.length): Token[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const word = m[0];
    const start = from + m.index;
    const kind = m[4] !== undefined ? 'punct' : m[2] !== undefined || ALL_DIGITS.test(word) ? 'number' : 'word';
    tokens.push({ start, end: start + word.length, text: word, fold: kind === 'punct' ? word : fold(word), kind });
  }
  return tokens;
}

/**
 * The tokens of a whole article with its language's fold, made once per article: the actors and quotes stages
 * read the same text the same way (the array and its tokens are shared: read them, never change them).
 */
const wholeTexts = new WeakMap<object, Token[]>();
export function articleTokens(article: { text: string; pack: { fold: (w: string) => string } }): Token[] {
  let tokens = wholeTexts.get(article);
  if (!tokens) wholeTexts.set(article, (tokens = tokenize(article.text, article.pack.fold)));
  return tokens;
}

/** Anything that keeps a phrase from being plain: a character other than a letter, a mark or a space, or a space at an end or doubled. */
const NOT_PLAIN = /[^\p{L}\p{M} ]|^ | $| {2}/u;

/**
 * Letters and marks in words joined by single spaces: such a phrase's tokens are its space-separated words,
 * so table builders split it directly instead of running the tokenizer. (One negated class: the build writes
 * a property union out as code-point ranges, and a pattern with two copies of it costs twice to compile.)
 */
export function isPlainPhrase(phrase: string): boolean {
  return phrase.length > 0 && !NOT_PLAIN.test(phrase);
}

/** A comma, Latin or Arabic («،») (a comma is always a token of its own: numbers keep theirs inside). */
export function isComma(t: { text: string } | undefined): boolean {
  return !!t && (t.text === ',' || t.text === '\u060C');
}
