/**
 * Arabic actors and blessings after names (src/text/formulas.ts, the pack's `formulas`): a name ends before one, a
 * one-word name after a title is read as a person when one follows it, and «الله» is never a short form. Sentences
 * written for these tests; the names are invented or classical.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic names and blessings', () => {
  it('ends a name before a blessing', () => {
    const a = run('وذكر الخطيب أن عمر بن الخطاب رضي الله عنه كان يحاسب نفسه كل ليلة.');
    expect(find(a, 'عمر بن الخطاب')?.type).toBe('person');
    expect(names(a).some((n) => n.includes('رضي'))).toBe(false);
    const b = run('وكان الملك فهد بن سعود - رحمه الله - قد افتتح الجسر عام 1990.');
    expect(find(b, 'فهد بن سعود')?.type).toBe('person');
    expect(names(b).some((n) => n.includes('رحمه'))).toBe(false);
  });

  it('reads a title and one definite word before a blessing as a titled person', () => {
    const a = run('ويقول الإمام الشافعي رحمه الله إن العلم ما نفع.');
    expect(find(a, 'الشافعي')?.type).toBe('person');
  });

  it('knows the Prophet by his titles, one actor for all of them', () => {
    const a = run('قال رسول الله صلى الله عليه وسلم إن الدين النصيحة. وكان النبي صلى الله عليه وسلم يوصي بالجار.');
    const prophet = find(a, 'رسول الله') ?? find(a, 'النبي');
    expect(prophet?.type).toBe('person');
    expect(a.filter((x) => x.type === 'person')).toHaveLength(1);
  });

  it('false positives: «الله» is never an actor or a short form, and a word after a blessing never joins a title', () => {
    const a = run('قال رسول الله صلى الله عليه وسلم إن الله يحب المحسنين. وذكر أن الله رحيم.');
    expect(names(a)).not.toContain('الله');
    const b = run('وحدث النبي الأمين - صلى الله عليه وسلم - ذات يوم أصحابه عن الصبر.');
    expect(names(b)).not.toContain('ذات');
  });
});
