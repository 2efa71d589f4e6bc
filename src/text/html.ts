/**
 * HTML page → article text + metadata. The main text comes from @mozilla/readability over linkedom
 * (both imported lazily by input.ts's dynamic import of this module); the metadata (headline, date,
 * byline, site, language) from the page's own declarations, most reliable first. Embedded tweets are
 * kept as text paragraphs plus a signature line «— Name (@handle) Month D, YYYY», as plain-text
 * articles write them, and recorded in meta.blocks with their span in the output.
 */
import type { ArticleMeta, EmbeddedBlock } from '../types.js';
import { decodeCharacterReferences } from './entities.js';

export interface Extracted {
  text: string;
  meta: ArticleMeta;
  warnings: string[];
}

// The project compiles without the DOM lib: the small DOM surface used here, as linkedom provides it.
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: (DomNode & { replaceChild(a: DomNode, b: DomNode): unknown }) | null;
}
interface El extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}
interface Doc {
  documentElement: El | null;
  body: El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  createElement(tag: string): El;
}
type Node = DomNode;

interface Tweet {
  paragraphs: string[];
  author: string | null;
  handle: string | null;
  date: string | null;
  dateText: string | null;
}

const TWEET_MARK = '\u2063newsum-tweet-';

export async function extractHtml(html: string): Promise<Extracted> {
  // The DOM parser itself is quadratic on very deep nesting (200,000 unclosed <b><i> would take minutes):
  // such a page is read with a linear tag stripper instead.
  const depth = estimatedDepth(html);
  if (depth > MAX_PARSE_DEPTH) return strippedPage(html, `the page nests tags about ${depth} deep`);
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  html = asDocument(html);
  const { document } = parseHTML(html) as unknown as { document: Doc };
  const warnings: string[] = [];
  const { meta, bylineFromJsonLd } = pageMeta(document);
  const tweets = replaceTweets(document);
  let paragraphs: string[] = [];
  const tooComplex = complexity(document);
  if (tooComplex) warnings.push(`${tooComplex}: used all of the page's text instead of finding the article in it`);
  else try {
    const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
    // Readability's byline is the page's author meta or, without one, the byline printed over the article.
    const printed = parsed?.byline ?? null;
    if (parsed?.content) paragraphs = blockTexts(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as Doc);
    // That beats the looser meta we read (article:author is often a profile URL or a template's
    // default); JSON-LD author is per article and stays.
    if (printed && !bylineFromJsonLd && plausibleByline(printed)) meta.byline = squashPageText(printed);
    if (!meta.siteName && parsed?.siteName) meta.siteName = squashPageText(parsed.siteName);
    if (!meta.published && parsed?.publishedTime) setPublished(meta, parsed.publishedTime, 'readability');
    if (!meta.title && parsed?.title) setTitle(meta, parsed.title, 'readability');
  } catch (err) {
    warnings.push(`the article extractor failed (${(err as Error).message}); used the page's text`);
  }
  if (paragraphs.length === 0) paragraphs = blockTexts(parseHTML(html).document as unknown as Doc);
  if (meta.title) meta.title = stripSiteName(meta.title, meta.siteName);
  return assemble(meta, paragraphs, tweets, warnings);
}

/**
 * An HTML fragment (a CMS export, an article body saved on its own: `<div><p>…</p></div>`) as a whole
 * document: the DOM parser otherwise makes the fragment's first element the root and leaves the body empty.
 */
function asDocument(html: string): string {
  return /<(?:html|body)[\s>]/iu.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

/**
 * Readability's cost grows steeply with nesting depth (depth 400 takes seconds, 2,000 minutes) and with
 * size; real news pages stay under depth 30 and a few thousand elements. Past generous caps the page is
 * hostile or broken, and the whole-page text is the safe answer.
 */
const MAX_DEPTH = 80;
const MAX_ELEMENTS = 60_000;

function complexity(doc: Doc): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  let count = 0;
  const stack: Array<[DomNode, number]> = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS) return `the page has more than ${MAX_ELEMENTS} elements`;
    if (depth > MAX_DEPTH) return `the page nests elements more than ${MAX_DEPTH} deep`;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], depth + 1]);
  }
  return null;
}

/** Headline line, blank line, one paragraph per line; tweets expanded where their marker stands. */
function assemble(meta: ArticleMeta, paragraphs: string[], tweets: Tweet[], warnings: string[]): Extracted {
  const lines: string[] = [];
  const blocks: EmbeddedBlock[] = [];
  let text = '';
  const push = (line: string) => {
    if (!line) return;
    lines.push(line);
  };
  const title = meta.title ?? '';
  if (title) text = `${title}\n\n`;
  const titleKey = squashPageText(title).toLowerCase();
  for (const p of paragraphs) {
    if (lines.length === 0 && titleKey && p.toLowerCase() === titleKey) continue; // the <h1> repeated
    const m = p.startsWith(TWEET_MARK) ? /^\u2063newsum-tweet-(\d+)/u.exec(p) : null;
    if (!m) {
      push(p.replace(/\u2063newsum-tweet-\d+\s*/gu, ''));
      continue;
    }
    const tweet = tweets[Number(m[1])];
    if (!tweet) continue;
    // Flush what we have so the block's span can be measured in the final text.
    text += lines.splice(0).map((l) => `${l}\n`).join('');
    const start = text.length;
    for (const tp of tweet.paragraphs) text += `${tp}\n`;
    text += `${signature(tweet)}\n`;
    blocks.push({ span: [start, text.length - 1], kind: 'tweet', author: tweet.author, handle: tweet.handle, date: tweet.date });
  }
  text += lines.map((l) => `${l}\n`).join('');
  if (blocks.length) meta.blocks = blocks;
  if (!title && !text.trim()) warnings.push('the page has no article text');
  return { text, meta, warnings };
}

function signature(t: Tweet): string {
  const who = [t.author, t.handle ? `(@${t.handle})` : null].filter(Boolean).join(' ');
  return `\u2014 ${who}${t.dateText ? ` ${t.dateText}` : ''}`.trimEnd();
}

// ---------------------------------------------------------------- hostile pages

const MAX_PARSE_DEPTH = 3000;
/** Elements that never nest (void) or close themselves when a sibling opens: they add no depth. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', '!doctype']);
const TAG_AT = /<(\/?)([A-Za-z!][A-Za-z0-9:-]{0,30})[^<>]{0,2000}?(\/?)>/uy;

/** An upper estimate of the tag nesting depth, in one linear pass over the markup. */
export function estimatedDepth(html: string): number {
  let depth = 0;
  let max = 0;
  let lower: string | null = null;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    TAG_AT.lastIndex = i;
    const m = TAG_AT.exec(html);
    if (!m) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = m[2].toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !FLAT.has(name)) {
      depth++;
      if (depth > max) max = depth;
      if (name === 'script' || name === 'style') {
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, TAG_AT.lastIndex);
        depth--;
        if (end < 0) break;
        i = html.indexOf('<', end + 2);
        continue;
      }
    }
    i = html.indexOf('<', TAG_AT.lastIndex);
  }
  return max;
}

const BLOCK_TAG = /^(?:p|div|br|h[1-6]|li|tr|td|th|blockquote|section|article|header|footer|ul|ol|table|pre|hr|dd|dt|title)$/u;

/** Text of a page without a DOM: scripts, styles and comments out, block tags → line breaks, entities decoded. */
function strippedPage(html: string, why: string): Extracted {
  const lower = html.toLowerCase();
  let out = '';
  let title = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG_AT.lastIndex = lt;
    const m = TAG_AT.exec(html);
    if (!m) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const name = m[2].toLowerCase();
    i = TAG_AT.lastIndex;
    if (!m[1] && (name === 'script' || name === 'style' || name === 'title')) {
      const end = lower.indexOf(`</${name}`, i);
      if (name === 'title' && !title) title = html.slice(i, end < 0 ? html.length : end);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (BLOCK_TAG.test(name)) out += '\n';
  }
  const decode = decodeCharacterReferences;
  const paragraphs = decode(out).split('\n').map(squashPageText).filter(Boolean);
  const meta: ArticleMeta = { format: 'html' };
  const t = squashPageText(decode(title));
  if (t) setTitle(meta, stripSiteName(t, undefined), 'title');
  return assemble(meta, paragraphs, [], [`${why}: read it without an HTML parser`]);
}

// ---------------------------------------------------------------- metadata

function pageMeta(doc: Doc): { meta: ArticleMeta; bylineFromJsonLd: boolean } {
  const meta: ArticleMeta = { format: 'html' };
  const html = doc.documentElement;
  const lang = html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? metaContent(doc, ['og:locale', 'language', 'content-language']);
  if (lang) meta.langHint = lang.replace('_', '-').trim();
  const ld = jsonLdArticles(doc);
  const title =
    [metaContent(doc, ['og:title']), 'og:title'] as const;
  if (title[0]) setTitle(meta, title[0], title[1]);
  else if (ld.headline) setTitle(meta, ld.headline, 'json-ld headline');
  else {
    const h1 = doc.querySelector('h1');
    const h1Text = h1 ? squashPageText(h1.textContent ?? '') : '';
    if (h1Text) setTitle(meta, h1Text, 'h1');
    else {
      const t = metaContent(doc, ['twitter:title']) ?? squashPageText(doc.querySelector('title')?.textContent ?? '');
      if (t) setTitle(meta, t, 'title');
    }
  }
  const dated: Array<[string | null | undefined, string]> = [
    [ld.datePublished, 'json-ld datePublished'],
    [metaContent(doc, ['article:published_time', 'og:article:published_time']), 'article:published_time'],
    [itemprop(doc, 'datePublished'), 'itemprop datePublished'],
    [metaContent(doc, ['date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'og:published_time', 'article.published', 'cxenseparse:recs:publishtime']), 'meta date'],
    [timeDatetime(doc), 'time datetime'],
  ];
  for (const [value, source] of dated) if (value && setPublished(meta, value, source)) break;
  const byline = ld.author ?? metaContent(doc, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']);
  if (byline && !/^https?:/u.test(byline)) meta.byline = squashPageText(byline);
  const site = metaContent(doc, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']) ?? ld.publisher;
  if (site) meta.siteName = squashPageText(site);
  return { meta, bylineFromJsonLd: ld.author !== undefined };
}

/** A byline names people or an outlet: short, with letters, not a date stamp. */
function plausibleByline(s: string): boolean {
  const t = squashPageText(s);
  return t.length >= 3 && t.length <= 120 && /\p{L}{2}/u.test(t) && !/\d{1,2}:\d{2}/u.test(t);
}

function setTitle(meta: ArticleMeta, value: string, source: string): void {
  const t = squashPageText(value);
  if (!t) return;
  meta.title = t;
  meta.titleSource = source;
}

function setPublished(meta: ArticleMeta, value: string, source: string): boolean {
  const iso = isoDay(value);
  if (!iso) return false;
  meta.published = iso;
  meta.publishedSource = source;
  return true;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day a date string names, in the publisher's own time zone (the date part as written,
 * not converted to UTC: "2015-07-24T00:30+01:00" was published on the 24th where it was written).
 */
export function isoDay(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]|$)/u.exec(v);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![0-9])/u.exec(v);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(v);
  if (m) return monthIndex(m[1]) >= 0 ? validDay(+m[3], monthIndex(m[1]) + 1, +m[2]) : null;
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/u.exec(v);
  if (m) return monthIndex(m[2]) >= 0 ? validDay(+m[3], monthIndex(m[2]) + 1, +m[1]) : null;
  return null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function validDay(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function metaContent(doc: Doc, keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').toLowerCase();
    if (!wanted.has(key)) continue;
    const content = squashPageText(el.getAttribute('content') ?? '');
    if (content) return content;
  }
  return null;
}

function itemprop(doc: Doc, name: string): string | null {
  const el = doc.querySelector(`[itemprop="${name}"]`);
  if (!el) return null;
  return el.getAttribute('content') ?? el.getAttribute('datetime') ?? squashPageText(el.textContent ?? '');
}

function timeDatetime(doc: Doc): string | null {
  const el = doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return el?.getAttribute('datetime') ?? null;
}

interface LdFacts {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /(?:^|[^a-z])(?:news|reportagenews|analysisnews|opinionnews|backgroundnews|)article$|^(?:blogposting|report|webpage)$/iu;

/** The article facts of the page's JSON-LD, preferring objects typed as (News)Article. */
function jsonLdArticles(doc: Doc): LdFacts {
  const found: Array<Record<string, unknown>> = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectLd(JSON.parse(unwrapCdata(script.textContent ?? '')), found, 0);
    } catch {
      // Broken JSON-LD is common; other metadata still applies.
    }
  }
  const typed = found.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && !/^webpage$/iu.test(t)));
  const pool = typed.length ? typed : found.filter((o) => types(o).some((t) => /^webpage$/iu.test(t)));
  const facts: LdFacts = {};
  for (const o of pool) {
    facts.headline ??= str(o.headline) ?? undefined;
    facts.datePublished ??= str(o.datePublished) ?? undefined;
    facts.author ??= names(o.author) ?? undefined;
    facts.publisher ??= names(o.publisher) ?? undefined;
  }
  return facts;
}

/** JSON-LD wrapped in a CDATA section (`<![CDATA[ … ]]>`, sometimes behind `//`), as some CMSs emit it. */
function unwrapCdata(s: string): string {
  const t = s.trim();
  if (!t.startsWith('<![CDATA[') && !t.startsWith('//<![CDATA[')) return t;
  return t.slice(t.indexOf('<![CDATA[') + 9).replace(/(?:\/\/)?\s*\]\]>\s*$/u, '');
}

function collectLd(value: unknown, out: Array<Record<string, unknown>>, depth: number): void {
  if (depth > 6 || out.length > 200 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectLd(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) collectLd(o['@graph'], out, depth + 1);
  if (o.mainEntity) collectLd(o.mainEntity, out, depth + 1);
}

function types(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? squashPageText(v) : null;
}

function names(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v];
  const out = list.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? str((x as Record<string, unknown>).name) : null)).filter((x): x is string => !!x && !/^https?:/u.test(x));
  return out.length ? squashPageText(out.join(', ')) : null;
}

// A separator's spaces are matched from the start of their run only ((?<!\s)): a try from every space of a long
// blank run would take quadratic time.
const TITLE_SEPARATOR = /(?<!\s)\s+(?:[|\-\u2013\u2014:\u00BB\u00AB/\u00B7\u2022]{1,2}|::)\s+/gu;

/**
 * «Headline - Site», «Site | Headline», «Headline | Section | Site»: drop the parts that are the site
 * name, or when the site is unknown a short trailing part after a bar (sites brand with «|»).
 */
export function stripSiteName(title: string, siteName: string | undefined): string {
  const parts = splitTitle(title);
  if (parts.length < 2) return title;
  const site = siteName ? key(siteName) : '';
  const isSite = (p: string) => {
    const k = key(p);
    return !!site && (k === site || k.replace(/\s/gu, '') === site.replace(/\s/gu, '') || (k.length >= 3 && (site.startsWith(k) || k.startsWith(site))));
  };
  let kept = parts;
  if (isSite(kept[kept.length - 1].text)) kept = kept.slice(0, -1);
  else if (isSite(kept[0].text)) kept = kept.slice(1);
  if (kept.length === parts.length && /\|/u.test(parts[parts.length - 1].sep) && wordCount(parts[parts.length - 1].text) <= 4 && wordCount(parts.slice(0, -1).map((p) => p.text).join(' ')) >= 4) {
    kept = parts.slice(0, -1);
  }
  if (kept.length === 0) return title;
  // Rejoin what is kept with the separators as written.
  return kept.map((p, i) => (i === 0 ? p.text : `${p.sep}${p.text}`)).join('').trim();
}

function splitTitle(title: string): Array<{ text: string; sep: string }> {
  const out: Array<{ text: string; sep: string }> = [];
  let last = 0;
  let sep = '';
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    // Hyphen or colon inside a headline («Zimbabwe coup: …») separates a site only when spaced on both sides.
    out.push({ text: title.slice(last, m.index), sep });
    sep = m[0];
    last = m.index! + m[0].length;
  }
  out.push({ text: title.slice(last), sep });
  return out.filter((p) => p.text.trim());
}

function key(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/^www\./u, '').replace(/\.(com|org|net|co\.uk|fr|es|com\.sa)$/u, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

// ---------------------------------------------------------------- tweets

/** Replace each embedded tweet with a marker paragraph Readability keeps; return the tweets' facts. */
function replaceTweets(doc: Doc): Tweet[] {
  const tweets: Tweet[] = [];
  for (const bq of Array.from(doc.querySelectorAll('blockquote.twitter-tweet, blockquote.twitter-video'))) {
    const tweet = readTweet(bq);
    if (!tweet) continue;
    const p = doc.createElement('p');
    // The tweet's own words after the marker give Readability enough text to keep the paragraph.
    p.textContent = `${TWEET_MARK}${tweets.length} ${tweet.paragraphs.join(' ')}`;
    bq.parentNode?.replaceChild(p, bq);
    tweets.push(tweet);
  }
  return tweets;
}

function readTweet(bq: El): Tweet | null {
  const paragraphs = Array.from(bq.querySelectorAll('p')).map((p) => squashPageText(p.textContent ?? '')).filter(Boolean);
  // The signature is the text after the last <p>: «— Name (@handle) <a>June 10, 2020</a>».
  const full = squashPageText(bq.textContent ?? '');
  const lastP = paragraphs.length ? full.lastIndexOf(paragraphs[paragraphs.length - 1]) + paragraphs[paragraphs.length - 1].length : 0;
  const sig = full.slice(Math.max(0, lastP)).replace(/^[\s\u2014\u2013-]+/u, '');
  const m = /^(.*?)\s*\(@(\w{1,30})\)\s*(.*)$/u.exec(sig);
  const links = Array.from(bq.querySelectorAll('a'));
  const dateText = squashPageText(m?.[3] ?? links[links.length - 1]?.textContent ?? '') || null;
  if (paragraphs.length === 0 && !full) return null;
  return {
    paragraphs: paragraphs.length ? paragraphs : [full],
    author: m?.[1] ? squashPageText(m[1]) : null,
    handle: m?.[2] ?? null,
    date: dateText ? isoDay(dateText) : null,
    dateText,
  };
}

// ---------------------------------------------------------------- text

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'TD', 'TH', 'UL', 'BODY', 'CENTER', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'FIGURE', 'FIGCAPTION', 'NAV', 'FOOTER', 'ASIDE', 'HEAD', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH']);

/** The text of the block elements, one entry per paragraph, white space folded. Iterative walk: deep trees cannot overflow the stack. */
export function blockTexts(doc: Doc): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = squashPageText(line);
    if (t) out.push(t);
    line = '';
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  // Stack of [node, exiting] pairs.
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop()!;
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as El).tagName.toUpperCase();
    if (exiting) {
      if (BLOCK.has(tag)) flush();
      continue;
    }
    if (SKIP.has(tag) || (node as El).getAttribute('hidden') !== null || (node as El).getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (BLOCK.has(tag)) flush();
    stack.push([node, true]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  flush();
  return out;
}

/**
 * Fold white space to single spaces, as normalise.squash does, and also the zero-width spaces page templates put
 * between words and around titles (which `\s` does not cover): text of the page itself, not of the article.
 */
function squashPageText(s: string): string {
  return s.replace(/[\s\u00A0\u200B]+/gu, ' ').trim();
}
