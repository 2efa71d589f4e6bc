import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { renderText, wrapText } from '../../src/cli/render.js';
import { safeForTerminal } from '../../src/cli/sanitize.js';
import type { Summary } from '../../src/types.js';

function summary(over: Partial<Summary> = {}): Summary {
  return {
    schemaVersion: 1,
    id: 'x',
    language: 'ar',
    headline: 'وزير الصحة يفتتح مستشفى جديدا',
    published: '2021-03-07',
    actors: [
      { name: 'أحمد سالم', type: 'person', aliases: ['سالم', 'الوزير'], title: 'وزير الصحة', mentions: [{ span: [0, 4], text: 'أحمد', rule: 'r' }, { span: [9, 13], text: 'سالم', rule: 'r' }], salience: 0.8, rule: 'actors:title+name' },
    ],
    events: [{ date: '2021-03-07', dateText: 'يوم الأحد', span: [20, 28], summary: 'افتتح الوزير مستشفى جديدا في وسط المدينة', actors: ['أحمد سالم'], rule: 'dates:weekday' }],
    quotes: [{ text: 'هذا المستشفى سيخدم آلاف المرضى', span: [40, 70], speaker: 'أحمد سالم', speakerText: 'سالم', speakerSpan: [30, 34], kind: 'direct', rule: 'quotes:colon-intro' }],
    warnings: [],
    provenance: { headline: 'headline:first-line', published: 'published:dateline', publishedEvidence: 'الرياض 7 مارس', format: 'text' },
    ...over,
  };
}

const plain = { color: false, explain: false, width: 0 };

describe('renderText', () => {
  it('shows headline, metadata with how the date was found, actors with title/mentions/aliases, timeline and quotes', () => {
    const out = renderText(summary(), '', plain);
    const lines = out.split('\n');
    expect(lines[0]).toBe('وزير الصحة يفتتح مستشفى جديدا');
    expect(lines[1]).toContain('published 2021-03-07 (published:dateline: الرياض 7 مارس)');
    expect(out).toContain('أحمد سالم  person · وزير الصحة · 2 mentions');
    expect(out).toContain('also: سالم | الوزير');
    expect(out).toMatch(/2021-03-07 {2}يوم الأحد\n {14}افتتح الوزير/u);
    expect(out).toContain('“هذا المستشفى سيخدم آلاف المرضى”');
    expect(out).toContain('— أحمد سالم (direct)');
    expect(out).not.toContain('[actors:');
  });

  it('keeps right-to-left text in logical order (never reversed)', () => {
    const out = renderText(summary(), '', plain);
    expect(out).toContain('وزير الصحة');
    expect(out).not.toContain([...'وزير الصحة'].reverse().join(''));
  });

  it('--explain adds each item’s rule and the headline rule', () => {
    const out = renderText(summary(), '', { ...plain, explain: true });
    for (const rule of ['[actors:title+name]', '[dates:weekday]', '[quotes:colon-intro]', 'headline: headline:first-line']) expect(out).toContain(rule);
  });

  it('colours with ANSI codes only when asked', () => {
    expect(renderText(summary(), '', { ...plain, color: true })).toContain('\u001B[');
    expect(renderText(summary(), '', plain)).not.toContain('\u001B[');
  });

  it('strips escapes, control characters and bidi overrides that an article smuggles in', () => {
    const evil = summary({ headline: 'Markets \u001B]8;;http://evil\u0007click\u001B]8;;\u0007 rally\u001B[2J\u0007 \u202Egnp.exe\u202C', actors: [], events: [], quotes: [] });
    const out = renderText(evil, '', plain);
    expect(out.split('\n')[0]).toBe('Markets click rally gnp.exe');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
  });

  it('says so when nothing was found', () => {
    expect(renderText(summary({ actors: [], events: [], quotes: [] }), '', plain)).toContain('no actors, dated events or quotes found');
  });

  it('wraps every line to the terminal width, by display width', () => {
    const long = summary({ quotes: [{ ...summary().quotes[0], text: 'هذا المستشفى سيخدم آلاف المرضى كل عام في المدينة والقرى المجاورة لها وسيضم أقساما جديدة للطوارئ والأطفال' }] });
    for (const width of [40, 60]) {
      const out = renderText(long, '', { ...plain, width });
      for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe('wrapText', () => {
  it('indents continuation lines', () => {
    const out = wrapText('  one two three four five six seven eight nine ten', 20, 4);
    const lines = out.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l.startsWith('    ') && !l.startsWith('     ')).toBe(true);
    expect(lines.join(' ').replace(/\s+/gu, ' ').trim()).toBe('one two three four five six seven eight nine ten');
  });

  it('counts CJK as two columns and Arabic marks as none', () => {
    const cjk = wrapText('東京都 東京都 東京都 東京都', 14, 0);
    for (const l of cjk.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(14);
    expect(cjk.split('\n')).toHaveLength(2);
    const marked = 'مُحَمَّدٌ '.repeat(3).trim(); // 3 words of 4 columns each
    expect(wrapText(marked, 14, 0)).toBe(marked);
  });

  it('cuts a word longer than the line between grapheme clusters', () => {
    const out = wrapText('x'.repeat(25) + ' é́', 10, 0);
    for (const l of out.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(10);
    expect(out.replace(/\n/gu, '')).toContain('x'.repeat(25));
  });

  it('does nothing at width 0 (output to a pipe)', () => {
    expect(wrapText('a '.repeat(200), 0, 4)).toBe('a '.repeat(200));
  });
});

describe('safeForTerminal', () => {
  it('keeps newlines, tabs, Arabic, emoji and CJK', () => {
    const s = 'سطر\tتبويب\n東京 🌍';
    expect(safeForTerminal(s)).toBe(s);
  });
  it('stays linear on hostile input', () => {
    const hostile = '\u001B['.repeat(200_000) + '\u001B]'.repeat(200_000);
    const started = performance.now();
    safeForTerminal(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('wrapText properties', async () => {
  const fc = (await import('fast-check')).default;
  const pieces = ['news', 'وزير', 'الصحة', 'مُحَمَّدٌ', '東京都', '🌍', 'e\u0301t\u00E9', 'x'.repeat(30), 'ابن‌سينا', '—', '"quoted"'];
  it('keeps every word in order and never exceeds the width', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), fc.integer({ min: 20, max: 100 }), fc.integer({ min: 0, max: 8 }), (words, width, indent) => {
        const out = wrapText(words.join(' '), width, indent);
        for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(out.split(/\s+/u).filter(Boolean).join('')).toBe(words.join(''));
      }),
    );
  });

  it('wraps each line of a multi-line item under the indent', () => {
    const out = wrapText('  “first paragraph of a long block quote that goes on\nsecond paragraph”', 30, 3);
    expect(out.split('\n').every((l) => stringWidth(l) <= 30)).toBe(true);
    expect(out).toContain('\n   second paragraph”');
  });

  it('stays fast on a 5 MB unbroken line (Latin and Arabic)', () => {
    const started = performance.now();
    wrapText('x'.repeat(5_000_000), 80, 4);
    wrapText('سلام'.repeat(250_000), 80, 4);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('provenance in the metadata line', () => {
  it('says where the headline came from when it is not the first line', () => {
    const summary = {
      schemaVersion: 1 as const, id: 'p.html', language: 'en', headline: 'Tram extension approved', published: '2026-04-14',
      actors: [], events: [], quotes: [], warnings: [],
      provenance: { headline: 'metadata:og:title', published: 'metadata:json-ld datePublished', publishedEvidence: '2026-04-14', format: 'html' as const },
    };
    const out = renderText(summary, '', { color: false, explain: false, width: 200 });
    expect(out).toContain('headline: og:title');
    expect(out).toContain('published 2026-04-14 (metadata:json-ld datePublished)');
  });
});
