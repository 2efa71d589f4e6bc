/**
 * Arabic proclitics. A folded word's stems are the word itself, then the forms without a leading
 * conjunction (و ف), preposition (ب ل ك) and article (ال, or لل for ل + ال), in the order they stack:
 * وبالحكومة → بالحكومه → الحكومه → حكومه. The stripped forms must keep at least two letters, so
 * short words (ولد) are not emptied.
 */
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const MIN_STEM = 2;

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
