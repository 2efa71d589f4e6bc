/**
 * A stand-in for src/pipeline.ts in the in-process CLI tests, so they test the command line and not the
 * extraction stages (which other tests cover and which change often). Markers in the test articles
 * drive it: `[[Name|type]]` is an actor, `{{2021-05-04|what happened}}` a dated event, and the word
 * CRASH makes it throw like a buggy stage would.
 */
import type { ArticleMeta, Summary, SummariseOptions } from '../../src/types.js';

export const DEFAULT_TIME_BUDGET_MS = 20_000;

export function summariseArticle(text: string, meta: ArticleMeta, options: SummariseOptions = {}, warnings: string[] = []): Summary {
  if (text.includes('CRASH')) throw new Error('stage exploded');
  const headline = text.split('\n').find((l) => l.trim()) ?? '';
  const actors = [...text.matchAll(/\[\[([^|\]]+)\|(person|organization|location|group)\]\]/gu)].map((m, i) => ({
    name: m[1],
    type: m[2] as 'person',
    aliases: [],
    title: null,
    mentions: [{ span: [m.index!, m.index! + m[0].length] as [number, number], text: m[0], rule: 'fake:marker' }],
    salience: 1 / (i + 1),
    rule: 'fake:marker',
  }));
  const events = [...text.matchAll(/\{\{(\d{4}-\d{2}-\d{2})\|([^}]+)\}\}/gu)].map((m) => ({
    date: m[1],
    dateText: m[1],
    span: [m.index!, m.index! + m[0].length] as [number, number],
    summary: m[2],
    actors: [],
    rule: 'fake:marker',
  }));
  return {
    schemaVersion: 1,
    id: options.id ?? '-',
    language: options.lang ?? (/[\u0600-\u06FF]/u.test(text) ? 'ar' : 'en'),
    headline,
    published: options.date ?? null,
    actors,
    events,
    quotes: [],
    warnings,
    provenance: { headline: 'fake:first-line', published: options.date ? 'option:--date' : null, publishedEvidence: options.date ?? null, format: meta.format },
  };
}

export function buildArticle(): never {
  throw new Error('not used by the CLI');
}

export async function summarise(): Promise<never> {
  throw new Error('not used by the CLI');
}
