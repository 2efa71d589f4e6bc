import { describe, expect, it, beforeAll, afterAll, vi } from 'vitest';

vi.mock('../../src/pipeline.js', () => import('./fake-engine.js'));
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { runCli, tempDir, ENGLISH_ARTICLE, ARABIC_ARTICLE } from './helpers.js';
import { VERSION } from '../../src/version.js';
import { ONE_ARTICLE_TUNING_MAX_BYTES } from '../../src/cli/io.js';

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../schema/summary.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

let tmp: ReturnType<typeof tempDir>;
let en: string;
let ar: string;
beforeAll(() => {
  tmp = tempDir();
  en = path.join(tmp.dir, 'harbour.txt');
  ar = path.join(tmp.dir, 'hospital.txt');
  writeFileSync(en, ENGLISH_ARTICLE);
  writeFileSync(ar, ARABIC_ARTICLE);
});
afterAll(() => tmp.cleanup());

describe('help, version and usage errors', () => {
  it('prints help with examples and exit codes on stdout, exit 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--jsonl-in');
    expect(r.stdout).toContain('Exit status');
  });

  it('prints the version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it.each([
    [['--date', '2020-13-01', 'a.txt'], '--date'],
    [['--date', 'yesterday', 'a.txt'], '--date'],
    [['--lang', 'Arabic', 'a.txt'], '--lang'],
    [['--jobs', '0', 'a.txt'], '--jobs'],
    [['--max-bytes', '-5', 'a.txt'], '--max-bytes'],
    [['--encoding', 'klingon-8', 'a.txt'], '--encoding'],
    [['--resume', 'a.txt'], '--out-dir'],
    [['--jsonl-in', 'a.txt'], '--jsonl-in'],
    [['--no-such-option', 'a.txt'], 'unknown option'],
    [['-', '-'], 'standard input'],
  ])('exit 2 for %j', async (argv, mention) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(mention);
  });

  it('exit 2 without inputs when stdin is a terminal, and never waits for it', async () => {
    const r = await runCli([], { stdinTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no input');
  });

  it('refuses an --out-dir that is a file or one of the inputs', async () => {
    expect((await runCli(['--out-dir', en, en])).code).toBe(2);
    expect((await runCli(['--out-dir', tmp.dir, tmp.dir])).code).toBe(2);
  });
});

describe('one article', () => {
  it('prints one schema-valid JSON line with the path as id', async () => {
    const r = await runCli(['--json', en]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(validate(r.lines[0]), JSON.stringify(validate.errors)).toBe(true);
    expect(r.lines[0]).toMatchObject({ schemaVersion: 1, id: en, language: 'en' });
  });

  it('reads standard input when piped (no argument) and with "-"', async () => {
    for (const argv of [['--json'], ['--json', '-']]) {
      const r = await runCli(argv, { stdin: ARABIC_ARTICLE });
      expect(r.code).toBe(0);
      expect(r.lines[0]).toMatchObject({ id: '-', language: 'ar' });
      expect(validate(r.lines[0])).toBe(true);
    }
  });

  it('--pretty prints indented JSON that parses as one value', async () => {
    const r = await runCli(['--pretty', en]);
    expect(r.stdout).toContain('\n  "schemaVersion": 1');
    expect(JSON.parse(r.stdout)).toMatchObject({ id: en });
  });

  it('--date becomes the publication date; --explain adds rules and provenance', async () => {
    const r = await runCli(['--json', '--explain', '--date', '2021-03-03', en]);
    expect(r.lines[0]).toMatchObject({ published: '2021-03-03', provenance: { published: 'option:--date' } });
    expect(validate(r.lines[0])).toBe(true);
  });

  it('a missing file is an error record on stdout, a message on stderr, exit 1', async () => {
    const missing = path.join(tmp.dir, 'nope.txt');
    const r = await runCli(['--json', missing]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([{ schemaVersion: 1, id: missing, error: { code: 'E_NOT_FOUND', message: expect.any(String) } }]);
    expect(validate(r.lines[0])).toBe(true);
    expect(r.stderr).toContain('E_NOT_FOUND');
  });

  it('an empty file and a file over --max-bytes fail with their codes', async () => {
    const empty = path.join(tmp.dir, 'empty.txt');
    writeFileSync(empty, '');
    expect((await runCli(['--json', empty])).lines[0]).toMatchObject({ error: { code: 'E_EMPTY' } });
    expect((await runCli(['--json', '--max-bytes', '10', en])).lines[0]).toMatchObject({ error: { code: 'E_TOO_LARGE' } });
  });

  it('text mode keeps stdout for the summary and reports failures on stderr only', async () => {
    const r = await runCli([path.join(tmp.dir, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^newsum: E_NOT_FOUND: /u);
  });

  it('text mode prints the headline first and no colour when stdout is not a terminal', async () => {
    const r = await runCli([en]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Council approves new harbour plan');
    expect(r.stdout).not.toContain('\u001B[');
  });

  it('colours only on a terminal, and never with NO_COLOR or --no-color', async () => {
    expect((await runCli([en], { stdoutTTY: true, columns: 80 })).stdout).toContain('\u001B[');
    expect((await runCli([en], { stdoutTTY: true, columns: 80, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001B[');
    expect((await runCli(['--no-color', en], { stdoutTTY: true, columns: 80 })).stdout).not.toContain('\u001B[');
  });

  it('a folder given alone is a batch, not a read error', async () => {
    const folder = path.join(tmp.dir, 'one');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'a.txt'), ENGLISH_ARTICLE);
    const r = await runCli(['--json', '--jobs', '1', folder]);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.stderr).toContain('1 summarised, 0 failed');
  });
});

describe('tuning for a one-article run (bin/newsum.js sets V8 flags through this hook)', () => {
  it('is asked for once for one article, file or standard input', async () => {
    const tune = vi.fn();
    expect((await runCli(['--json', en], { tuneForOneArticle: tune })).code).toBe(0);
    expect((await runCli(['--json', '-'], { stdin: ENGLISH_ARTICLE, tuneForOneArticle: tune })).code).toBe(0);
    expect(tune).toHaveBeenCalledTimes(2);
  });

  it('is not asked for by a batch, nor for an article too large to be over quickly', async () => {
    const tune = vi.fn();
    const folder = path.join(tmp.dir, 'tuning');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'a.txt'), ENGLISH_ARTICLE);
    expect((await runCli(['--json', '--jobs', '1', folder], { tuneForOneArticle: tune })).code).toBe(0);
    const large = path.join(tmp.dir, 'large.txt');
    writeFileSync(large, `${ENGLISH_ARTICLE}\n`.repeat(Math.ceil((ONE_ARTICLE_TUNING_MAX_BYTES + 1) / ENGLISH_ARTICLE.length)));
    expect((await runCli(['--json', '--max-bytes', String(8 * ONE_ARTICLE_TUNING_MAX_BYTES), large], { tuneForOneArticle: tune })).code).toBe(0);
    expect(tune).not.toHaveBeenCalled();
  });
});

describe('defaults kept in step', () => {
  it('the --max-bytes default equals the loader’s', async () => {
    const { DEFAULT_MAX_BYTES } = await import('../../src/text/input.js');
    const r = await runCli(['--help']);
    expect(r.stdout).toContain(`(default: ${DEFAULT_MAX_BYTES})`);
  });
  it('a batch leaves one core to the main thread: 2 cores run in-process, 8 start 7 workers', async () => {
    const { defaultJobs } = await import('../../src/cli/main.js');
    expect([1, 2, 3, 4, 8].map(defaultJobs)).toEqual([1, 1, 2, 3, 7]);
  });
});

describe('argument forms', () => {
  it('accepts --opt=value, short flags and "--" before inputs that start with a dash', async () => {
    const tmp2 = tempDir();
    try {
      const odd = path.join(tmp2.dir, '-odd.txt');
      writeFileSync(odd, ENGLISH_ARTICLE);
      const r = await runCli(['--json', '--date=2021-03-03', '-j', '1', '-q', '--', odd]);
      expect(r.code).toBe(0);
      expect(r.lines[0]).toMatchObject({ id: odd, published: '2021-03-03' });
    } finally {
      tmp2.cleanup();
    }
  });

  it('a missing option value is a usage error', async () => {
    const r = await runCli(['--date']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--date' needs a value");
  });

  it('-h prints the usage and -V the version, on stdout', async () => {
    expect((await runCli(['-h'])).stdout).toMatch(/^Usage: newsum/u);
    expect((await runCli(['-V'])).stdout.trim()).toBe(VERSION);
  });
});
