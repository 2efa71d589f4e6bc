/**
 * Hostile input, end to end through loading and the engine. Fixtures are generated into a temporary
 * folder (nothing binary is committed). Each summarised fixture must finish within a generous bound
 * of a few seconds per megabyte on a shared two-core machine: this checks that nothing is quadratic,
 * it is not a speed benchmark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBytes, type Loaded } from '../../src/text/input.js';
import { summariseArticle } from '../../src/pipeline.js';
import { runTask, type TaskOptions } from '../../src/cli/task.js';
import { encodeSingleByte } from '../helpers/encoding.js';

const EN_PARAGRAPH = 'Rescue teams reached three flooded villages on Monday, the regional governor said. "We will rebuild every bridge," he told reporters in the provincial capital.\n';
const AR_PARAGRAPH = 'وقال وزير الخارجية أمس الأربعاء إن «الحكومة ستواصل الحوار مع جميع الأطراف» خلال اجتماعه في الرياض مع نظيره الأردني.\n';
const ARTICLE_AR = `وزير الخارجية يبحث الأزمة مع نظيره\n\n${AR_PARAGRAPH}وأضاف أن اللقاء تناول العلاقات الثنائية.\n`;
const ARTICLE_FR = "Le gouvernement annonce une réforme\n\nLe ministre a présenté mercredi à Paris une réforme très contestée, a-t-il déclaré.\n";

/** Base seconds plus seconds per megabyte: generous, for a busy shared machine. */
const boundMs = (bytes: number) => 5_000 + 4_000 * (bytes / 1e6);

let dir = '';
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};


async function load(p: string): Promise<Loaded> {
  return loadBytes(readFileSync(p), { fileName: p });
}

/** Load and summarise a small fixture in-process; the summary must come back within the bound. */
async function summariseFile(p: string) {
  const bytes = readFileSync(p);
  const started = Date.now();
  const loaded = await loadBytes(bytes, { fileName: p });
  if (!loaded.ok) throw new Error(`${loaded.code}: ${loaded.message}`);
  const summary = summariseArticle(loaded.text, loaded.meta, { id: p }, [...loaded.warnings]);
  const elapsed = Date.now() - started;
  expect(elapsed, `${path.basename(p)} took ${elapsed} ms`).toBeLessThan(boundMs(bytes.length));
  return { loaded, summary };
}

interface ChildResult {
  ok: boolean;
  headline?: string;
  warnings?: string[];
  loadWarnings?: string[];
  code?: string;
  elapsed?: number;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'summarise-child.ts');
/** Starting node with the TypeScript loader costs a few seconds on a busy machine; not counted in the bound. */
const STARTUP_MS = 10_000;

/**
 * Summarise a big fixture in a child process, killed when it overruns the bound: a quadratic stage then
 * fails this test quickly instead of hanging the suite.
 */
function summariseInChild(p: string): Promise<ChildResult> {
  const limit = boundMs(statSync(p).size);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, p], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), limit + STARTUP_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return reject(new Error(`${path.basename(p)} did not finish within ${Math.round(limit / 1000)} s (+${STARTUP_MS / 1000} s start-up)`));
      if (code !== 0) return reject(new Error(`${path.basename(p)}: child exited with ${code}: ${err.slice(0, 2000)}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ChildResult);
      } catch {
        reject(new Error(`${path.basename(p)}: no result from the child: ${out.slice(0, 500)} ${err.slice(0, 500)}`));
      }
    });
  });
}

const childTimeout = (bytes: number) => boundMs(bytes) + STARTUP_MS + 5_000;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsum-hostile-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('inputs that are not articles', () => {
  it('binary bytes → E_BINARY', async () => {
    const p = file('random.bin', Uint8Array.from({ length: 65536 }, (_, i) => (i * 2654435761) >>> 24));
    expect(await load(p)).toMatchObject({ ok: false, code: 'E_BINARY' });
    const gz = file('story.txt.gz', Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3));
    const r = await load(gz);
    expect(r).toMatchObject({ ok: false, code: 'E_BINARY' });
    if (!r.ok) expect(r.message).toMatch(/gzip/u);
  });

  it('empty and white-space-only files → E_EMPTY', async () => {
    expect(await load(file('empty.txt', ''))).toMatchObject({ ok: false, code: 'E_EMPTY' });
    expect(await load(file('blank.txt', ' \n\n\t \r\n\u00A0\n'))).toMatchObject({ ok: false, code: 'E_EMPTY' });
    expect(await load(file('blank.html', '<!doctype html><html><body>   </body></html>'))).toMatchObject({ ok: false, code: 'E_EMPTY' });
  });

  it('a file over the byte limit → E_TOO_LARGE', async () => {
    const p = file('big.txt', 'x'.repeat(2048));
    expect(await loadBytes(readFileSync(p), { maxBytes: 1024 })).toMatchObject({ ok: false, code: 'E_TOO_LARGE' });
  });
});

describe('every supported encoding', () => {
  const utf16be = (s: string) => {
    const b = Buffer.from(s, 'utf16le');
    for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return b;
  };
  const fixtures: Array<[string, () => Uint8Array, string]> = [
    ['utf8.txt', () => Buffer.from(ARTICLE_AR, 'utf8'), ARTICLE_AR],
    ['utf8-bom.txt', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE_AR, 'utf8')]), ARTICLE_AR],
    ['utf16le-bom.txt', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE_AR, 'utf16le')]), ARTICLE_AR],
    ['utf16be-bom.txt', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE_FR)]), ARTICLE_FR],
    ['utf16le-nobom.txt', () => Buffer.from(ARTICLE_AR, 'utf16le'), ARTICLE_AR],
    ['cp1256.txt', () => encodeSingleByte(ARTICLE_AR, 'windows-1256'), ARTICLE_AR],
    ['cp1256-crlf.txt', () => encodeSingleByte(ARTICLE_AR.replace(/\n/gu, '\r\n'), 'windows-1256'), ARTICLE_AR],
    ['cp1252.txt', () => encodeSingleByte(ARTICLE_FR, 'windows-1252'), ARTICLE_FR],
  ];
  for (const [name, bytes, expected] of fixtures) {
    it(`${name} decodes to the article and summarises`, async () => {
      const { loaded, summary } = await summariseFile(file(name, bytes()));
      expect(loaded.ok && loaded.text).toBe(expected);
      expect(summary.headline).toBe(expected.split('\n')[0]);
    });
  }

  it('ISO-8859-6 decodes', async () => {
    const text = 'الحكومة تعلن خطة جديدة\n\nقال الوزير ان الحكومة ستفتح مدارس جديدة في كل المدن هذا العام.\n';
    const { loaded } = await summariseFile(file('iso88596.txt', encodeSingleByte(text, 'iso-8859-6')));
    expect(loaded.ok && loaded.text).toBe(text);
  });
});

describe('huge and degenerate text', () => {
  const unit = EN_PARAGRAPH + AR_PARAGRAPH;
  const HUGE = 20e6;
  it('a 20 MB article', async () => {
    const p = file('huge.txt', 'Floods recede in the north\n\n' + unit.repeat(Math.ceil(HUGE / Buffer.byteLength(unit))));
    const r = await summariseInChild(p);
    expect(r).toMatchObject({ ok: true, headline: 'Floods recede in the north' });
  }, childTimeout(HUGE));

  it('a 5 MB line without a newline', async () => {
    const r = await summariseInChild(file('one-line.txt', 'Rescue teams reached the villages on Monday '.repeat(Math.ceil(5e6 / 44))));
    expect(r.ok).toBe(true);
  }, childTimeout(5e6));

  it('200,000 unmatched quotation marks', async () => {
    expect((await summariseInChild(file('quotes-ascii.txt', `Headline\n\nHe said ${'"'.repeat(200_000)}`))).ok).toBe(true);
    expect((await summariseInChild(file('quotes-mixed.txt', `عنوان\n\n${'« قال “ '.repeat(100_000)}`))).ok).toBe(true);
  }, 2 * childTimeout(1.5e6));

  it('deeply nested quotations', async () => {
    const depth = 20_000;
    const r = await summariseInChild(file('nested.txt', `Headline\n\nShe said ${'«“‘ he said '.repeat(depth)}done${'’”»'.repeat(depth)}.`));
    expect(r).toMatchObject({ ok: true, headline: 'Headline' });
  }, childTimeout(1e6));

  const RUN = 1_000_000;
  for (const [name, ch] of [['alef', 'ا'], ['full stop', '.'], ['hyphen', '-'], ['space', ' '], ['tatweel', 'ـ'], ['open bracket', '('], ['guillemet', '«']] as const) {
    it(`a run of ${RUN.toLocaleString('en')} × ${name}`, async () => {
      const r = await summariseInChild(file(`run-${name.replace(' ', '-')}.txt`, `Headline\n\n${ch.repeat(RUN)}x`));
      expect(r).toMatchObject({ ok: true, headline: 'Headline' });
    }, childTimeout(RUN * 2));
  }

  // A post's signature line makes the line above it the post's text, whose trailing links are cut off: that cut
  // must stay linear on a long run of spaces (a regex for "(space link)+ space* at the end" was quadratic there).
  it('a long run of spaces in the line above an embedded post signature', async () => {
    const spaces = ' '.repeat(RUN);
    const r = await summariseInChild(file('post-spaces.txt', `Headline\n\na${spaces}b https://t.co/abc\n— Jane Roe (@janeroe) June 10, 2020\n`));
    expect(r).toMatchObject({ ok: true, headline: 'Headline' });
  }, childTimeout(RUN * 2));

  it('terminal escapes and bidi overrides', async () => {
    const line = '\u001b[31mBreaking\u001b[0m \u001b]0;owned\u0007 \u001b]8;;http://example.invalid\u001b\\link\u001b]8;;\u001b\\ \u202Eevil\u202C \u2066isolate\u2069 the mayor said on Monday.\n';
    const r = await summariseInChild(file('escapes.txt', `Mayor opens bridge\n\n${line.repeat(20_000)}`));
    expect(r).toMatchObject({ ok: true, headline: 'Mayor opens bridge' });
  }, childTimeout(2e6));

  it('an HTML page of 200,000 unclosed inline tags', async () => {
    const html = `<!doctype html><html><body>${'<p><b><i>Rescue teams reached the villages. '.repeat(200_000)}</body></html>`;
    const r = await summariseInChild(file('unclosed.html', html));
    expect(r.ok).toBe(true);
  }, childTimeout(10e6));

  it('an HTML page nested 20,000 deep', async () => {
    const html = `<!doctype html><html><body>${'<div>'.repeat(20_000)}<p>${EN_PARAGRAPH}</p>${'</div>'.repeat(20_000)}</body></html>`;
    const r = await summariseInChild(file('deep.html', html));
    expect(r.ok).toBe(true);
    expect(r.loadWarnings?.join(' ')).toMatch(/nests/u);
  }, childTimeout(1e6));
});

describe('files that are not regular files', () => {
  const options: TaskOptions = { json: true, pretty: false, explain: false, color: false, width: 0, maxBytes: 32 * 1024 * 1024, digest: false, forFile: false };

  it('a symbolic link loop → E_LOOP', async () => {
    const a = path.join(dir, 'loop-a.txt');
    const b = path.join(dir, 'loop-b.txt');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const r = await runTask({ kind: 'file', id: a, path: a }, options);
    expect(r).toMatchObject({ ok: false, code: 'E_LOOP' });
  });

  it('a FIFO is refused without blocking', async (ctx) => {
    const fifo = path.join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      ctx.skip();
    }
    const started = Date.now();
    const r = await runTask({ kind: 'file', id: fifo, path: fifo }, options);
    expect(r).toMatchObject({ ok: false, code: 'E_NOT_A_FILE' });
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);
});
