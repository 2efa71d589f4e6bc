/**
 * The publication date, when --date does not give it. In order of trust:
 *   1. metadata (HTML meta / JSON-LD, Markdown front matter);
 *   2. a date stamp: a line near the top holding only a full date («June 8, 2010», «10/06/2020»),
 *      or a full date inside the dateline («الرياض 25 شوال 1436 هـ واس»);
 *   3. "today" followed by a full date in the lead («وقعت الرابطة اليوم الخميس 8 أكتوبر 2026م», "voted
 *      today, Tuesday, March 3, 2020"): the story says which day its today is; likewise «أمس (الثلاثاء) 4 …»,
 *      «غدا الخميس 6 …» (the day after, the day before), and further down with a weekday that agrees;
 *   4. the date of an embedded post's signature («— Name (@handle) June 10, 2020»), the latest one:
 *      a news story is published on or after the posts it embeds. A weekday named in the lead
 *      («الأربعاء», "on Tuesday") confirms it, or moves it forward to that weekday (within six days).
 * Anything else is too weak: the date stays unknown and relative dates stay unresolved.
 */
import type { Article, Published, Span, TimeExpression } from '../types.js';
import { squash } from '../text/normalise.js';
import { deicticBeforeDate } from './dates.js';

/** How many paragraphs from the top may hold a date stamp. */
const STAMP_WINDOW = 4;
/** A date stamp line holds little besides the date. */
const STAMP_MAX_EXTRA_CHARS = 12;

/** A signature line closing an embedded post: dash, author, (@handle), date. Bounded repeats: linear. */
export const POST_SIGNATURE = /^[\u2014\u2013-]{1,2}\s{0,3}(?<author>[^\n()]{1,80}?)\s{0,3}\((?<handle>@[A-Za-z0-9_]{1,30})\)\s{0,3}(?<date>[^\n]{4,40})$/u;

export function inferPublished(article: Article, times: TimeExpression[]): Published | null {
  if (article.meta.published) {
    return { date: article.meta.published, rule: `metadata:${article.meta.publishedSource ?? 'date'}`, evidence: article.meta.published };
  }
  return fromDateStamp(article, times) ?? fromDateline(article, times) ?? fromTodayInLead(article, times) ?? fromDeicticDateInLead(article, times) ?? fromPostSignature(article, times);
}

function fromDateline(article: Article, times: TimeExpression[]): Published | null {
  const dateSpan = article.dateline?.dateSpan;
  if (!dateSpan) return null;
  const time = times.find((t) => isFullDate(t) && t.span[0] < dateSpan[1] && t.span[1] > dateSpan[0]);
  return time ? { date: time.value!, rule: 'dateline', evidence: time.text } : null;
}

const isFullDate = (t: TimeExpression) => !t.relative && t.value !== null && /^\d{4}-\d{2}-\d{2}$/u.test(t.value);
const inside = (t: TimeExpression, span: Span) => t.span[0] >= span[0] && t.span[1] <= span[1];

/** The span of the date-stamp line, if the top of the article has one (also used to keep it out of events). */
export function findDateStamp(article: Article, times: TimeExpression[]): { line: Span; time: TimeExpression } | null {
  for (const p of article.paragraphs.slice(0, STAMP_WINDOW)) {
    const line: Span = [p.start, p.end];
    const time = times.find((t) => isFullDate(t) && inside(t, line));
    if (!time) continue;
    if (POST_SIGNATURE.test(article.text.slice(p.start, p.end))) continue;
    const extra = squash(article.text.slice(p.start, time.span[0]) + article.text.slice(time.span[1], p.end));
    if (extra.length <= STAMP_MAX_EXTRA_CHARS) return { line, time };
  }
  return null;
}

function fromDateStamp(article: Article, times: TimeExpression[]): Published | null {
  const stamp = findDateStamp(article, times);
  return stamp ? { date: stamp.time.value!, rule: 'date-stamp-line', evidence: stamp.time.text } : null;
}

/** Characters allowed between "today" and its date: spaces, commas, a weekday already inside the expression. */
const TODAY_GAP = /^[\s,،]{0,3}$/u;

function fromTodayInLead(article: Article, times: TimeExpression[]): Published | null {
  const lead = article.paragraphs.find((p) => p.start >= article.bodyStart);
  if (!lead) return null;
  const today = new Set(article.pack.todayWords);
  const inLead = times.filter((t) => t.span[0] >= lead.start && t.span[1] <= lead.end);
  for (let k = 0; k + 1 < inLead.length; k++) {
    const word = inLead[k];
    const firstWord = article.pack.fold(word.text.trim().split(/[\s,،]/u)[0] ?? '');
    if (!word.relative || !today.has(firstWord)) continue;
    const next = inLead[k + 1];
    if (isFullDate(next) && TODAY_GAP.test(article.text.slice(word.span[1], next.span[0]))) {
      return { date: next.value!, rule: 'lead:today+date', evidence: article.text.slice(word.span[0], next.span[1]) };
    }
  }
  return null;
}

/** A first body paragraph this short (a dateline or byline line) lets the next paragraph count as the lead. */
const SHORT_LEAD_CHARS = 100;

/**
 * A full date that the words before it tie to the story's today (in the lead; further down only with a weekday): «اليوم الأربعاء الموافق 5 أغسطس 2015»,
 * «أمس (الثلاثاء) 4 أغسطس 2015» (published the day after), «غدا الخميس 6 أغسطس» (the day before). A weekday named
 * with it must be the date's own weekday, or the date is not taken.
 */
function fromDeicticDateInLead(article: Article, times: TimeExpression[]): Published | null {
  const body = article.paragraphs.filter((p) => p.start >= article.bodyStart);
  const lead = body[0] && body[0].end - body[0].start <= SHORT_LEAD_CHARS ? 2 : 1;
  // One pass over the times (in text order) with a paragraph cursor: linear in a long article.
  let k = 0;
  for (const t of times) {
    while (k < body.length && body[k].end < t.span[1]) k++;
    const p = body[k];
    if (!p) break;
    if (t.span[0] < p.start || t.span[1] > p.end || !isFullDate(t)) continue;
    const digit = t.text.search(/\p{N}/u);
    if (digit < 0) continue;
    const before = article.text.slice(Math.max(p.start, t.span[0] - 120), t.span[0] + digit);
    const said = deicticBeforeDate(article.pack.dates, before);
    if (!said || (said.weekday !== undefined && said.weekday !== utcWeekday(t.value!))) continue;
    // Past the lead only with a weekday that agrees: «وافته المنية عصر أمس الأول السبت (9/ 10/ 1436هـ)».
    if (k >= lead && said.weekday === undefined) continue;
    const date = addDays(t.value!, -said.days);
    return { date, rule: said.days === 0 ? 'lead:today+date' : 'lead:deictic+date', evidence: squash(article.text.slice(Math.max(p.start, t.span[0] - 24), t.span[1])).replace(/^\S*\s/u, '') };
  }
  return null;
}

/** Lines that close an embedded post, with the full date in them. */
export function postSignatures(article: Article, times: TimeExpression[]): { line: Span; author: string; handle: string; time: TimeExpression }[] {
  const out = [];
  for (const p of article.paragraphs) {
    const m = POST_SIGNATURE.exec(article.text.slice(p.start, p.end));
    if (!m?.groups) continue;
    const line: Span = [p.start, p.end];
    const time = times.find((t) => isFullDate(t) && inside(t, line));
    if (time) out.push({ line, author: m.groups.author.trim(), handle: m.groups.handle, time });
  }
  return out;
}

function fromPostSignature(article: Article, times: TimeExpression[]): Published | null {
  const signatures = postSignatures(article, times);
  if (signatures.length === 0) return null;
  const latest = signatures.map((s) => s.time).sort((a, b) => (a.value! < b.value! ? 1 : -1))[0];
  const date = latest.value!;
  const weekday = leadWeekday(article, times);
  if (weekday === null) return { date, rule: 'embedded-post-date', evidence: latest.text };
  const shift = (weekday - utcWeekday(date) + 7) % 7;
  if (shift === 0) return { date, rule: 'embedded-post-date+lead-weekday', evidence: `${latest.text}; ${weekdayText(article, times)}` };
  return { date: addDays(date, shift), rule: 'embedded-post-date→lead-weekday', evidence: `${latest.text}; ${weekdayText(article, times)}` };
}

/** The first weekday named in the lead (the first body paragraph). */
function leadWeekdayExpression(article: Article, times: TimeExpression[]): TimeExpression | null {
  const lead = article.paragraphs.find((p) => p.start >= article.bodyStart);
  if (!lead) return null;
  return times.find((t) => t.weekday !== undefined && inside(t, [lead.start, lead.end])) ?? null;
}

function leadWeekday(article: Article, times: TimeExpression[]): number | null {
  return leadWeekdayExpression(article, times)?.weekday ?? null;
}

function weekdayText(article: Article, times: TimeExpression[]): string {
  return leadWeekdayExpression(article, times)?.text ?? '';
}

export function utcWeekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
