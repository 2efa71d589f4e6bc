import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { table } from '../../eval/run.js';
import { findSharedDir, REPO_ROOT } from '../../eval/gold.js';

describe('tables', () => {
  it('aligns text left and numbers right, ratio columns with two decimals, missing figures as N/A', () => {
    const lines = table(['set', 'n', 'F'], [['ar', 8, 0.5], ['seed', 1, null]], new Set([2]));
    expect(lines).toEqual(['set   n     F', 'ar    8  0.50', 'seed  1   N/A']);
  });
  it('guesses ratio columns when not told: numbers within [0, 1] with a fraction', () => {
    expect(table(['system', 'P', 'gold'], [['x', 0.25, 12], ['y', 1, 3]])).toEqual(['system     P  gold', 'x       0.25    12', 'y       1.00     3']);
  });
});

describe('npm run eval', () => {
  const shared = findSharedDir();
  it.skipIf(!shared)('runs one section and ends with the summary', async () => {
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, ['eval/run.ts', '--only', 'seed', '--budget', '0'], { cwd: REPO_ROOT });
    const lines = stdout.trimEnd().split('\n');
    expect(lines.at(-4)).toMatch(/^== summary/u);
    expect(lines.at(-3)).toMatch(/^ {2}set +system +n +headline +published +actorF +keyR +dateF +quoteF +attrF$/u);
    expect(lines.at(-2)).toMatch(/^ {2}seed +newsum +1 +\d\.\d\d/u);
    expect(lines.at(-1)).toMatch(/^ {2}total \d+\.\d s$/u);
  }, 120_000);
});
