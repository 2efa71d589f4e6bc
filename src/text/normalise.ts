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

/** Fold Arabic for matching: diacritics and tatweel out, أ إ آ ٱ → ا, ى → ي, ة → ه, digits to ASCII. */
export function foldArabic(s: string): string {
  return asciiDigits(
    stripArabicMarks(s).replace(ALEF_FORMS, '\u0627').replace(/\u0649/gu, '\u064A').replace(/\u0629/gu, '\u0647'),
  );
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
