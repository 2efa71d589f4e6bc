/**
 * Normalisation for matching. Offsets are never taken from normalised strings: tokens keep their
 * original spans and carry the folded form beside them (see tokens.ts).
 */

// Arabic harakat, Quranic marks, superscript alef, tatweel: removed before matching.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/gu;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/gu; // آ أ إ ٱ
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** Arabic-Indic and extended (Persian) digits to ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(ARABIC_INDIC_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** Diacritics and tatweel out, letters as written (hamza forms, ة and ى kept): for rules that read the spelling. */
export function stripArabicMarks(s: string): string {
  return s.replace(ARABIC_MARKS, '');
}

const TANWEEN = /[\u064B-\u064D]/u;
/** Whether a word carries tanween (ً ٌ ٍ): an indefinite noun or an adverb («مسبقًا»), never a name. */
export function hasTanween(s: string): boolean {
  return TANWEEN.test(s);
}

/**
 * What foldArabic does to each code unit of the Arabic block (U+0600–U+06FF): KEEP, DROP, or the code unit it
 * becomes. Built from the same classes as the regular expressions above, so the two cannot disagree.
 */
const KEEP = 0;
const DROP = 0xffff;
const ARABIC_BLOCK = 0x0600;
const FOLD_TABLE = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x100);
  for (let i = 0; i < table.length; i++) {
    const ch = String.fromCharCode(ARABIC_BLOCK + i);
    if (ch.replace(ARABIC_MARKS, '') === '') table[i] = DROP;
    else if (ch.replace(ALEF_FORMS, '') === '') table[i] = 0x0627;
    else if (ch === '\u0649') table[i] = 0x064a;
    else if (ch === '\u0629') table[i] = 0x0647;
    // Persian keyboard letters typed in Arabic text («أکد», «علی»): the Arabic letters they stand for
    else if (ch === '\u06CC') table[i] = 0x064a;
    else if (ch === '\u06A9') table[i] = 0x0643;
    else if (ch.replace(ARABIC_INDIC_DIGITS, '') === '') table[i] = asciiDigits(ch).charCodeAt(0);
  }
  return table;
}

/**
 * Fold Arabic for matching: diacritics and tatweel out, أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی ک → ي ك, digits to ASCII.
 * One pass over the code units with a table rather than five regular-expression replacements: the packs fold
 * thousands of table words when they load and every token of an article, and in a one-article run all of it
 * runs in V8's interpreter, where the loop is about ten times faster (and a word with nothing to fold is
 * returned as it is, without a copy).
 */
export function foldArabic(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const offset = code - ARABIC_BLOCK;
    if (offset < 0) continue;
    if (offset > 0xff) {
      if (code < PRESENTATION_FORMS) continue;
      // Presentation forms (contextual shapes and ligatures some sites still publish: «ﺣﻴﺎﺀ», «ﻻ», «ﷲ») fold as
      // the letters they show (compatibility decomposition, then this fold).
      const letters = presentationLetters(code);
      if (letters === null) continue;
      out += s.slice(copied, i) + foldArabic(letters);
      copied = i + 1;
      continue;
    }
    const to = FOLD_TABLE[offset];
    if (to === KEEP) continue;
    out += s.slice(copied, i);
    if (to !== DROP) out += String.fromCharCode(to);
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFE). */
const PRESENTATION_FORMS = 0xfb50;

function presentationLetters(code: number): string | null {
  if (code > 0xfefe || (code > 0xfdff && code < 0xfe70)) return null;
  const letters = String.fromCharCode(code).normalize('NFKC');
  return letters.length === 1 && letters.charCodeAt(0) === code ? null : letters;
}

/** Fold Latin-script text for matching: lower case, accents removed. */
const ASCII = /^[\x00-\x7F]*$/u;
export function foldLatin(s: string): string {
  // Most English words are ASCII: skip the (costly) decomposition for them.
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Fold any text: both Arabic and Latin rules (safe on mixed text). */
export function foldAny(s: string): string {
  return foldLatin(foldArabic(s));
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
export function hasArabic(s: string): boolean {
  return ARABIC_LETTER.test(s);
}

/** Collapse runs of white space to one space and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
