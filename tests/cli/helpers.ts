/** Fake terminals and streams for running the CLI in-process. */
import { Readable } from 'node:stream';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export class FakeStream extends EventEmitter {
  text = '';
  constructor(
    public isTTY = false,
    public columns?: number,
  ) {
    super();
  }
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  lines: unknown[];
}

export interface FakeOptions {
  stdin?: string | Buffer;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  columns?: number;
  env?: Record<string, string>;
  cwd?: string;
  stdout?: FakeStream;
  onInterrupt?: CliIO['onInterrupt'];
  tuneForOneArticle?: CliIO['tuneForOneArticle'];
}

export function fakeIO(options: FakeOptions = {}): { io: CliIO; stdout: FakeStream; stderr: FakeStream } {
  const stdout = options.stdout ?? new FakeStream(options.stdoutTTY ?? false, options.columns);
  const stderr = new FakeStream(false);
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as NodeJS.ReadableStream & { isTTY?: boolean };
  stdin.isTTY = options.stdinTTY ?? false;
  const io: CliIO = { stdout, stderr, stdin, env: options.env ?? {}, cwd: options.cwd ?? process.cwd(), cores: 2, ...(options.onInterrupt ? { onInterrupt: options.onInterrupt } : {}), ...(options.tuneForOneArticle ? { tuneForOneArticle: options.tuneForOneArticle } : {}) };
  return { io, stdout, stderr };
}

export async function runCli(argv: string[], options: FakeOptions = {}): Promise<RunResult> {
  const { io, stdout, stderr } = fakeIO(options);
  const code = await run(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text, lines: jsonLines(stdout.text) };
}

export function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return l;
      }
    });
}

export function tempDir(prefix = 'newsum-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Short news-style articles written for these tests (not corpus text). */
export const ENGLISH_ARTICLE = `Council approves new harbour plan

PORT ELLIS, March 3 (Newswire) - The city council on Tuesday approved a plan to rebuild the old harbour, Mayor Ana Ruiz said.

"This is a good day for the town," Ruiz told reporters after the vote. The work will start in May and end next year.
`;

export const ARABIC_ARTICLE = `وزير الصحة يفتتح مستشفى جديدا في المدينة

افتتح وزير الصحة أحمد سالم يوم الأحد مستشفى جديدا في وسط المدينة، بحضور عدد من المسؤولين.

وقال سالم في كلمته: "هذا المستشفى سيخدم آلاف المرضى كل عام". ومن المقرر أن يبدأ العمل فيه الشهر المقبل.
`;
