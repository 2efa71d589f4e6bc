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

describe('English pronoun gender from titles', () => {
  const person = (name: string, aliases: string[] = []) => ({ name, aliases, type: 'person' as const, mentions: [], rule: 'test', title: null, key: false }) as never;
  it('reads honorifics and titles of nobility, royalty and religion anywhere before the last word', () => {
    expect(english.quotes.defaultGender(person('Baroness Holt'))).toBe('f');
    expect(english.quotes.defaultGender(person('Ann Holt', ['Labour peer Baroness Holt']))).toBe('f');
    expect(english.quotes.defaultGender(person('Dan Pryce', ['Mr Pryce']))).toBe('m');
    expect(english.quotes.defaultGender(person('Father Reyes'))).toBe('m');
  });
  it('leaves a name with no such title, or a single word, undecided', () => {
    expect(english.quotes.defaultGender(person('Dan Pryce'))).toBe('any');
    expect(english.quotes.defaultGender(person('Queen'))).toBe('any');
  });
});
