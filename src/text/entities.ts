/**
 * HTML character references (`&quot;`, `&#1575;`, `&#x201C;`) decoded. Scraped news often reaches us as plain
 * text that still carries them (a crawler stored the page's text without decoding it): «&quot;أدبي أبها&quot;»
 * is a name in quotation marks to a reader, and must be to the quotes and headline stages too. Only references
 * closed by «;» are read, so «AT&T» or «R&D» stay as written; unknown names stay as written.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
  laquo: '\u00AB', raquo: '\u00BB', ldquo: '\u201C', rdquo: '\u201D', lsquo: '\u2018', rsquo: '\u2019',
};

// linear: each alternative is a bounded run of one class, anchored on «&» and closed by «;»
const REFERENCE = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/gu;

export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (all, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? all;
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const cp = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
    // NUL, lone surrogates and values past Unicode are not characters: left as written
    const usable = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    return usable ? String.fromCodePoint(cp) : all;
  });
}
