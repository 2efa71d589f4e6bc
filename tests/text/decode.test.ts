import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryReason, declaredCharset, decodeBytes, guessSingleByte, scanUtf8, utf16WithoutBom } from '../../src/text/decode.js';
import { encodeSingleByte } from '../helpers/encoding.js';

const ARABIC = 'أعلنت وزارة الصحة، اليوم الأربعاء، عن افتتاح مستشفى جديد في مدينة الرياض بسعة 300 سرير.\nوقال الوزير إن المشروع يخدم سكان المنطقة.\n';
const FRENCH = "Le gouvernement a annoncé mercredi une réforme des retraites très contestée.\nLes syndicats prévoient une grève à Lyon et à Marseille, où l'été s'annonce chaud.\n";
const SPANISH = 'El presidente anunció el miércoles una reforma económica en España.\nLos sindicatos convocaron una huelga para el próximo año.\n';


function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

const ok = (r: ReturnType<typeof decodeBytes>) => {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
};

describe('decodeBytes: Unicode encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    const r = ok(decodeBytes(Buffer.from(ARABIC, 'utf8')));
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings).toEqual([]);
  });

  it('drops a UTF-8 BOM', () => {
    const r = ok(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')])));
    expect(r.text).toBe(FRENCH);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = ok(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')])));
    expect(le.text).toBe(ARABIC);
    expect(le.encoding).toBe('utf-16le');
    const be = ok(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(FRENCH)])));
    expect(be.text).toBe(FRENCH);
    expect(be.encoding).toBe('utf-16be');
  });

  it('recognises UTF-16 without a BOM from where the NUL bytes fall', () => {
    expect(utf16WithoutBom(Buffer.from(FRENCH, 'utf16le'))).toBe('utf-16le');
    expect(utf16WithoutBom(utf16be(FRENCH))).toBe('utf-16be');
    // Arabic UTF-16 has NULs only in spaces, digits and punctuation: still enough.
    expect(utf16WithoutBom(Buffer.from(ARABIC, 'utf16le'))).toBe('utf-16le');
    const r = ok(decodeBytes(Buffer.from(ARABIC, 'utf16le')));
    expect(r.text).toBe(ARABIC);
    expect(r.warnings.join(' ')).toMatch(/UTF-16LE/u);
  });

  it('keeps mostly valid UTF-8 with a replacement character and a warning', () => {
    const good = Buffer.from(ARABIC.repeat(3), 'utf8');
    const broken = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff]), good.subarray(40)]);
    const r = ok(decodeBytes(broken));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('\uFFFD');
    expect(r.warnings.join(' ')).toMatch(/invalid UTF-8/u);
  });

  it('counts valid and invalid UTF-8 sequences', () => {
    expect(scanUtf8(Buffer.from('abc', 'utf8'))).toEqual({ valid: 0, invalid: 0 });
    expect(scanUtf8(Buffer.from('مرحبا', 'utf8'))).toEqual({ valid: 5, invalid: 0 });
    expect(scanUtf8(Uint8Array.of(0xc0, 0x80))).toEqual({ valid: 0, invalid: 2 }); // overlong
    expect(scanUtf8(Uint8Array.of(0xed, 0xa0, 0x80)).invalid).toBeGreaterThan(0); // a surrogate
    expect(scanUtf8(Uint8Array.of(0x61, 0xe2, 0x82))).toEqual({ valid: 0, invalid: 1 }); // truncated at the end
  });
});

describe('decodeBytes: legacy code pages', () => {
  it('detects Windows-1256 Arabic', () => {
    const bytes = encodeSingleByte(ARABIC, 'windows-1256');
    expect(guessSingleByte(bytes)).toBe('windows-1256');
    const r = ok(decodeBytes(bytes));
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe('windows-1256');
    expect(r.warnings.join(' ')).toMatch(/windows-1256/u);
  });

  it('detects ISO-8859-6 Arabic', () => {
    // ISO-8859-6 has no hamza-on-alef forms beyond the basic set and no Arabic digits: a plain sentence.
    const text = 'قال الوزير ان الحكومة ستفتح مدارس جديدة في كل المدن هذا العام، وان العمل سيبدا قريبا.\n';
    const bytes = encodeSingleByte(text, 'iso-8859-6');
    expect(guessSingleByte(bytes)).toBe('iso-8859-6');
    expect(ok(decodeBytes(bytes)).text).toBe(text);
  });

  it('detects Windows-1252 for French and Spanish', () => {
    for (const text of [FRENCH, SPANISH]) {
      const bytes = encodeSingleByte(text, 'windows-1252');
      expect(guessSingleByte(bytes)).toBe('windows-1252');
      const r = ok(decodeBytes(bytes));
      expect(r.text).toBe(text);
      expect(r.encoding).toBe('windows-1252');
    }
  });

  it('lets --encoding override detection', () => {
    const bytes = encodeSingleByte(ARABIC, 'windows-1256');
    const r = ok(decodeBytes(bytes, { encoding: 'windows-1252' }));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).not.toBe(ARABIC);
    expect(ok(decodeBytes(bytes, { encoding: 'cp1256' })).text).toBe(ARABIC);
  });

  it('refuses an unknown encoding label and bytes that do not fit the forced one', () => {
    const unknown = decodeBytes(Buffer.from('hello'), { encoding: 'klingon-8' });
    expect(unknown).toMatchObject({ ok: false, code: 'E_ENCODING' });
    const mismatch = decodeBytes(encodeSingleByte(ARABIC, 'windows-1256'), { encoding: 'utf-8' });
    expect(mismatch).toMatchObject({ ok: false, code: 'E_ENCODING' });
    if (!mismatch.ok) expect(mismatch.message).toMatch(/--encoding/u);
  });

  it("lets an HTML page's meta charset decide a legacy encoding", () => {
    const page = `<!doctype html><html><head><meta charset="windows-1256"><title>خبر</title></head><body><p>${ARABIC}</p></body></html>`;
    const bytes = encodeSingleByte(page, 'windows-1256');
    expect(declaredCharset(bytes)).toBe('windows-1256');
    const r = ok(decodeBytes(bytes, { html: true }));
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toBe(page);
    const httpEquiv = Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6"></head></html>', 'latin1');
    expect(declaredCharset(httpEquiv)).toBe('iso-8859-6');
  });
});

describe('decodeBytes: not text', () => {
  it('recognises file signatures', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    const r = decodeBytes(png);
    expect(r).toMatchObject({ ok: false, code: 'E_BINARY' });
    if (!r.ok) expect(r.message).toMatch(/PNG/u);
    expect(binaryReason(Buffer.from('%PDF-1.7\n'))).toMatch(/PDF/u);
  });

  it('treats NUL bytes that are not UTF-16 as binary', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'E_BINARY' });
  });

  it('treats mostly control bytes as binary but not terminal escapes', () => {
    expect(decodeBytes(Uint8Array.from({ length: 1000 }, (_, i) => 1 + (i % 8)))).toMatchObject({ ok: false, code: 'E_BINARY' });
    const ansi = Buffer.from('\u001b[31mRed news\u001b[0m and \u001b]0;title\u0007 more text\n'.repeat(50), 'utf8');
    expect(decodeBytes(ansi).ok).toBe(true);
  });
});

describe('decodeBytes on the Windows-1256 corpus copies', () => {
  const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
  const dir = path.join(shared, 'corpora/saudinewsnet_sample_ar/derived_cp1256');
  const present = existsSync(dir);
  it.skipIf(!present)('decodes every copy to exactly the UTF-8 original (CRLF normalised)', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const original = readFileSync(path.join(shared, 'corpora/saudinewsnet_sample_ar/text', `${f.split('.')[0]}.txt`), 'utf8');
      const r = ok(decodeBytes(readFileSync(path.join(dir, f))));
      expect(r.encoding, f).toBe('windows-1256');
      expect(r.text.replace(/\r\n?/gu, '\n'), f).toBe(original);
    }
  });
});

describe('decodeBytes: UTF-16 look-alikes', () => {
  it('does not take 16-bit binary numbers for UTF-16', () => {
    // Little-endian 16-bit samples below 256: a NUL in every odd byte, but control characters once decoded.
    const samples = Uint8Array.from({ length: 8192 }, (_, i) => (i % 2 === 1 ? 0 : 1 + ((i * 37) % 31)));
    expect(decodeBytes(samples)).toMatchObject({ ok: false, code: 'E_BINARY' });
  });

  it('ignores a meta charset that claims UTF-16 for 8-bit bytes', () => {
    const page = Buffer.from('<html><head><meta charset="utf-16"></head><body><p>Caf\xe9 au lait, a dit le ministre.</p></body></html>', 'latin1');
    const r = decodeBytes(page, { html: true });
    expect(r.ok && r.text).toContain('Café au lait');
  });
});
