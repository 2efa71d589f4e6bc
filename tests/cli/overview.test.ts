import { describe, expect, it, vi, beforeAll, afterAll } from 'vitest';

vi.mock('../../src/pipeline.js', () => import('./fake-engine.js'));
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { runCli, tempDir } from './helpers.js';
import { Overview, renderOverview } from '../../src/cli/overview.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
  const files: Record<string, string> = {
    '1.txt': 'Talks resume\n\n[[Ana Ruiz|person]] met [[Port Ellis Council|organization]]. {{2021-05-04|talks resumed}}',
    '2.txt': 'Council votes\n\n[[ana ruiz|person]] spoke. {{2021-05-04|the vote was held}} {{2021-06-01|the works begin}}',
    '3.txt': 'وزير يزور الميناء\n\nزار [[أحمد سالم|person]] الميناء و[[احمد سالم|person]] قال. {{2021-05-04|زيارة الميناء}}',
    '4.txt': 'Budget\n\n[[Ana Ruiz|person]] presented the budget.',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(tmp.dir, name), text);
  writeFileSync(path.join(tmp.dir, '5.txt'), '');
});
afterAll(() => tmp.cleanup());

describe('--overview', () => {
  it('JSON mode: summaries, then one final {"overview"} object counting articles per folded actor and per date', async () => {
    const r = await runCli(['--json', '--jobs', '1', '--overview', tmp.dir]);
    expect(r.lines).toHaveLength(6);
    const { overview } = r.lines[5] as { overview: { articles: number; failed: number; actors: { name: string; articles: number; spellings: string[] }[]; timeline: { date: string; articles: number }[] } };
    expect(overview.articles).toBe(4);
    expect(overview.failed).toBe(1);
    expect(overview.actors[0]).toMatchObject({ name: 'Ana Ruiz', articles: 3, spellings: ['Ana Ruiz', 'ana ruiz'] });
    // أحمد and احمد fold to one actor, counted once for the one article.
    expect(overview.actors.filter((a) => a.name.endsWith('سالم'))).toEqual([{ name: 'أحمد سالم', type: 'person', articles: 1, spellings: ['أحمد سالم'] }]);
    expect(overview.timeline).toEqual([
      { date: '2021-05-04', articles: 3, events: 3, examples: expect.any(Array) },
      { date: '2021-06-01', articles: 1, events: 1, examples: [{ id: path.join(tmp.dir, '2.txt'), summary: 'the works begin' }] },
    ]);
  });

  it('text mode: a bar per actor and the merged timeline after the articles', async () => {
    const r = await runCli(['--jobs', '1', '--overview', tmp.dir], { stdoutTTY: true, columns: 70, env: { NO_COLOR: '1' } });
    const view = r.stdout.slice(r.stdout.indexOf('Overview of 4 articles (1 failed)'));
    expect(view).toMatch(/Ana Ruiz\s+3 {2}█+ person/u);
    expect(view).toMatch(/2021-05-04\s+3 art\. {2}talks resumed/u);
  });
});

describe('Overview counters', () => {
  it('counts an actor once per article however often it appears, and keeps at most three examples per date', () => {
    const o = new Overview();
    for (let i = 0; i < 5; i++) o.add(`d${i}`, { actors: [{ key: 'person:x', name: 'X', type: 'person' }, { key: 'person:x', name: 'X', type: 'person' }], events: [{ date: '2020-01-01', summary: `e${i}` }] });
    const view = o.toJson();
    expect(view.actors).toEqual([{ name: 'X', type: 'person', articles: 5, spellings: ['X'] }]);
    expect(view.timeline[0]).toMatchObject({ articles: 5, events: 5 });
    expect(view.timeline[0].examples).toHaveLength(3);
  });

  it('aligns columns by display width for Arabic and CJK names', () => {
    const o = new Overview();
    o.add('a', { actors: [{ key: '1', name: 'أحمد سالم', type: 'person' }, { key: '2', name: '東京都', type: 'location' }, { key: '3', name: 'Ana', type: 'person' }], events: [] });
    const text = renderOverview(o.toJson(), { width: 60, measure: stringWidth, sanitize: (s) => s, bold: (s) => s, dim: (s) => s });
    const rows = text.split('\n').filter((l) => l.includes('█'));
    const countColumn = rows.map((l) => stringWidth(l.slice(0, l.indexOf('1  █'))));
    expect(new Set(countColumn).size).toBe(1);
  });
});
