/**
 * Blessings written after names (src/text/formulas.ts), with the Arabic pack's list. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isFormulaBoundary, withoutFormulas } from '../../src/text/formulas.js';
import { tokenize } from '../../src/text/tokens.js';
import { arabic } from '../../src/lang/ar/index.js';
import { english } from '../../src/lang/en/index.js';

const words = (text: string, asBoundary = false) => withoutFormulas(tokenize(text, arabic.fold), arabic, asBoundary).map((t) => t.text);

describe('withoutFormulas', () => {
  it('takes a blessing out between a name and its verb', () => {
    expect(words('أن النبي صلى الله عليه وسلم قال')).toEqual(['أن', 'النبي', 'قال']);
    expect(words('وأكد عمر بن الخطاب رضي الله عنه أن')).toEqual(['وأكد', 'عمر', 'بن', 'الخطاب', 'أن']);
  });

  it('takes the marks that set it apart with it, when both sides have one', () => {
    expect(words('الملك فهد - حفظه الله - أن')).toEqual(['الملك', 'فهد', 'أن']);
    expect(words('الملك فهد (رحمه الله) قال')).toEqual(['الملك', 'فهد', 'قال']);
    expect(words('آل سعود، حفظه الله، على')).toEqual(['آل', 'سعود', 'على']);
    expect(words('الملك فهد ـ حفظه الله ـ أن')).toEqual(['الملك', 'فهد', 'أن']);
    // (one mark only: it stays, it belongs to the sentence)
    expect(words('توفي الملك فهد، رحمه الله.')).toEqual(['توفي', 'الملك', 'فهد', '،', '.']);
  });

  it('reads a formula after a conjunction, through the pack\'s clitics, and no word that merely ends like one', () => {
    expect(words('الشيخ سالم ورحمه الله كان')).toEqual(['الشيخ', 'سالم', 'كان']);
    expect(words('عرف بحفظه القرآن كاملا')).toEqual(['عرف', 'بحفظه', 'القرآن', 'كاملا']);
  });

  it('reads vocalised and variant spellings through the fold, the longest formula first', () => {
    expect(words('قال النَّبي -صلّى الله عليه وسلّم- ذات يوم')).toEqual(['قال', 'النَّبي', 'ذات', 'يوم']);
    expect(words('الشيخ سالم رحمه الله رحمة واسعة كان')).toEqual(['الشيخ', 'سالم', 'كان']);
  });

  it('with asBoundary, leaves one punctuation token in the formula\'s place', () => {
    const toks = withoutFormulas(tokenize('النبي الأمين - صلى الله عليه وسلم - ذات يوم', arabic.fold), arabic, true);
    expect(toks.map((t) => t.kind)).toEqual(['word', 'word', 'punct', 'word', 'word']);
    expect(isFormulaBoundary(toks[2])).toBe(true);
    expect(isFormulaBoundary(toks[0])).toBe(false);
  });

  it('keeps the same array when there is nothing to take out, and reads nothing in a pack without formulas', () => {
    const toks = tokenize('وقال الوزير إن الحكومة ستعلن القرار', arabic.fold);
    expect(withoutFormulas(toks, arabic)).toBe(toks);
    const en = tokenize('Peace be upon him, he said.', english.fold);
    expect(withoutFormulas(en, english)).toBe(en);
  });

  it('false positives: the words of a formula in other orders or alone stay', () => {
    expect(words('وقال إن الله رحيم بعباده')).toEqual(['وقال', 'إن', 'الله', 'رحيم', 'بعباده']);
    expect(words('حفظ الله البلاد')).toEqual(['حفظ', 'الله', 'البلاد']);
    expect(words('وصلى المصلون على الجنازة')).toEqual(['وصلى', 'المصلون', 'على', 'الجنازة']);
  });

  it('keeps every other token, in order, with its offsets (any text)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('الملك', 'فهد', '-', 'حفظه', 'الله', 'رحمه', '،', 'قال', '(', ')', 'صلى', 'عليه', 'وسلم'), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const all = tokenize(text, arabic.fold);
        for (const asBoundary of [false, true]) {
          const kept = withoutFormulas(all, arabic, asBoundary);
          for (let i = 1; i < kept.length; i++) expect(kept[i].start).toBeGreaterThanOrEqual(kept[i - 1].end);
          for (const t of kept) if (!isFormulaBoundary(t)) expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
    );
  });
});
