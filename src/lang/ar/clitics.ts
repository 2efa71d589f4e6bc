/**
 * Arabic proclitics. A folded word's stems are the word itself, then the forms without a leading
 * conjunction (و ف), preposition (ب ل ك) and article (ال, or لل for ل + ال), in the order they stack:
 * وبالحكومة → بالحكومه → الحكومه → حكومه. The stripped forms must keep at least two letters, so
 * short words (ولد) are not emptied.
 */
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const MIN_STEM = 2;

/** Pronoun suffixes of a possessed noun («حصانه», «فرعها», «شركتهم»), folded, longest first. */
const POSSESSIVE_SUFFIXES = ['هما', 'هم', 'ها', 'ه'];
/** Letters a possessed noun keeps without its suffix. */
const MIN_POSSESSED = 3;

/**
 * The nouns a folded word may be with a possessive suffix taken off: «فرعها» → فرع, «شركتهم» → شركت and شركه (a
 * feminine «ة» is written «ت» before a suffix, and folds to «ه» on its own). Empty when no suffix applies.
 */
export function arabicPossessedBases(folded: string): string[] {
  const out: string[] = [];
  for (const suffix of POSSESSIVE_SUFFIXES) {
    if (!folded.endsWith(suffix) || folded.length - suffix.length < MIN_POSSESSED) continue;
    const base = folded.slice(0, -suffix.length);
    out.push(base);
    if (base.endsWith('ت')) out.push(base.slice(0, -1) + 'ه');
  }
  return out;
}

export function arabicStems(folded: string): string[] {
  const out: string[] = [folded];
  const add = (s: string) => {
    if (s.length >= MIN_STEM && !out.includes(s)) out.push(s);
  };
  const withoutConj = CONJUNCTIONS.includes(folded[0]) && folded.length > MIN_STEM + 1 ? [folded, folded.slice(1)] : [folded];
  for (const w of withoutConj) {
    add(w);
    // ل + ال is written لل: للحكومه → الحكومه
    if (w.startsWith('لل') && w.length > 4) {
      add('ال' + w.slice(2));
      add(w.slice(2));
    }
    const afterPrep = PREPOSITIONS.includes(w[0]) && w.length > MIN_STEM + 1 ? w.slice(1) : null;
    for (const v of afterPrep ? [w, afterPrep] : [w]) {
      add(v);
      if (v.startsWith('ال') && v.length > MIN_STEM + 2) add(v.slice(2));
    }
  }
  return out;
}
