/**
 * Language identification by script and function words: enough to tell Arabic from English, French
 * and Spanish in news text. Returns 'und' when there are too few letters to tell.
 */
const LATIN_STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'said', 'he', 'on', 'it', 'by', 'has'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'au', 'sur', 'pas', 'a'],
  es: ['el', 'la', 'los', 'las', 'y', 'del', 'que', 'en', 'por', 'una', 'con', 'para', 'es', 'se', 'al', 'su'],
  de: ['der', 'die', 'und', 'das', 'den', 'ist', 'nicht', 'mit', 'ein', 'eine', 'sich', 'auf', 'dem', 'zu'],
};

const STOPWORD_SETS = Object.entries(LATIN_STOPWORDS).map(([lang, list]) => [lang, new Set(list)] as const);

/** Detect from at most the first `sample` characters (enough, and keeps huge inputs cheap). */
export function detectLanguage(text: string, sample = 8000): string {
  const s = text.length > sample ? text.slice(0, sample) : text;
  let arabic = 0;
  let latin = 0;
  let cjk = 0;
  let cyrillic = 0;
  // charCodeAt, not for…of: every script counted here lies in the Basic Multilingual Plane.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
  }
  const total = arabic + latin + cjk + cyrillic;
  if (total < 20) return 'und';
  if (arabic >= latin && arabic >= cjk && arabic >= cyrillic) return 'ar';
  if (cjk > latin) return 'zh';
  if (cyrillic > latin) return 'ru';
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts: Record<string, number> = {};
  for (const [lang, set] of STOPWORD_SETS) counts[lang] = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : 'und';
}
