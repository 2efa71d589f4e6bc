/** English known organisations whose names hold a preposition (sentences written for these tests). */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline.js';
import { extractActors } from '../../../src/extract/actors.js';
import { summariseArticle } from '../../../src/pipeline.js';

const actors = (body: string) => extractActors(buildArticle(`Press group warns\n\n${body}`, { format: 'text' }, { lang: 'en', date: '2024-03-05' }));

describe('English organisations named with «Without» or «Sans»', () => {
  it('keeps "Reporters Without Borders" one organisation, not a person "Borders"', () => {
    const list = actors('Reporters Without Borders said 20 journalists were jailed last year. The group called for their release.');
    const rsf = list.find((a) => a.name === 'Reporters Without Borders');
    expect(rsf?.type).toBe('organization');
    expect(list.some((a) => a.name === 'Borders' || a.name === 'Reporters')).toBe(false);
  });
  it('merges the French name of the medical charity with the English one', () => {
    const list = actors('Medecins Sans Frontieres sent a team to the valley. Doctors Without Borders said more help was needed.');
    const forms = (a: { name: string; aliases: string[] }) => [a.name, ...a.aliases];
    const msf = list.filter((a) => forms(a).includes('Doctors Without Borders') || forms(a).includes('Medecins Sans Frontieres'));
    expect(msf).toHaveLength(1);
    expect(msf[0].type).toBe('organization');
  });
  it('credits the group\'s words to the whole name', () => {
    const s = summariseArticle('Press group warns\n\nA spokesman for Reporters Without Borders called the sentence "harsh". "The ruling sends a chilling signal to every reporter," the group said.', { format: 'text' }, { lang: 'en', date: '2024-03-05' });
    expect(s.quotes.map((q) => q.speaker)).toContain('Reporters Without Borders');
    expect(s.quotes.some((q) => q.speaker === 'Borders')).toBe(false);
  });
  it('leaves "without" between other words alone (false positive)', () => {
    const list = actors('Jo Pike left without Tom Reyes on Monday.');
    expect(list.map((a) => a.name)).toEqual(expect.arrayContaining(['Jo Pike', 'Tom Reyes']));
  });
});
