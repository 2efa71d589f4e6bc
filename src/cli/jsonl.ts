/**
 * --jsonl-in: standard input is JSON Lines, `{"id","text","date"?,"lang"?}` per line. Each line becomes
 * one task, in order; a line that is not such an object becomes an E_BAD_JSON error task so the output
 * still has one line for it and the batch goes on. Blank lines are skipped (Hadoop and `split` may add
 * them). Lines are read one at a time: input of any length streams through, and a line too long to be a
 * record within --max-bytes is skipped to its end (never held whole) and reported as E_TOO_LARGE.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Task } from './task.js';
import { isIsoDate } from './dates.js';

/**
 * The longest line read as a record, in characters, for texts of at most `maxBytes` bytes: JSON writers that
 * escape every non-ASCII character («\u0627») spell a two-byte Arabic letter in six characters, three per byte.
 */
export function maxLineChars(maxBytes: number): number {
  return 3 * maxBytes + 64 * 1024;
}

export async function* jsonlTasks(stream: NodeJS.ReadableStream, maxBytes = Infinity): AsyncGenerator<Task> {
  let n = 0;
  for await (const line of boundedLines(stream, maxLineChars(maxBytes))) {
    n++;
    if (typeof line !== 'string') {
      yield { kind: 'error', id: '', code: 'E_TOO_LARGE', message: `input line ${n} is longer than ${line.limit} characters, more than a record within --max-bytes ${maxBytes}: split the text, or raise --max-bytes` };
      continue;
    }
    if (line.trim() === '') continue;
    yield parseRecord(line, n);
  }
}

/**
 * The lines of a stream (LF or CRLF), each at most `limit` characters: a longer line is read to its end
 * without being kept, and comes out as `{ limit }`. Memory stays bounded by the limit whatever the input.
 */
export async function* boundedLines(stream: NodeJS.ReadableStream, limit: number): AsyncGenerator<string | { limit: number }> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  const take = (piece: string) => {
    if (tooLong) return;
    length += piece.length;
    if (length > limit) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  const finish = (): string | { limit: number } => {
    const line = tooLong ? { limit } : parts.join('').replace(/\r$/u, '');
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      take(text.slice(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(text.slice(from));
  }
  take(decoder.end());
  if (length > 0 || tooLong) yield finish();
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
