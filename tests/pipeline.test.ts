/**
 * Whole-pipeline invariants on every sample article: output valid against the JSON Schema, every span
 * exact (the text at a mention's span is the mention), every quote speaker an actor, events in date order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { summarise } from '../src/pipeline.js';
import { toJson } from '../src/output.js';
import { loadText } from '../src/text/input.js';
import { periodStart } from '../src/extract/events.js';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'schema/summary.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const samples = readdirSync(join(root, 'samples')).filter((f) => /\.(txt|md|html)$/u.test(f));

describe.each(samples)('sample %s', (file) => {
  const raw = readFileSync(join(root, 'samples', file), 'utf8');

  it('gives schema-valid JSON with exact spans', async () => {
    const loaded = await loadText(raw, { fileName: file });
    if (!loaded.ok) throw new Error(loaded.message);
    const summary = await summarise(raw, { fileName: file, id: file });
    const json = toJson(summary, { explain: true });
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const text = loaded.text;
    for (const a of summary.actors) {
      expect(a.name.length).toBeGreaterThan(0);
      for (const m of a.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    }
    for (const q of summary.quotes) {
      // A quote running over paragraphs joins them, so compare words, not characters.
      const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(words(text.slice(q.span[0], q.span[1]))).toEqual(words(q.text));
      if (q.speaker !== null) expect(summary.actors.map((a) => a.name)).toContain(q.speaker);
    }
    for (const e of summary.events) expect(text.slice(e.span[0], e.span[1])).toBe(e.dateText);
    const starts = summary.events.map((e) => periodStart(e.date ?? ''));
    expect([...starts].sort()).toEqual(starts);
  });
});

it('has samples to check', () => {
  expect(samples.length).toBeGreaterThanOrEqual(4);
});

describe('an Arabic article published in presentation forms', () => {
  it('gives the actors, quotes and dates of the same article in letters', async () => {
    const isolated = new Map<string, string>();
    for (let c = 0xfe70; c <= 0xfefc; c++) {
      const letter = String.fromCharCode(c).normalize('NFKC');
      if (letter.length === 1 && !isolated.has(letter)) isolated.set(letter, String.fromCharCode(c));
    }
    const text = 'وزير النقل يزور الدمام\n\nقال وزير النقل سالم العتيبي إن الوزارة ستفتتح طريقا جديدا في الدمام الأسبوع المقبل. وأضاف العتيبي أن «الطريق يخدم آلاف السائقين».';
    const shaped = [...text].map((c) => isolated.get(c) ?? c).join('');
    const digest = async (t: string) => {
      const out = await summarise(t, { date: '2024-03-05' });
      return { lang: out.language, actors: out.actors.map((a) => a.type), quotes: out.quotes.length, speakers: out.quotes.map((q) => q.speaker !== null), dates: out.events.map((e) => e.date) };
    };
    const plain = await digest(text);
    expect(plain.actors).toContain('person');
    expect(await digest(shaped)).toEqual(plain);
  });
});

describe('languages without a pack', () => {
  it('reads a forced language without a pack with the rules of its script, and says so in a warning', async () => {
    const persian = await summarise('وزیر خارجه ایران به مسکو رفت\n\nوزیر خارجه ایران روز دوشنبه به مسکو رفت و با همتای روسی خود دیدار کرد.\n', { lang: 'fa' });
    expect(persian.language).toBe('fa');
    expect(persian.warnings.some((w) => w.includes("no language pack for 'fa'") && w.includes("'ar' rules"))).toBe(true);
    const french = await summarise('Le gouvernement annonce une réforme\n\nLe ministre a présenté mercredi à Paris une réforme très contestée.\n');
    expect(french.language).toBe('fr');
    expect(french.warnings.some((w) => w.includes("no language pack for 'fr'") && w.includes("'en' rules"))).toBe(true);
  });

  it('gives no such warning for a language with a pack, nor for text too short to tell', async () => {
    expect((await summarise('Minister visits Amman\n\nThe minister arrived in Amman on Monday for talks with officials there.\n')).warnings).toEqual([]);
    expect((await summarise('12 — 14\n\n…\n')).warnings.filter((w) => w.includes('language pack'))).toEqual([]);
  });
});
