import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';

vi.mock('../../src/pipeline.js', () => import('./fake-engine.js'));
import { writeFileSync, mkdirSync, symlinkSync, readdirSync, readFileSync, statSync, utimesSync, existsSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runCli, tempDir, FakeStream, fakeIO, ENGLISH_ARTICLE } from './helpers.js';
import { run } from '../../src/cli/main.js';

let tmp: ReturnType<typeof tempDir>;
let news: string;

function article(n: number, extra = ''): string {
  return `Story number ${n} about the harbour\n\nThe council met on Monday. [[Ana Ruiz|person]] spoke. ${extra}\n`;
}

beforeEach(() => {
  tmp = tempDir();
  news = path.join(tmp.dir, 'news');
  mkdirSync(path.join(news, 'world', 'deep'), { recursive: true });
  writeFileSync(path.join(news, 'a.txt'), article(1));
  writeFileSync(path.join(news, 'b.md'), article(2, '{{2021-05-04|the bridge opened}}'));
  writeFileSync(path.join(news, 'world', 'c.html'), `<html><body><h1>Story number 3</h1><p>${article(3)}</p></body></html>`);
  writeFileSync(path.join(news, 'world', 'deep', 'd.txt'), article(4, '[[Port Ellis Council|organization]]'));
  writeFileSync(path.join(news, 'world', 'empty.txt'), '');
  writeFileSync(path.join(news, 'world', 'notes.csv'), 'not,an,article\n');
  mkdirSync(path.join(news, '.hidden'));
  writeFileSync(path.join(news, '.hidden', 'secret.txt'), article(9));
  writeFileSync(path.join(news, '.draft.txt'), article(9));
  mkdirSync(path.join(news, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(path.join(news, 'node_modules', 'pkg', 'readme.md'), article(9));
});
afterEach(() => tmp.cleanup());

const ids = (lines: unknown[]) => lines.map((l) => (l as { id: string }).id);

describe('folders', () => {
  it('walks recursively in sorted order, skips hidden, dependency folders and other extensions; failures do not stop the batch', async () => {
    const r = await runCli(['--json', '--jobs', '1', news]);
    expect(ids(r.lines)).toEqual(['a.txt', 'b.md', 'world/c.html', 'world/deep/d.txt', 'world/empty.txt'].map((f) => path.join(news, f)));
    expect(r.lines[4]).toMatchObject({ error: { code: 'E_EMPTY' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/4 summarised, 1 failed in [\d.]+ s/u);
  });

  it('ids read as the user wrote the folder (relative stays relative)', async () => {
    const r = await runCli(['--json', '--jobs', '1', 'news'], { cwd: tmp.dir });
    expect(ids(r.lines)[0]).toBe(path.join('news', 'a.txt'));
  });

  it('--ext changes which files are read inside folders', async () => {
    const r = await runCli(['--json', '--jobs', '1', '--ext', 'csv,md', news]);
    expect(ids(r.lines)).toEqual([path.join(news, 'b.md'), path.join(news, 'world', 'notes.csv')]);
  });

  it('a mix of files, folders, missing paths and stdin keeps argument order', async () => {
    const missing = path.join(tmp.dir, 'missing.txt');
    const r = await runCli(['--json', '--jobs', '1', path.join(news, 'world'), missing, '-', path.join(news, 'a.txt')], { stdin: ENGLISH_ARTICLE });
    expect(ids(r.lines)).toEqual([path.join(news, 'world', 'c.html'), path.join(news, 'world', 'deep', 'd.txt'), path.join(news, 'world', 'empty.txt'), missing, '-', path.join(news, 'a.txt')]);
    expect(r.lines[3]).toMatchObject({ error: { code: 'E_NOT_FOUND' } });
    expect(r.code).toBe(1);
  });

  it('follows a symbolic link to a folder once and reports a loop as E_LOOP', async () => {
    symlinkSync(news, path.join(news, 'world', 'deep', 'back-to-top'));
    symlinkSync(path.join(news, 'world'), path.join(news, 'world-again'));
    const r = await runCli(['--json', '--jobs', '1', news]);
    const loops = r.lines.filter((l) => (l as { error?: { code: string } }).error?.code === 'E_LOOP');
    expect(loops).toHaveLength(1);
    // world/ is walked once even though world-again/ leads there too.
    expect(ids(r.lines).filter((id) => id.endsWith('c.html'))).toHaveLength(1);
  });

  it('a FIFO is refused without blocking (E_NOT_A_FILE), inside a folder and when named', async () => {
    const fifo = path.join(news, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    const r = await runCli(['--json', '--jobs', '1', news]);
    expect(r.lines.find((l) => (l as { id: string }).id === fifo)).toMatchObject({ error: { code: 'E_NOT_A_FILE' } });
    const single = await runCli(['--json', fifo]);
    expect(single.lines[0]).toMatchObject({ error: { code: 'E_NOT_A_FILE' } });
  });

  it('an unreadable file is E_UNREADABLE', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const locked = path.join(news, 'locked.txt');
    writeFileSync(locked, article(5));
    chmodSync(locked, 0o000);
    const r = await runCli(['--json', locked]);
    expect(r.lines[0]).toMatchObject({ error: { code: 'E_UNREADABLE' } });
  });

  it('a stage that throws becomes an E_INTERNAL record for that article only', async () => {
    writeFileSync(path.join(news, 'aa.txt'), 'Headline\n\nThis one makes the engine CRASH.\n');
    const r = await runCli(['--json', '--jobs', '1', news]);
    expect(r.lines[1]).toMatchObject({ id: path.join(news, 'aa.txt'), error: { code: 'E_INTERNAL' } });
    expect(r.lines[2]).toMatchObject({ id: path.join(news, 'b.md'), schemaVersion: 1, headline: expect.any(String) });
  });

  it('text output separates articles with a rule line naming the file', async () => {
    const r = await runCli(['--jobs', '1', path.join(news, 'a.txt'), path.join(news, 'b.md')]);
    expect(r.stdout).toMatch(new RegExp(`── ${path.join(news, 'a.txt').replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')} ─+\\n`, 'u'));
    expect(r.stdout.match(/^── /gmu)).toHaveLength(2);
    expect(r.stdout.startsWith('── ')).toBe(true);
  });
});

describe('worker pool', () => {
  it('--jobs 2 prints results strictly in input order', async () => {
    const many = path.join(tmp.dir, 'many');
    mkdirSync(many);
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = `${String(i).padStart(2, '0')}.txt`;
      names.push(path.join(many, name));
      // Varying sizes so later articles often finish first.
      writeFileSync(path.join(many, name), `Headline ${i}\n\n` + 'The council met on Monday and approved the plan. '.repeat(i % 3 === 0 ? 400 : 5));
    }
    const r = await runCli(['--json', '--jobs', '2', many]);
    expect(ids(r.lines)).toEqual(names);
  }, 60_000);
});

describe('--out-dir and --resume', () => {
  it('writes one JSON file per article mirroring the tree, nothing on stdout, no temporary files left', async () => {
    const out = path.join(tmp.dir, 'out');
    const r = await runCli(['--jobs', '1', '--out-dir', out, news]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1); // the empty file
    const json = JSON.parse(readFileSync(path.join(out, 'world', 'deep', 'd.txt.json'), 'utf8'));
    expect(json).toMatchObject({ schemaVersion: 1, id: path.join(news, 'world', 'deep', 'd.txt') });
    expect(existsSync(path.join(out, 'a.txt.json'))).toBe(true);
    expect(existsSync(path.join(out, 'world', 'empty.txt.json'))).toBe(false);
    const all = readdirSync(out, { recursive: true }) as string[];
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--resume skips articles whose output is newer and redoes changed ones', async () => {
    const out = path.join(tmp.dir, 'out');
    await runCli(['--jobs', '1', '--out-dir', out, news]);
    const aOut = path.join(out, 'a.txt.json');
    const before = statSync(aOut).mtimeMs;
    // b.md changes after its output was written.
    const future = new Date(Date.now() + 10_000);
    utimesSync(path.join(news, 'b.md'), future, future);
    const r = await runCli(['--jobs', '1', '--out-dir', out, '--resume', news]);
    expect(statSync(aOut).mtimeMs).toBe(before);
    expect(r.stderr).toMatch(/1 summarised, 1 failed, 3 up to date \(skipped\)/u);
  });

  it('several inputs mirror from their common folder; the out-dir inside an input is never read back', async () => {
    const out = path.join(news, 'summaries');
    await runCli(['--jobs', '1', '--out-dir', out, path.join(news, 'a.txt'), path.join(news, 'world', 'deep')]);
    expect(existsSync(path.join(out, 'a.txt.json'))).toBe(true);
    expect(existsSync(path.join(out, 'world', 'deep', 'd.txt.json'))).toBe(true);
    const again = await runCli(['--json', '--jobs', '1', '--ext', 'txt,json', news]);
    expect(ids(again.lines).some((id) => id.includes('summaries'))).toBe(true); // a plain walk sees them…
    const r = await runCli(['--jobs', '1', '--ext', 'txt,json', '--out-dir', out, news]);
    expect(r.stderr).not.toContain('summaries'); // …but not the run that writes them
    expect(existsSync(path.join(out, 'summaries'))).toBe(false);
  });
});

describe('stopping early', () => {
  it('a closed pipe (EPIPE) ends the batch quietly with exit 0', async () => {
    const stdout = new FakeStream();
    let writes = 0;
    stdout.write = () => {
      writes++;
      if (writes > 2) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      return true;
    };
    const { io, stderr } = fakeIO({ stdout });
    const code = await run(['--json', '--jobs', '1', news], io);
    expect(code).toBe(0);
    expect(writes).toBe(3);
    expect(stderr.text).not.toMatch(/at .*\.ts:\d+/u); // no stack trace
  });

  it('an EPIPE reported as an error event also stops the batch', async () => {
    const stdout = new FakeStream();
    let writes = 0;
    stdout.write = () => {
      if (++writes === 1) queueMicrotask(() => stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
      return true;
    };
    const { io } = fakeIO({ stdout });
    expect(await run(['--json', '--jobs', '1', news], io)).toBe(0);
    expect(writes).toBeLessThan(5);
  });

  it('Ctrl-C stops after the articles in flight, prints the summary line, leaves only whole files, exits 130', async () => {
    for (let i = 0; i < 40; i++) writeFileSync(path.join(news, `z${String(i).padStart(2, '0')}.txt`), article(i));
    let interrupt: () => void = () => {};
    let unsubscribed = false;
    const { io, stderr } = fakeIO({ onInterrupt: (h) => ((interrupt = h), () => (unsubscribed = true)) });
    const out = path.join(tmp.dir, 'out');
    // Press Ctrl-C as soon as the first output file exists.
    const timer = setInterval(() => {
      if (existsSync(path.join(out, 'a.txt.json'))) interrupt();
    }, 1);
    const code = await run(['--jobs', '1', '--out-dir', out, news], io);
    clearInterval(timer);
    expect(code).toBe(130);
    expect(unsubscribed).toBe(true);
    expect(stderr.text).toMatch(/interrupted: \d+ summarised/u);
    const written = (readdirSync(out, { recursive: true }) as string[]).filter((f) => statSync(path.join(out, f)).isFile());
    expect(written.filter((f) => !f.endsWith('.json'))).toEqual([]); // no temporary files
    expect(written.length).toBeLessThan(40);
    for (const f of written) expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8'))).not.toThrow();
  });
});
