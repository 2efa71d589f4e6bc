import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/pipeline.js', () => import('./fake-engine.js'));
import { runCli } from './helpers.js';
import { Readable } from 'node:stream';
import { boundedLines, maxLineChars, parseRecord } from '../../src/cli/jsonl.js';
import { readStream } from '../../src/cli/streams.js';

function records(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % 2 ? `عنوان الخبر رقم ${i}\n\nقال [[أحمد سالم|person]] إن العمل بدأ.` : `Headline ${i}\n\n[[Ana Ruiz|person]] said work began.`;
    lines.push(JSON.stringify({ id: `doc-${i}`, text, ...(i % 3 === 0 ? { date: '2021-05-0' + ((i % 9) + 1) } : {}) }));
  }
  return lines.join('\n') + '\n';
}

describe('--jsonl-in', () => {
  it('prints one JSON line per input line, in order, with the same ids', async () => {
    const r = await runCli(['--jsonl-in', '--jobs', '1'], { stdin: records(30) });
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => (l as { id: string }).id)).toEqual(Array.from({ length: 30 }, (_, i) => `doc-${i}`));
    expect(r.lines[0]).toMatchObject({ published: '2021-05-01', language: 'en' });
    expect(r.lines[1]).toMatchObject({ published: null, language: 'ar' });
  });

  it('a per-record date and lang override the command-line ones', async () => {
    const input = JSON.stringify({ id: 'x', text: 'Title\n\nBody.', date: '2020-01-02', lang: 'fr' }) + '\n' + JSON.stringify({ id: 'y', text: 'Title\n\nBody.' }) + '\n';
    const r = await runCli(['--jsonl-in', '--jobs', '1', '--date', '2019-09-09'], { stdin: input });
    expect(r.lines).toMatchObject([{ id: 'x', published: '2020-01-02', language: 'fr' }, { id: 'y', published: '2019-09-09' }]);
  });

  it('bad lines become E_BAD_JSON records in place; the batch goes on and exits 1', async () => {
    const input = ['{"id":"a","text":"One\\n\\nBody."}', '{not json', '["an","array"]', '{"id":"b"}', '{"id":"c","text":"T\\n\\nB.","date":"2020-02-30"}', '', '{"id":"d","text":"Two\\n\\nBody."}'].join('\n');
    const r = await runCli(['--jsonl-in', '--jobs', '1'], { stdin: input });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(6); // the blank line is skipped
    expect(r.lines.map((l) => (l as { error?: { code: string } }).error?.code ?? 'ok')).toEqual(['ok', 'E_BAD_JSON', 'E_BAD_JSON', 'E_BAD_JSON', 'E_BAD_JSON', 'ok']);
    expect(r.lines[3]).toMatchObject({ id: 'b' });
    expect((r.lines[1] as { error: { message: string } }).error.message).toContain('line 2');
  });

  it('handles CRLF line ends and a last line without a newline', async () => {
    const r = await runCli(['--jsonl-in', '--jobs', '1'], { stdin: '{"id":"a","text":"A\\n\\nB."}\r\n{"id":"b","text":"C\\n\\nD."}' });
    expect(r.lines.map((l) => (l as { id: string }).id)).toEqual(['a', 'b']);
  });

  it('as a mapper: the input split into parts and run separately joins to exactly one run’s output', async () => {
    const input = records(25);
    const whole = await runCli(['--jsonl-in', '--jobs', '1', '--quiet'], { stdin: input });
    const lines = input.trimEnd().split('\n');
    // Uneven parts, as `split -l`, Hadoop input splits or `parallel --pipe` would cut them.
    const cuts = [0, 7, 8, 19, 25];
    let joined = '';
    for (let i = 0; i + 1 < cuts.length; i++) {
      const part = await runCli(['--jsonl-in', '--jobs', '1', '--quiet'], { stdin: lines.slice(cuts[i], cuts[i + 1]).join('\n') + '\n' });
      expect(part.code).toBe(0);
      joined += part.stdout;
    }
    expect(joined).toBe(whole.stdout);
    expect(whole.stdout.trimEnd().split('\n')).toHaveLength(25);
  });

  it('--quiet leaves stderr empty on success; otherwise a summary line', async () => {
    expect((await runCli(['--jsonl-in', '--jobs', '1', '--quiet'], { stdin: records(2) })).stderr).toBe('');
    expect((await runCli(['--jsonl-in', '--jobs', '1'], { stdin: records(2) })).stderr).toMatch(/^newsum: 2 summarised, 0 failed/u);
  });
});

describe('parseRecord', () => {
  it('accepts numeric ids as strings and ignores unknown fields', () => {
    expect(parseRecord('{"id":7,"text":"x","extra":true}', 1)).toEqual({ kind: 'text', id: '7', text: 'x' });
  });
  it('rejects a lang that is not a code', () => {
    expect(parseRecord('{"id":"a","text":"x","lang":"English"}', 3)).toMatchObject({ kind: 'error', code: 'E_BAD_JSON', id: 'a' });
  });
});

describe('--jsonl-in on the worker pool', () => {
  it('keeps input order and ids with --jobs 2 (real engine in the workers)', async () => {
    const r = await runCli(['--jsonl-in', '--jobs', '2', '--quiet'], { stdin: records(16) });
    expect(r.lines.map((l) => (l as { id: string }).id)).toEqual(Array.from({ length: 16 }, (_, i) => `doc-${i}`));
  }, 60_000);
});

describe('bounded reading of standard input', () => {
  it('refuses standard input over --max-bytes as E_TOO_LARGE, without reading it all', async () => {
    const endless = Readable.from((function* () {
      for (let i = 0; i < 1e6; i++) yield Buffer.from('y\n'.repeat(512));
    })());
    let pulled = 0;
    endless.on('data', () => pulled++);
    expect(await readStream(endless, 10_000)).toBeNull();
    expect(pulled).toBeLessThan(100);
    const r = await runCli(['--json', '--max-bytes', '100', '-'], { stdin: `Headline\n\n${'A long body. '.repeat(50)}` });
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatchObject({ error: { code: 'E_TOO_LARGE' } });
  });

  it('splits lines on LF and CRLF across chunk boundaries, keeps multi-byte characters whole', async () => {
    const bytes = Buffer.from('first\r\nثاني سطر\nthird');
    const chunks = [bytes.subarray(0, 6), bytes.subarray(6, 10), bytes.subarray(10)]; // cuts inside «\r\n» and inside «ث»
    const lines: unknown[] = [];
    for await (const line of boundedLines(Readable.from(chunks), 100)) lines.push(line);
    expect(lines).toEqual(['first', 'ثاني سطر', 'third']);
  });

  it('reads a line longer than the limit to its end without keeping it, and goes on with the next', async () => {
    const lines: unknown[] = [];
    for await (const line of boundedLines(Readable.from([Buffer.from(`short\n${'x'.repeat(5000)}\nafter\n`)]), 100)) lines.push(line);
    expect(lines).toEqual(['short', { limit: 100 }, 'after']);
  });

  it('turns an over-long --jsonl-in line into an E_TOO_LARGE record in place; the batch goes on', async () => {
    const long = JSON.stringify({ id: 'big', text: `Title\n\n${'Body text. '.repeat(7000)}` });
    const input = [JSON.stringify({ id: 'a', text: 'One\n\nBody.' }), long, JSON.stringify({ id: 'b', text: 'Two\n\nBody.' })].join('\n') + '\n';
    const r = await runCli(['--jsonl-in', '--jobs', '1', '--max-bytes', '100'], { stdin: input });
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => (l as { error?: { code: string } }).error?.code ?? (l as { id: string }).id)).toEqual(['a', 'E_TOO_LARGE', 'b']);
    expect(maxLineChars(100)).toBeLessThan(long.length);
  });
});
