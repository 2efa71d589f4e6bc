/**
 * HTML input evaluation on corpora/html_news_pages (saved news pages with the extraction libraries'
 * expected metadata): headline accuracy (normalised equality, SCORING.md) on the Readability pages,
 * publication-date accuracy where the expected metadata has a date, and whether the Arabic CNN page
 * comes out as an Arabic summary with its headline. Runnable standalone: `npx tsx eval/htmlpages.ts`.
 *
 * The Readability expectations are that library's output, not linguistic gold: two of its titles keep a
 * trailing «- Site» or «| Author» segment. newsum removes such segments on purpose, so a headline also
 * counts as correct when it equals the expected title with its trailing « - siteName» / « | byline»
 * removed (and only that segment). Both figures are reported (strict and with that allowance).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalSection, Evaluator } from './types.js';
import { headlineCorrect, normalise } from './score.js';
import { loadBytes } from '../src/text/input.js';
import { summariseArticle } from '../src/pipeline.js';

interface PageRow {
  page: string;
  lang: string;
  siteName: string;
  title: string;
  byline: string;
  publishedTime: string;
}

const ARABIC_PAGE = 'newspaper/html/arabic_article.html';

/** The page's own <title> (the expected headline, with the site's suffix that newsum removes). */
function pageTitle(html: string): string {
  return /<title>([^<]*)<\/title>/iu.exec(html)?.[1] ?? '';
}

function readIndex(dir: string): PageRow[] {
  const [header, ...rows] = readFileSync(path.join(dir, 'index.tsv'), 'utf8').trim().split('\n');
  const cols = header.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    const get = (name: string) => cells[cols.indexOf(name)] ?? '';
    return { page: get('page'), lang: get('lang'), siteName: get('siteName'), title: get('title'), byline: get('byline'), publishedTime: get('publishedTime') };
  });
}

function pageFile(dir: string, page: string): string {
  return page.endsWith('.html') ? path.join(dir, page) : path.join(dir, page, 'source.html');
}

/** The expected title without a trailing « - siteName» or « | byline» segment (see the header comment). */
function withoutSuffix(row: PageRow): string | null {
  for (const tail of [row.siteName, row.byline]) {
    if (!tail) continue;
    const m = new RegExp(`\\s[-|\u2013\u2014]\\s*${escape(tail)}\\s*$`, 'u').exec(row.title);
    if (m) return row.title.slice(0, m.index);
  }
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export const evaluateHtmlPages: Evaluator = async (sharedDir, options) => {
  const dir = path.join(sharedDir, 'corpora', 'html_news_pages');
  if (!existsSync(path.join(dir, 'index.tsv'))) return [];
  const rows = readIndex(dir);
  const misses: string[] = [];
  let readabilityPages = 0;
  let strict = 0;
  let allowed = 0;
  let dated = 0;
  let datesRight = 0;
  let arabicOk = false;
  let bylined = 0;
  let bylinesRight = 0;
  for (const row of rows) {
    const file = pageFile(dir, row.page);
    const loaded = await loadBytes(readFileSync(file), { fileName: file });
    if (!loaded.ok) {
      misses.push(`${row.page}: ${loaded.code} ${loaded.message}`);
      continue;
    }
    const summary = summariseArticle(loaded.text, loaded.meta, { id: row.page }, [...loaded.warnings]);
    if (row.page.startsWith('readability/')) {
      readabilityPages++;
      const exact = headlineCorrect(row.title, summary.headline);
      const suffixless = withoutSuffix(row);
      const ok = exact || (suffixless !== null && normalise(suffixless) === normalise(summary.headline));
      if (exact) strict++;
      if (ok) allowed++;
      if (!ok || (options.verbose && !exact)) misses.push(`headline ${row.page}: got «${summary.headline}» expected «${row.title}»`);
    }
    if (row.byline && row.page.startsWith('readability/')) {
      // Informational: the expected byline (minus «By»/«Par») found in newsum's byline, or the reverse.
      bylined++;
      const want = normalise(row.byline.replace(/^(?:by|par|por)\s+/iu, ''));
      const got = normalise(summary.provenance.byline ?? '');
      if (got && want && (got.includes(want) || want.includes(got))) bylinesRight++;
      else if (options.verbose) misses.push(`byline ${row.page}: got «${summary.provenance.byline ?? ''}» expected «${row.byline}»`);
    }
    if (row.publishedTime) {
      dated++;
      const want = row.publishedTime.slice(0, 10);
      if (summary.published === want) datesRight++;
      else misses.push(`published ${row.page}: got ${summary.published} expected ${want} (${row.publishedTime})`);
    }
    if (row.page === ARABIC_PAGE) {
      const title = normalise(pageTitle(readFileSync(pageFile(dir, row.page), 'utf8')));
      arabicOk = summary.language === 'ar' && summary.headline.length > 0 && title.startsWith(normalise(summary.headline));
      if (!arabicOk) misses.push(`arabic page: language ${summary.language}, headline «${summary.headline}»`);
    }
  }
  const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : null);
  return [
    {
      title: 'HTML pages (html_news_pages): headline and publication date',
      columns: ['pages', 'headline %', 'headline strict %', 'dated pages', 'published %', 'byline %', 'arabic page'],
      rows: [
        {
          system: 'newsum',
          pages: readabilityPages,
          'headline %': pct(allowed, readabilityPages),
          'headline strict %': pct(strict, readabilityPages),
          'dated pages': dated,
          'published %': pct(datesRight, dated),
          'byline %': pct(bylinesRight, bylined),
          'arabic page': arabicOk ? 'ok' : 'wrong',
        },
      ],
      misses,
      notes: [
        'headline % over the 16 Readability pages; "strict" compares with the expected title as is, the other also accepts it without a trailing « - site» / « | author» segment',
        'published % over pages whose expected metadata has publishedTime (date part as written)',
        'byline % (informational) over Readability pages with an expected byline: one contains the other after normalising',
      ],
    } satisfies EvalSection,
  ];
};

// Standalone: print the section as a small table.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
  const verbose = process.argv.includes('-v');
  const sections = await evaluateHtmlPages(shared, { verbose });
  if (sections.length === 0) console.log(`html_news_pages not found under ${shared}: skipped`);
  for (const s of sections) {
    console.log(s.title);
    for (const r of s.rows) console.log(s.columns.map((c) => `${c}: ${r[c]}`).join('  '));
    for (const m of s.misses ?? []) console.log(`  miss: ${m}`);
  }
}
