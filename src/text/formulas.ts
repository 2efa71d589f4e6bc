/**
 * Set formulas written after a name that belong neither to the name nor to the sentence: the Arabic blessings and
 * wishes of the press («قال النبي صلى الله عليه وسلم:», «الملك سلمان - حفظه الله - أن …», «عمر بن الخطاب رضي الله
 * عنه قال»). Read as words, they lengthen the name before them («عمر بن الخطاب رضي الله») and stand between a
 * subject and its verb of saying. The stages that read names and speakers see the tokens without them (offsets are
 * the tokens' own, so every span still points into the article's text); quotes keep them, being sliced from the text.
 */
import type { Token } from './tokens.js';

/** What the filter needs of a language pack: its fold, its clitics and its formulas (absent: nothing to filter). */
export interface FormulaSource {
  fold(word: string): string;
  stems(folded: string): string[];
  formulas?: readonly string[];
}

/** Formulas by their first folded word, longest first (so «رحمه الله رحمة واسعة» wins over «رحمه الله»). */
const compiledBySource = new WeakMap<FormulaSource, Map<string, string[][]>>();

function compiled(pack: FormulaSource): Map<string, string[][]> {
  let byFirst = compiledBySource.get(pack);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const formula of pack.formulas ?? []) {
    const words = formula.split(' ').map((w) => pack.fold(w));
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  compiledBySource.set(pack, byFirst);
  return byFirst;
}

/** Marks that set a formula apart on both sides: «- حفظه الله -», «(رحمه الله)», «، حفظه الله،». */
const CLOSER_OF: Readonly<Record<string, string>> = { '-': '-', '\u2013': '\u2013', '\u2014': '\u2014', '(': ')', '\u060C': '\u060C', ',': ',' };

/** Arabic tatweel written alone as a dash («ـ حفظه الله ـ»): a word token of kashidas only. */
function isKashidaDash(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\u0640+$/u.test(t.text);
}

function closerFor(t: Token | undefined): string | null {
  if (!t) return null;
  if (isKashidaDash(t)) return '\u0640';
  return t.kind === 'punct' ? (CLOSER_OF[t.text] ?? null) : null;
}

function closes(t: Token | undefined, closer: string): boolean {
  if (!t) return false;
  return closer === '\u0640' ? isKashidaDash(t) || t.text === '-' : t.text === closer || (closer === '-' && isKashidaDash(t));
}

/** The formulas a word opens: as written, or after a proclitic the pack's stems take off («ورحمه الله»). */
function formulasOpenedBy(word: string, byFirst: Map<string, string[][]>, pack: FormulaSource): string[][] | undefined {
  const exact = byFirst.get(word);
  if (exact) return exact;
  // (only a word that ends like a first word is worth stemming: most words open no formula)
  for (const first of byFirst.keys()) {
    if (word.length > first.length && word.endsWith(first)) return pack.stems(word).map((stem) => byFirst.get(stem)).find((hit) => hit !== undefined);
  }
  return undefined;
}

/** Length in tokens of the formula starting at i, or 0. */
function formulaAt(tokens: readonly Token[], i: number, byFirst: Map<string, string[][]>, pack: FormulaSource): number {
  const first = tokens[i];
  if (first.kind !== 'word') return 0;
  const candidates = formulasOpenedBy(first.fold, byFirst, pack);
  if (!candidates) return 0;
  for (const words of candidates) {
    let k = 1;
    while (k < words.length && i + k < tokens.length && tokens[i + k].kind === 'word' && tokens[i + k].fold === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

/**
 * The tokens without the pack's formulas and the marks that set them apart. Returns the same array when there is
 * nothing to take out (the common case: no copy). With `asBoundary`, each formula (with its marks) becomes one
 * punctuation token instead, its text the formula's: a name stops there, and nothing after it joins a name or title
 * before it («النبي الأمين - صلى الله عليه وسلم - ذات يوم»), while a rule may still see that a blessing followed a word.
 */
export function withoutFormulas(tokens: readonly Token[], pack: FormulaSource, asBoundary = false): readonly Token[] {
  if (!pack.formulas?.length) return tokens;
  const byFirst = compiled(pack);
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const n = formulaAt(tokens, i, byFirst, pack);
    if (n === 0) {
      out?.push(tokens[i]);
      continue;
    }
    out ??= tokens.slice(0, i);
    // a mark before it that the matching mark after it closes goes with it
    const closer = closerFor(out[out.length - 1]);
    const wrapped = !!closer && closes(tokens[i + n], closer);
    const from = wrapped ? out.pop()!.start : tokens[i].start;
    const last = wrapped ? i + n : i + n - 1;
    if (asBoundary) out.push(boundary(tokens, i, last, from));
    i = last;
  }
  return out ?? tokens;
}

/** One punctuation token standing for the formula tokens[i..last] (and a mark before it, from `from`). */
function boundary(tokens: readonly Token[], i: number, last: number, from: number): Token {
  const text = tokens.slice(i, last + 1).map((t) => t.text).join(' ');
  return { start: from, end: tokens[last].end, text, fold: text, kind: 'punct' };
}

/** A token `withoutFormulas(…, true)` made for a formula (punctuation written with letters). */
export function isFormulaBoundary(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && t.text.length > 1 && LETTER.test(t.text);
}

const LETTER = /\p{L}/u;
