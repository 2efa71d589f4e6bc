/** English actors: bodies before roles, plural acronyms, roles written after an article, "X Republic". */
import { describe, expect, it } from 'vitest';
import { articleActors, find, namesAndAliases as names } from '../../helpers/actors.js';

const run = (body: string, headline?: string) => articleActors('en', body, headline).actors;

describe('a lone name before a lower-case role and a personal name is the body the role belongs to', () => {
  it.each([
    ['Harfield boss Tom Brennan was promised transfer funds. Brennan said he was pleased.', 'Harfield'],
    ['The deal was signed on Monday by Quillon chairman Ada Mertens, who said demand was strong.', 'Quillon'],
    ['Velmora chief Anna Skov unveiled the new phone. Skov said it would sell well.', 'Velmora'],
    ['Fans cheered as Dunmore striker Leo Park scored twice in the second half.', 'Dunmore'],
  ])('%s', (text, body) => {
    const actors = run(text);
    expect(find(actors, body)?.type).toBe('organization');
  });

  it.each([
    ['Club captain Tom Brennan said the squad was ready.', 'Club'],
    ['Film director Rosa Lind is to shoot an episode of the series.', 'Film'],
    ['Former boss Tom Brennan said the club had changed.', 'Former'],
    ['Shadow chancellor Ada Mertens attacked the budget.', 'Shadow'],
  ])('not a common noun or a modifier: %s', (text, word) => {
    expect(names(run(text))).not.toContain(word);
  });
});

describe('plural acronyms', () => {
  it('are things of a kind ("PCs", "DVDs"), not organisations', () => {
    const all = names(run('The shop sells PCs, TVs and DVDs, said manager Ann Lee. Sales of PVRs also rose.'));
    for (const w of ['PCs', 'TVs', 'DVDs', 'PVRs']) expect(all).not.toContain(w);
  });

  it('of a role ("MPs") name a group', () => {
    const actors = run('MPs criticised the plan on Tuesday, and Ann Lee said MPs were wrong.');
    expect(find(actors, 'MPs')?.type).toBe('group');
  });
});

describe('a capitalised role after an article', () => {
  it('is no person ("the Ruritanian President, Ivan Petrov,")', () => {
    const actors = run('On Monday the Ruritanian President, Ivan Petrov, signed the law. Petrov said it would work.');
    expect(names(actors)).not.toContain('Ruritanian President');
    expect(find(actors, 'Ivan Petrov')?.aliases).toContain('Petrov');
  });

  it('leaves a body named before the role ("the Bank of Ruritania Governor")', () => {
    const actors = run('The minister met the Bank of Ruritania Governor on Monday.');
    expect(find(actors, 'Bank of Ruritania')?.type).toBe('organization');
  });

  it('keeps a surname that is also a title ("the John Major government")', () => {
    expect(find(run('Critics compared it with the John Major government of the 1990s.'), 'John Major')).toBeDefined();
  });
});

describe('countries named "X Republic"', () => {
  it('are places even where the text also writes "republic" in lower case', () => {
    const actors = run('The Ruritanian Republic, a small state and a former Soviet republic, is using new ballot boxes. The Ruritanian Republic said voting was fair.');
    expect(find(actors, 'Ruritanian Republic')).toBeDefined();
  });
});

describe('a first name alone for the one person it opens', () => {
  it('joins in a quote ("Roy and Steve")', () => {
    const actors = run('The club kept Ray Holt and Dean Farrow on the staff. "It mattered to me that Ray and Dean stay," said Ana Ruiz.');
    expect(find(actors, 'Ray Holt')?.aliases).toContain('Ray');
    expect(find(actors, 'Dean Farrow')?.aliases).toContain('Dean');
  });

  it('joins where a pronoun tells a person ("Anna said she")', () => {
    expect(find(run('Talks with Anna Berg went well. Later, Anna said she was happy.'), 'Anna Berg')?.aliases).toContain('Anna');
  });

  it('stays apart when two people share it', () => {
    const actors = run('Anna Berg and Anna Holm met. "Anna was right," said Tom Hale.');
    expect(find(actors, 'Anna Berg')?.aliases ?? []).not.toContain('Anna');
    expect(find(actors, 'Anna Holm')?.aliases ?? []).not.toContain('Anna');
  });

  it('is no first word of a venue, product or body ("Celtic Park", "Orvane XP")', () => {
    const actors = run('Fans filled Celtic Park on Saturday. "Celtic played well," said Tom Hale. "Orvane XP is fine, but Orvane must do better," he said.');
    expect(find(actors, 'Celtic Park')?.aliases ?? []).not.toContain('Celtic');
  });
});

describe('capitalised adjectives before a noun', () => {
  it('name no one ("Olympic gold", "Western nations", "Catholic leaders")', () => {
    const all = names(run('He lost his Olympic 100m title and missed Olympic gold. Western nations and Catholic leaders were silent after the Asian floods, said Tom Hale.'));
    for (const w of ['Olympic', 'Western', 'Catholic', 'Asian']) expect(all).not.toContain(w);
  });

  it('leave firms ending like adjectives alone ("Sonaptic said")', () => {
    expect(find(run('Sonaptic said sales rose in Japan.'), 'Sonaptic')).toBeDefined();
  });
});

describe('names with "and" closed by their acronym in brackets', () => {
  it.each([
    ['The Securities and Exchange Commission (SEC) said it would act. The SEC declined to comment.', 'Securities and Exchange Commission', 'SEC'],
    ["The ministry's Works and Supply Office (WSO) in Tarvik said it had taken over.", 'Works and Supply Office', 'WSO'],
    ['Research by the Northern Council of Harbour and Waterway Authorities (NCHWA) was criticised. The NCHWA replied.', 'Northern Council of Harbour and Waterway Authorities', 'NCHWA'],
  ])('%s', (text, name, acronym) => {
    expect(find(run(text), name)?.aliases).toContain(acronym);
  });

  it('keep two bodies apart without such an acronym', () => {
    const actors = run('Talks between the Bank of Ruritania and Harbin Group ended on Monday.');
    expect(find(actors, 'Bank of Ruritania')).toBeDefined();
  });
});

describe('shorter forms of a body', () => {
  it('drop only leading words ("Welsh Rugby Union" is not "Welsh Students Rugby Football Union")', () => {
    const actors = run('The Welsh Rugby Union (WRU) cut its funding. The Welsh Students Rugby Football Union said it was a shame. The WRU declined to comment.');
    expect(find(actors, 'Welsh Rugby Union')?.name).not.toBe(find(actors, 'Welsh Students Rugby Football Union')?.name);
  });

  it('still read a leading-word drop as the same body ("Congress" for "US Congress", "Rugby Football Union")', () => {
    expect(find(run('The US Congress voted on Monday. Congress said no.'), 'US Congress')?.aliases).toContain('Congress');
    expect(find(run('The Ruritanian Rugby Football Union met on Monday. The Rugby Football Union said fees would rise.'), 'Ruritanian Rugby Football Union')?.aliases).toContain('Rugby Football Union');
  });
});

describe('pronouns with a verb glued on', () => {
  it('are no names ("I\'m", "I’ve", "We\'re")', () => {
    const all = names(run('"I\'m very excited, and I’ve trained well," said Tom Hale. "We\'re ready. I\'d say we\'ve done enough."'));
    for (const w of ["I'm", 'I’ve', "We're", "I'd"]) expect(all).not.toContain(w);
    expect(all).toContain('Tom Hale');
  });
});

describe('a first name in a quoted term', () => {
  it('is no quote of speech (the "Lindqvist" brand is not "Lindqvist Corps")', () => {
    const actors = run('Lindqvist Corps sued a computer maker on Monday. A deal barred the maker from using the "Lindqvist" brand in music.');
    expect(find(actors, 'Lindqvist Corps')?.aliases ?? []).not.toContain('Lindqvist');
  });
});

describe('sports events', () => {
  it('are things, not actors ("Ruritanian Open", "Grand Slam", "World Series")', () => {
    const all = names(run('Tom Hale won the Ruritanian Open and the Harbour Grand Prix before the Grand Slam, the World Series, the Six Nations and the Triple Crown.'));
    for (const w of ['Ruritanian Open', 'Harbour Grand Prix', 'Grand Slam', 'World Series', 'Six Nations', 'Triple Crown']) expect(all).not.toContain(w);
    expect(all).toContain('Tom Hale');
  });

  it('leave bodies whose name opens with such a word ("Open University")', () => {
    expect(find(run('The Open University said fees would rise.'), 'Open University')).toBeDefined();
  });
});

describe('common nouns written as acronyms', () => {
  it('name no body ("PC", "GDP", "R&B", "R&D", "the FTSE")', () => {
    const all = names(run('The PC market grew as GDP rose, said Tom Hale. Sales of R&B albums fell. The FTSE fell while R&D spending rose.'));
    for (const w of ['PC', 'GDP', 'R&B', 'B', 'R&D', 'D', 'FTSE']) expect(all).not.toContain(w);
    expect(all).toContain('Tom Hale');
  });
});

describe('names with "and" spelled by an acronym the article uses elsewhere', () => {
  it('are one body ("the Securities and Exchange Commission … the SEC")', () => {
    const actors = run('The Securities and Exchange Commission said it would act. The SEC declined to comment further.');
    expect(find(actors, 'Securities and Exchange Commission')?.aliases).toContain('SEC');
    expect(names(actors)).not.toContain('Exchange Commission');
  });

  it('stay two bodies with no such acronym ("the Treasury and Federal Reserve")', () => {
    const actors = run('The Treasury and Federal Reserve acted on Monday. The Fed said rates would rise.');
    expect(names(actors)).not.toContain('Treasury and Federal Reserve');
  });
});

describe('knights and dames by their first name', () => {
  it('"Sir Elton" and "Dame Judi" are the people named in full', () => {
    const actors = run('Sir Elton Hale and Dame Judi Marsh met on Monday. Sir Elton said he was glad. Dame Judi agreed.');
    expect(find(actors, 'Elton Hale')?.aliases).toContain('Sir Elton');
    expect(find(actors, 'Judi Marsh')?.aliases).toContain('Dame Judi');
  });

  it('an honorific between a body\'s role and the name leaves the body apart ("Police Commissioner Sir John Stevens")', () => {
    const actors = run('Harbour Police Commissioner Sir Tom Stevens said crime fell. Sir Tom said more officers were needed.');
    expect(find(actors, 'Harbour Police')?.type).toBe('organization');
    expect(find(actors, 'Tom Stevens')?.aliases).toContain('Sir Tom');
  });
});

describe('nouns of nationality and sports roles before a name', () => {
  it('are titles ("Briton Karl Hale", "Swede Lars Berg", "Sprinter Tom Reed")', () => {
    const actors = run('Briton Karl Hale won ahead of Swede Lars Berg and Scot Ian Moir. Sprinter Tom Reed was third.');
    expect(find(actors, 'Karl Hale')?.title).toBe('Briton');
    expect(find(actors, 'Lars Berg')?.title).toBe('Swede');
    expect(find(actors, 'Ian Moir')?.title).toBe('Scot');
    expect(find(actors, 'Tom Reed')?.title).toBe('Sprinter');
  });

  it('leave a one-word name after them alone ("Finn Larsen" is a person\'s name)', () => {
    expect(find(run('Finn Larsen scored twice. Larsen said it was easy.'), 'Finn Larsen')).toBeDefined();
  });
});

describe('party names', () => {
  it('"the Conservatives" and "the Tories" are one party', () => {
    const actors = run('The Conservatives said taxes would fall. The Tories also promised more police, said Tom Hale.');
    expect(find(actors, 'Conservatives')?.aliases).toContain('Tories');
  });
});

describe('quotes reopened without closing', () => {
  it('a first name in the reopened sentence is still in the quote ("… hard. "Dean has been …")', () => {
    const actors = run('The coach picked Dean Farrow. "Missing the game was hard. "Dean has been playing well and deserved it," said Tom Hale.');
    expect(find(actors, 'Dean Farrow')?.aliases).toContain('Dean');
  });
});

describe('newspaper names', () => {
  it('close with Reporter, Gazette, Tribune, Chronicle ("the Harbour Tribune")', () => {
    expect(find(run('The Harbour Tribune reported the deal on Monday.'), 'Harbour Tribune')?.type).toBe('organization');
  });
});
