import { describe, expect, it } from 'vitest';
import { english } from '../../../src/lang/en/index.js';
import { describeQuoteExamples } from '../pack-examples.js';

describeQuoteExamples(english);

describe('English speech cues', () => {
  const forms = new Map(english.quotes.speechCues.map((c) => [c.form, c]));
  it('inflect regular verbs and list irregular ones', () => {
    for (const w of ['added', 'argues', 'insisting', 'denied', 'told', 'said', 'quipped']) expect(forms.has(w), w).toBe(true);
    expect(forms.get('adding')).toMatchObject({ role: 'lead-in' });
  });
});
