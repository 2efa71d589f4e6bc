import { describe, expect, it } from 'vitest';
import { arabic } from '../../../src/lang/ar/index.js';
import { describeQuoteExamples } from '../pack-examples.js';

describeQuoteExamples(arabic);

describe('Arabic speech cues', () => {
  const forms = new Map(arabic.quotes.speechCues.map((c) => [c.form, c]));
  it('fold verbs and give feminine and plural forms', () => {
    expect(forms.get(arabic.fold('قالت'))).toMatchObject({ gender: 'f', role: 'verb' });
    expect(forms.get(arabic.fold('أضافوا'))).toMatchObject({ number: 'pl' });
    expect(forms.get(arabic.fold('مؤكدة'))).toMatchObject({ gender: 'f', role: 'lead-in' });
    expect(forms.get(arabic.fold('رأت'))).toMatchObject({ gender: 'f' });
  });
});
