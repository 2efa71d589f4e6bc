/**
 * Markdown → article text + metadata. YAML front matter (title, date, lang, author) via the `yaml`
 * package (imported lazily); the body loses its markup line by line: headings lose their #, links keep
 * their words, images and code fences go, block quotes stay as text paragraphs, list items stay as lines.
 * A leading `# Title` is the headline. Output shape as plain text: headline, blank line, paragraphs.
 */
import type { ArticleMeta } from '../types.js';
import { decodeCharacterReferences } from './entities.js';

export interface Extracted {
  text: string;
  meta: ArticleMeta;
  warnings: string[];
}

const FRONT_MATTER = /^---[ \t]*\n/u;

export async function extractMarkdown(source: string): Promise<Extracted> {
  const meta: ArticleMeta = { format: 'markdown' };
  const warnings: string[] = [];
  let body = source;
  if (FRONT_MATTER.test(source)) {
    const end = findFrontMatterEnd(source);
    if (end) {
      await readFrontMatter(source.slice(4, end.start), meta, warnings);
      body = source.slice(end.end);
    }
  }
  // CommonMark reads character references (&amp;, &#1575;) in running text as the characters they name
  const lines = stripMarkup(decodeCharacterReferences(body));
  // A leading level-1 heading is the headline (front matter title wins when both exist).
  let headline = meta.title ?? null;
  if (lines.length && lines[0].heading === 1) {
    const h = lines.shift()!.text;
    if (!headline) {
      headline = h;
      meta.title = h;
      meta.titleSource = 'markdown # heading';
    }
  }
  const paragraphs = lines.map((l) => l.text).filter((t) => t && t !== headline);
  const text = (headline ? `${headline}\n\n` : '') + paragraphs.map((p) => `${p}\n`).join('');
  return { text, meta, warnings };
}

function findFrontMatterEnd(source: string): { start: number; end: number } | null {
  const re = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/gu;
  re.lastIndex = 3;
  const m = re.exec(source);
  if (!m || m.index > 20000) return null;
  return { start: m.index + 1, end: m.index + m[0].length };
}

async function readFrontMatter(yamlText: string, meta: ArticleMeta, warnings: string[]): Promise<void> {
  const { parse } = await import('yaml');
  let data: unknown;
  try {
    data = parse(yamlText, { maxAliasCount: 50 });
  } catch (err) {
    warnings.push(`front matter is not valid YAML (${(err as Error).message.split('\n')[0]}); it was ignored`);
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return;
  const d = data as Record<string, unknown>;
  const title = text(d.title) ?? text(d.headline);
  if (title) {
    meta.title = title;
    meta.titleSource = 'front matter';
  }
  const date = d.date ?? d.published ?? d.pubDate ?? d.publishDate;
  const iso = date instanceof Date ? (Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)) : isoPrefix(text(date));
  if (iso) {
    meta.published = iso;
    meta.publishedSource = 'front matter date';
  }
  const lang = text(d.lang) ?? text(d.language) ?? text(d.locale);
  if (lang) meta.langHint = lang;
  const author = text(d.author) ?? authorList(d.author) ?? authorList(d.authors);
  if (author) meta.byline = author;
  const site = text(d.site) ?? text(d.source) ?? text(d.publisher);
  if (site) meta.siteName = site;
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.replace(/\s+/gu, ' ').trim() : typeof v === 'number' ? String(v) : null;
}

function authorList(v: unknown): string | null {
  if (!Array.isArray(v)) return v && typeof v === 'object' ? text((v as Record<string, unknown>).name) : null;
  const names = v.map((x) => text(x) ?? (x && typeof x === 'object' ? text((x as Record<string, unknown>).name) : null)).filter(Boolean);
  return names.length ? names.join(', ') : null;
}

function isoPrefix(s: string | null): string | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(s) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

interface Line {
  text: string;
  /** Heading level (1–6) when the line was an ATX heading. */
  heading?: number;
}

/**
 * One output line per paragraph: consecutive prose lines join (Markdown soft wraps); headings, list
 * items and block-quote paragraphs each stand alone. Linear: each line is handled once.
 */
export function stripMarkup(body: string): Line[] {
  const out: Line[] = [];
  let para: string[] = [];
  let quote: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (para.length) out.push({ text: inline(para.join(' ')) });
    if (quote.length) out.push({ text: inline(quote.join(' ')) });
    para = [];
    quote = [];
  };
  const rawLines = body.split('\n');
  for (let k = 0; k < rawLines.length; k++) {
    const raw = rawLines[k];
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/u.exec(raw);
    if (fence) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark[1];
      continue;
    }
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})(?:\s+|$)/u.exec(line);
    if (heading) {
      flush();
      // The closing #s of «## Title ##» go; a linear end-anchored strip.
      const title = line.slice(heading[0].length).replace(/(?:^|\s)#+\s*$/u, '');
      out.push({ text: inline(title), heading: heading[1].length });
      continue;
    }
    // Setext heading: a prose line underlined with === or ---.
    if (para.length === 1 && /^\s{0,3}(=+|-+)\s*$/u.test(line)) {
      out.push({ text: inline(para[0]), heading: line.includes('=') ? 1 : 2 });
      para = [];
      continue;
    }
    if (/^\s{0,3}\[[^\]\n]{1,200}\]:\s+\S/u.test(line)) continue; // a link reference definition
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/u.test(line)) {
      flush(); // thematic break
      continue;
    }
    const bq = /^\s{0,3}>\s?(.*)$/u.exec(line);
    if (bq) {
      if (para.length) flush();
      if (!bq[1].trim()) {
        if (quote.length) out.push({ text: inline(quote.join(' ')) });
        quote = [];
      } else quote.push(bq[1].replace(/^(?:>\s?)+/u, ''));
      continue;
    }
    if (quote.length) flush();
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/u.exec(line);
    if (item) {
      flush();
      out.push({ text: inline(item[1]) });
      continue;
    }
    if (/^\s*\|.*\|\s*$/u.test(line)) {
      flush(); // a table row: keep the cells' words, drop the delimiter rows
      if (!/^[\s|:-]+$/u.test(line)) out.push({ text: inline(line.replace(/\|/gu, ' ')) });
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return out.filter((l) => l.text);
}

/** Escaped markup characters are parked in the Private Use Area while the markup is removed. */
const PARK = 0xe000;

/**
 * Inline markup → words: images dropped, links keep their text, code spans keep their content,
 * emphasis markers and HTML tags removed, backslash escapes resolved. Every character class excludes the
 * character that opens its construct, so the scans started at different openers never overlap: each
 * regex stays linear on hostile runs such as 200,000 «[».
 */
export function inline(s: string): string {
  return s
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/gu, (_, ch: string) => String.fromCharCode(PARK + ch.charCodeAt(0)))
    .replace(/!\[[^[\]\n]{0,1000}\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/gu, '')
    .replace(/!\[[^[\]\n]{0,1000}\]\[[^[\]\n]{0,200}\]/gu, '')
    .replace(/\[([^[\]\n]{0,1000})\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/gu, '$1')
    .replace(/\[([^[\]\n]{0,1000})\]\[[^[\]\n]{0,200}\]/gu, '$1')
    .replace(/<(https?:\/\/[^<>\s]{1,2000})>/gu, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>/gu, '')
    .replace(/`([^`\n]{1,1000})`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]{1,1000}?)\1/gu, '$2')
    .replace(/(^|[^\p{L}\p{N}*])[*_](?=\S)([^*_\n]{1,1000}?)[*_](?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/~~([^~\n]{1,1000})~~/gu, '$1')
    .replace(/[\uE000-\uE07F]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK))
    .replace(/\s+/gu, ' ')
    .trim();
}
