/**
 * The project's own sample articles (samples/*.txt with *.gold.json, written for the project and annotated
 * by hand) scored like the shared gold. Rules are not fitted to them: they are the held-out check that the
 * rules generalise. Runnable standalone: npx tsx eval/samples.ts [-v]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalSection, Evaluator } from './types.js';
import { newsumOutput, publishedIsInferred, REPO_ROOT, type GoldEntry } from './gold.js';
import { aggregate, scoreArticle, type ArticleScore, type Gold } from './score.js';

const COLUMNS = ['set', 'n', 'headline', 'published', 'actorP', 'actorKeyR', 'actorF', 'dateF', 'quoteF', 'attributionF'];

export const evaluateSamples: Evaluator = async (_sharedDir, { verbose }) => {
  const dir = path.join(REPO_ROOT, 'samples');
  const byLanguage = new Map<string, ArticleScore[]>();
  const misses: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Gold;
    const inferred = publishedIsInferred(gold.publishedBasis);
    const entry: GoldEntry = {
      group: gold.language === 'ar' ? 'ar' : 'en',
      name: file.replace(/\.gold\.json$/u, ''),
      goldPath: path.join(dir, file),
      articlePath: path.join(REPO_ROOT, gold.file),
      gold,
      date: inferred ? null : gold.published,
      scorePublished: inferred,
    };
    const score = scoreArticle(gold, await newsumOutput(entry), inferred);
    byLanguage.set(gold.language, [...(byLanguage.get(gold.language) ?? []), score]);
    if (verbose) misses.push(...score.misses.map((m) => `${entry.name}: ${m}`));
  }
  const round = (x: number | null | undefined) => (typeof x === 'number' ? Math.round(x * 100) / 100 : null);
  const rows = [...byLanguage].map(([lang, scores]) => {
    const f = aggregate(scores);
    return {
      system: 'newsum',
      set: lang,
      n: scores.length,
      headline: round(f.headline),
      published: round(f.published),
      actorP: round(f.actorP),
      actorKeyR: round(f.actorKeyR),
      actorF: round(f.actorF),
      dateF: round(f.dateF),
      quoteF: round(f.quoteF),
      attributionF: round(f.attributionF),
    };
  });
  const section: EvalSection = {
    title: 'project samples (samples/*.gold.json: written and annotated for the project, held out from tuning)',
    columns: COLUMNS,
    rows,
    misses,
    notes: ['held-out check: rules are not fitted to these articles (one general rule, "today" + a full date in the lead gives the publication date, was prompted by a miss here)'],
  };
  return [section];
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [section] = await evaluateSamples('', { verbose: process.argv.includes('-v') });
  console.log(section.title);
  for (const r of section.rows) console.log(section.columns.map((c) => `${c}=${r[c] ?? 'N/A'}`).join(' '));
  for (const m of section.misses ?? []) console.log('  ' + m);
}
