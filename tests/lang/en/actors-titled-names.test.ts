/** English canonical names that keep a title of nobility or knighthood (sentences written for these tests). */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline.js';
import { extractActors } from '../../../src/extract/actors.js';

const actors = (body: string) => extractActors(buildArticle(`Peers debate the bill\n\n${body}`, { format: 'text' }, { lang: 'en', date: '2024-03-05' }));
const named = (body: string, form: string) => actors(body).find((a) => a.name === form || a.aliases.includes(form));

describe('English titled canonical names', () => {
  it('keeps "Lord" with a peer known by one name, the bare name an alias', () => {
    const a = named('Lord Hartwell opened the debate on Monday. Lord Hartwell said the bill was unfair.', 'Lord Hartwell');
    expect(a?.name).toBe('Lord Hartwell');
  });
  it('keeps "Sir" with the whole name the article writes, the plain name and the given name aliases', () => {
    const a = named('Sir Alan Pryce, the chairman, met staff. Sir Alan said the plan would work.', 'Sir Alan Pryce');
    expect(a?.name).toBe('Sir Alan Pryce');
    expect(a?.aliases).toContain('Alan Pryce');
  });
  it('keeps a territorial peerage whole', () => {
    expect(named('Lord Smith of Camden spoke first in the chamber on Tuesday.', 'Lord Smith of Camden')?.name).toBe('Lord Smith of Camden');
  });
  it('leaves Mr, Dr and role titles out of the canonical name (false positives stay out)', () => {
    const a = named('Dr Helen Marsh met Mr Tom Reyes on Monday. Mr Reyes said the talks went well.', 'Tom Reyes');
    expect(a?.name).toBe('Tom Reyes');
    expect(named('Dr Helen Marsh met Mr Tom Reyes on Monday. Mr Reyes said the talks went well.', 'Helen Marsh')?.name).toBe('Helen Marsh');
  });
});

describe('English nationality before a surname', () => {
  it('joins "Swede Berg" and "American Vance" to the full names the article gives', () => {
    const list = actors('Nils Berg beat Tom Vance in the final on Sunday. American Vance said he would be back. Swede Berg was more restrained.');
    const berg = list.find((a) => a.name === 'Nils Berg');
    const vance = list.find((a) => a.name === 'Tom Vance');
    expect(berg?.aliases).toContain('Berg');
    expect(vance?.aliases).toContain('Vance');
    expect(list.some((a) => a.name === 'Swede Berg' || a.name === 'American Vance')).toBe(false);
  });
  it('keeps a nationality before a word the article never writes after a given name (false positive stays out)', () => {
    expect(actors('Fans queued for the Australian Open in Melbourne on Monday.').some((a) => a.name === 'Open')).toBe(false);
  });
});

describe('English trades before a name opening a sentence', () => {
  it('leaves "Goalscorer" and "Singer" out of the name, and a band before "singer" is the band', () => {
    expect(actors('Goalscorer Ana Ruiz added that the win was deserved.').some((a) => a.name === 'Ana Ruiz')).toBe(true);
    const list = actors('Harbour Lights singer Tom Hale was fined on Monday. Singer Tom Hale said he was sorry.');
    expect(list.some((a) => a.name === 'Tom Hale')).toBe(true);
    expect(list.some((a) => a.name.startsWith('Singer'))).toBe(false);
  });
});

describe('English name particles', () => {
  it('keeps "den" and "du" inside a name', () => {
    expect(actors('The project in Delft was led by Pieter den Berg last year, and Pieter den Berg said it went well.').some((a) => a.name === 'Pieter den Berg')).toBe(true);
  });
});

describe('English local and party offices before a name', () => {
  it('leaves "Councillor", "Cllr", "Chairperson" and a plural "Representatives" out of the speaker\'s name', () => {
    const list = actors('Councillor Jo Hale met the residents on Monday. Cllr Tom Baxter was also there. National Chairperson Ann Marsh spoke. The lawmakers, Representatives Ed Vance of Ohio and Tom Reyes, said little.');
    for (const name of ['Jo Hale', 'Tom Baxter', 'Ann Marsh', 'Ed Vance']) expect(list.some((a) => a.name === name)).toBe(true);
    expect(list.some((a) => /^(Councillor|Cllr|National|Representatives) /u.test(a.name))).toBe(false);
  });
  it('keeps a council named as a body (false positive stays out)', () => {
    expect(actors('The Harbour District Council voted on Monday.').some((a) => a.name === 'Harbour District Council')).toBe(true);
  });
});
