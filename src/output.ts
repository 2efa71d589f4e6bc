/**
 * The JSON object of CONTRACT.md (schemaVersion 1) from a Summary. Spans are always included (they are
 * exact offsets into the decoded text); `rule` fields only with `explain`, to keep lines lean.
 */
import type { ErrorCode, ErrorRecord, Summary } from './types.js';

export interface JsonOptions {
  explain?: boolean;
}

export function toJson(summary: Summary, options: JsonOptions = {}): Record<string, unknown> {
  const explain = options.explain === true;
  const rule = (r: string) => (explain ? { rule: r } : {});
  return {
    schemaVersion: 1,
    id: summary.id,
    language: summary.language,
    headline: summary.headline,
    published: summary.published,
    actors: summary.actors.map((a) => ({
      name: a.name,
      type: a.type,
      aliases: a.aliases,
      title: a.title,
      mentions: a.mentions.length,
      salience: Math.round(a.salience * 1000) / 1000,
      spans: a.mentions.map((m) => m.span),
      ...rule(a.rule),
    })),
    events: summary.events.map((e) => ({ date: e.date, dateText: e.dateText, summary: e.summary, actors: e.actors, span: e.span, ...rule(e.rule) })),
    quotes: summary.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      speakerText: q.speakerText,
      kind: q.kind,
      span: q.span,
      ...(q.speakerSpan ? { speakerSpan: q.speakerSpan } : {}),
      ...rule(q.rule),
    })),
    warnings: summary.warnings,
    ...(explain ? { provenance: summary.provenance } : {}),
  };
}

export function errorRecord(id: string, code: ErrorCode, message: string): ErrorRecord {
  return { schemaVersion: 1, id, error: { code, message } };
}
