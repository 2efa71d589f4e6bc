import { describe, expect, it, vi } from 'vitest';

// Record which optional libraries get imported: a plain-text run must not load them (start-up time).
const imported = vi.hoisted(() => new Set<string>());
vi.mock('linkedom', async (importOriginal) => {
  imported.add('linkedom');
  return importOriginal();
});
vi.mock('@mozilla/readability', async (importOriginal) => {
  imported.add('readability');
  return importOriginal();
});
vi.mock('yaml', async (importOriginal) => {
  imported.add('yaml');
  return importOriginal();
});

const { loadBytes, loadText, detectFormat, looksLikeHtml, looksLikeMarkdown, formatFromName, normaliseLineEnds, DEFAULT_MAX_BYTES } = await import('../../src/text/input.js');

const STORY = 'Flood waters recede in the north\n\nRescue teams reached three villages on Monday after the river fell.\nThe governor said roads would reopen within a week.\n';

describe('loadText / loadBytes on plain text', () => {
  it('does not import the HTML or Markdown libraries for plain text', async () => {
    const r = await loadBytes(Buffer.from(STORY, 'utf8'), { fileName: 'story.txt' });
    expect(r.ok).toBe(true);
    expect(imported.size).toBe(0);
  });

  it('normalises CRLF and CR line ends to LF', async () => {
    const r = await loadBytes(Buffer.from('Title\r\n\r\nBody one.\rBody two.\r\n', 'utf8'));
    expect(r).toMatchObject({ ok: true, text: 'Title\n\nBody one.\nBody two.\n' });
    expect(normaliseLineEnds('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('refuses empty and white-space-only input', async () => {
    expect(await loadBytes(new Uint8Array(0))).toMatchObject({ ok: false, code: 'E_EMPTY' });
    expect(await loadBytes(Buffer.from(' \n\t\r\n  ', 'utf8'))).toMatchObject({ ok: false, code: 'E_EMPTY' });
    expect(await loadText('\u200B\u200F\n')).toMatchObject({ ok: false, code: 'E_EMPTY' });
    const r = await loadText('   ');
    if (!r.ok) expect(r.message).toMatch(/white space/u);
  });

  it('refuses input over the size limit', async () => {
    const r = await loadBytes(Buffer.from(STORY), { maxBytes: 10 });
    expect(r).toMatchObject({ ok: false, code: 'E_TOO_LARGE' });
    if (!r.ok) expect(r.message).toMatch(/--max-bytes/u);
    expect(await loadText('x'.repeat(20), { maxBytes: 10 })).toMatchObject({ ok: false, code: 'E_TOO_LARGE' });
    expect(DEFAULT_MAX_BYTES).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  });

  it('passes decoding errors through', async () => {
    expect(await loadBytes(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0))).toMatchObject({ ok: false, code: 'E_BINARY' });
    expect(await loadBytes(Buffer.from('hello'), { encoding: 'no-such-thing' })).toMatchObject({ ok: false, code: 'E_ENCODING' });
  });
});

describe('format detection', () => {
  it('recognises HTML by content, not only by extension', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<!-- saved page -->\n<html lang="en"><p>x</p></html>')).toBe(true);
    expect(looksLikeHtml('<div><p>One</p><p>Two</p><p>Three</p><a href="#">x</a><span>y</span></div>')).toBe(true);
    expect(looksLikeHtml('Officials said the <b>vote</b> was close.')).toBe(false);
    expect(looksLikeHtml(STORY)).toBe(false);
  });

  it('recognises Markdown by front matter or a # title with markup', () => {
    expect(looksLikeMarkdown('---\ntitle: Floods\ndate: 2021-03-04\n---\nBody text.\n')).toBe(true);
    expect(looksLikeMarkdown('# Floods hit the coast\n\nOfficials [said](https://example.org) so.\n')).toBe(true);
    expect(looksLikeMarkdown('# 1 in 5 homes flooded\n\nA plain paragraph only.\n')).toBe(false);
    expect(looksLikeMarkdown(STORY)).toBe(false);
    expect(looksLikeMarkdown('--- breaking ---\nA line.\n')).toBe(false);
  });

  it('takes the extension as a hint and the option as the decision', async () => {
    expect(formatFromName('a/b/story.HTML')).toBe('html');
    expect(formatFromName('notes.md')).toBe('markdown');
    expect(formatFromName('story.txt')).toBeUndefined();
    expect(detectFormat(STORY)).toBe('text');
    const forced = await loadText('<p>Rescue teams reached the villages on Monday, officials said.</p>', { format: 'text' });
    expect(forced).toMatchObject({ ok: true, meta: { format: 'text' } });
  });

  it('loads the HTML libraries only for HTML and yaml only for front matter', async () => {
    imported.clear();
    const html = await loadText('<!doctype html><html lang="en"><head><title>Floods recede</title></head><body><p>Rescue teams reached three villages on Monday after the river fell, the governor said.</p></body></html>');
    expect(html).toMatchObject({ ok: true, meta: { format: 'html', langHint: 'en' } });
    expect(imported.has('linkedom')).toBe(true);
    expect(imported.has('yaml')).toBe(false);
    const md = await loadText('---\ntitle: Floods recede\n---\nRescue teams reached three villages.\n');
    expect(md).toMatchObject({ ok: true, meta: { format: 'markdown', title: 'Floods recede' } });
    expect(imported.has('yaml')).toBe(true);
  });

  it('reports an HTML page without article text as empty', async () => {
    const r = await loadText('<!doctype html><html><head><title></title><script>var x = 1;</script></head><body></body></html>');
    expect(r).toMatchObject({ ok: false, code: 'E_EMPTY' });
  });
});
