/**
 * Quality floors: the gold evaluation (SCORING.md, in-process) and ANERcorp must not drop below the figures in
 * eval/floors.json. Raise a floor when a figure improves for good (`npm run eval -- --suggest-floors`).
 * Skips when ../shared (gold and corpora) is not beside the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateSystem, findSharedDir, floorFigures, listGold, newsumOutput, REPO_ROOT, type FloorFigures } from '../../eval/gold.js';
import { anercorpFloorFigures, scoreAnercorp } from '../../eval/anercorp.js';

const floors = JSON.parse(readFileSync(path.join(REPO_ROOT, 'eval/floors.json'), 'utf8')) as Record<string, Record<string, number> | string>;
const shared = findSharedDir();
const guarded = Object.entries(floors).filter((entry): entry is [string, Record<string, number>] => typeof entry[1] === 'object');

describe.skipIf(!shared)('quality floors (eval/floors.json)', () => {
  let figures: FloorFigures = {};

  beforeAll(async () => {
    figures = floorFigures(await evaluateSystem(listGold(shared!), newsumOutput));
    const anercorp = scoreAnercorp(shared!);
    if (anercorp) figures.anercorp = anercorpFloorFigures(anercorp);
  }, 60_000);

  it('guards every set the evaluation measures', () => {
    expect(guarded.map(([set]) => set).sort()).toEqual(Object.keys(figures).sort());
  });

  for (const [set, metrics] of guarded) {
    for (const [metric, floor] of Object.entries(metrics)) {
      it(`${set} ${metric} ≥ ${floor}`, () => {
        const value = figures[set]?.[metric];
        expect(value, `${set} ${metric} was not measured`).toBeTypeOf('number');
        expect(value, `${set} ${metric} dropped below its floor`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});
