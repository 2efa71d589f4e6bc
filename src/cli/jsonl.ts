/**
 * --jsonl-in: standard input is JSON Lines, `{"id","text","date"?,"lang"?}` per line. Each line becomes
 * one task, in order; a line that is not such an object becomes an E_BAD_JSON error task so the output
 * still has one line for it and the batch goes on. Blank lines are skipped (Hadoop and `split` may add
 * them). Lines are read one at a time: input of any length streams through.
 */
import { createInterface } from 'node:readline';
import type { Task } from './task.js';
import { isIsoDate } from './dates.js';

export async function* jsonlTasks(stream: NodeJS.ReadableStream): AsyncGenerator<Task> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    yield parseRecord(line, n);
  }
}

export function parseRecord(line: string, lineNumber: number): Task {
  const where = `input line ${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return bad('', `${where} is not valid JSON (${(err as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad('', `${where} is not a JSON object with "id" and "text"`);
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : typeof record.id === 'number' ? String(record.id) : null;
  if (id === null) return bad('', `${where} has no "id" (a string)`);
  if (typeof record.text !== 'string') return bad(id, `${where} (id ${id}) has no "text" (a string)`);
  if (record.date !== undefined && record.date !== null && (typeof record.date !== 'string' || !isIsoDate(record.date))) {
    return bad(id, `${where} (id ${id}): "date" must be YYYY-MM-DD, got ${JSON.stringify(record.date)}`);
  }
  if (record.lang !== undefined && record.lang !== null && (typeof record.lang !== 'string' || !/^[a-z]{2,3}$/u.test(record.lang))) {
    return bad(id, `${where} (id ${id}): "lang" must be a language code such as ar or en`);
  }
  return {
    kind: 'text',
    id,
    text: record.text,
    ...(typeof record.date === 'string' ? { date: record.date } : {}),
    ...(typeof record.lang === 'string' ? { lang: record.lang } : {}),
  };
}

function bad(id: string, message: string): Task {
  return { kind: 'error', id, code: 'E_BAD_JSON', message };
}
