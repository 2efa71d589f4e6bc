import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregate,
  headlineCorrect,
  matchActors,
  nameForms,
  normalise,
  prf,
  quoteOverlap,
  scoreArticle,
  scoreDates,
  scoreQuotes,
  speakerCorrect,
  wordTypes,
  type Gold,
  type GoldActor,
  type OutputSummary,
} from '../../eval/score.js';

const actor = (name: string, aliases: string[] = [], key = true, type = 'person'): GoldActor => ({ name, aliases, type, title: null, key });

function gold(partial: Partial<Gold>): Gold {
  return { file: 'x.txt', language: 'en', headline: '', published: null, publishedBasis: null, actors: [], events: [], quotes: [], ...partial };
}

function output(partial: Partial<OutputSummary>): OutputSummary {
  return { headline: '', published: null, actors: [], events: [], quotes: [], ...partial };
}

describe('normalise (SCORING.md)', () => {
  it('removes Arabic diacritics and tatweel and folds hamza forms, alef maqsura and taa marbuta', () => {
    expect(normalise('وَزِيرُ الخارجـــية')).toBe('وزير الخارجيه');
    expect(normalise('أحمد إبراهيم آل ٱلنور')).toBe('احمد ابراهيم ال النور');
    expect(normalise('مصطفى')).toBe('مصطفي');
  });
  it('applies NFKC and lower case', () => {
    expect(normalise('ＵＮ Council')).toBe('un council');
    expect(normalise('ﻻ')).toBe('لا');
  });
  it('turns the listed punctuation into spaces and folds runs of space', () => {
    expect(normalise('«قال»:  (الوزير) - أمس… #ليبيا @الحساب، و؛')).toBe('قال الوزير امس ليبيا الحساب و');
    expect(normalise('“Hello,” she said. \'Yes\'')).toBe('hello she said yes');
  });
  it('keeps symbols that are not punctuation, such as a plus sign', () => {
    expect(normalise('لجنة (4+4)')).toBe('لجنه 4+4');
  });
});

describe('name forms', () => {
  it('drops a leading conjunction, preposition and article from the first Arabic word only', () => {
    const forms = nameForms('وبالمجلس الأعلى');
    for (const form of ['وبالمجلس الاعلي', 'بالمجلس الاعلي', 'المجلس الاعلي', 'مجلس الاعلي']) expect(forms).toContain(form);
    expect(forms).not.toContain('مجلس اعلي');
  });
  it('treats لل as the article after a preposition', () => {
    expect(nameForms('للمحكمة العليا')).toContain('محكمه العليا');
  });
  it('drops a leading "the" in English', () => {
    expect(nameForms('The Treasury')).toEqual(new Set(['the treasury', 'treasury']));
  });
  it('never reduces a word to nothing', () => {
    expect(nameForms('وب')).toEqual(new Set(['وب']));
  });
});

describe('headline', () => {
  it('compares normalised strings', () => {
    expect(headlineCorrect('Minister resigns — “for good”', 'minister resigns for good')).toBe(true);
    expect(headlineCorrect('Minister resigns', 'Minister resigns for good')).toBe(false);
    expect(headlineCorrect('Minister resigns: "for good"', 'minister resigns  for good')).toBe(true);
    expect(headlineCorrect('الوزير يستقيل', null)).toBe(false);
  });
});

describe('actor matching', () => {
  const goldActors = [actor('Maria Lopez', ['Lopez', 'the minister']), actor('Ministry of Finance', ['the ministry'], true, 'organization'), actor('Madrid', [], false, 'location')];

  it('matches through any form of name or alias on either side', () => {
    const m = matchActors(goldActors, [{ name: 'Lopez' }, { name: 'Ministry', aliases: ['The Ministry'] }, { name: 'Madrid' }]);
    expect(m.counts).toEqual({ matched: 3, output: 3, keyMatched: 2, keyGold: 2 });
  });
  it('counts a second output actor for the same gold actor as a false positive (unmerged aliases)', () => {
    const m = matchActors(goldActors, [{ name: 'Maria Lopez' }, { name: 'Lopez' }]);
    expect(m.counts).toEqual({ matched: 1, output: 2, keyMatched: 1, keyGold: 2 });
    expect(m.misses).toContain('unmerged actor: «Lopez» is gold «Maria Lopez», already matched by output «Maria Lopez»');
  });
  it('counts unmatched output actors as false positives and key gold actors as misses', () => {
    const m = matchActors(goldActors, [{ name: 'Carlos Ruiz' }]);
    expect(m.counts).toEqual({ matched: 0, output: 1, keyMatched: 0, keyGold: 2 });
    expect(m.misses).toContain('missed key actor: «Maria Lopez» (person)');
  });
  it('does not let output order cost a match: an actor matching two gold actors yields to the one that matches only one', () => {
    const both = [actor('Hassan Ali', ['Ali']), actor('Ali Hassan Group', ['Ali'], true, 'group')];
    const m = matchActors(both, [{ name: 'Ali' }, { name: 'Hassan Ali' }]);
    expect(m.counts.matched).toBe(2);
  });
  it('prefers covering a key gold actor over a non-key one', () => {
    const m = matchActors([actor('Nile Bank', ['Nile'], false), actor('Nile Authority', ['Nile'], true)], [{ name: 'Nile' }]);
    expect(m.counts).toEqual({ matched: 1, output: 1, keyMatched: 1, keyGold: 1 });
  });
  it('matches Arabic names written with a clitic in the output', () => {
    const m = matchActors([actor('وزارة الصحة', ['الوزارة'])], [{ name: 'لوزارة الصحة' }]);
    expect(m.counts.matched).toBe(1);
  });
});

describe('dates', () => {
  it('needs the same precision: 2020-02 is not 2020-02-01', () => {
    expect(scoreDates(['2020-02'], ['2020-02-01']).counts).toEqual({ tp: 0, output: 1, gold: 1 });
  });
  it('compares multisets and ignores null output dates', () => {
    const { counts, misses } = scoreDates(['2021-03-04', '2021-03-04', '2021-W09'], ['2021-03-04', null, '2021-W09', '2021-W09', '2021']);
    expect(counts).toEqual({ tp: 2, output: 4, gold: 3 });
    expect(misses).toEqual(['false date: 2021-W09', 'false date: 2021', 'missed date: 2021-03-04']);
  });
});

describe('quotes and attribution', () => {
  const g = gold({
    actors: [actor('Maria Lopez', ['Lopez', 'the minister']), actor('Finance Ministry', ['the ministry'], true, 'organization')],
    quotes: [
      { text: 'We will cut the deficit by half before the next election', speaker: 'Maria Lopez' },
      { text: 'the figures are not final', speaker: 'Finance Ministry' },
      { text: 'no comment at this time', speaker: null },
    ],
  });

  it('measures overlap as shared word types over the larger type count', () => {
    expect(quoteOverlap(wordTypes('a b c d'), wordTypes('a b c'))).toBe(0.75);
    expect(quoteOverlap(wordTypes(''), wordTypes('a'))).toBe(0);
  });
  it('matches at overlap 0.7 and not below', () => {
    const ten = 'one two three four five six seven eight nine ten';
    const single = gold({ quotes: [{ text: ten, speaker: null }] });
    expect(scoreQuotes(single, [{ text: 'one two three four five six seven', speaker: null }]).quotes.tp).toBe(1);
    expect(scoreQuotes(single, [{ text: 'one two three four five six', speaker: null }]).quotes.tp).toBe(0);
  });
  it('scores a partial quote that keeps most words, and its speaker through an alias', () => {
    const result = scoreQuotes(g, [{ text: '“We will cut the deficit by half before the election', speaker: 'Lopez' }]);
    expect(result.quotes).toEqual({ tp: 1, output: 1, gold: 3 });
    expect(result.attribution).toEqual({ tp: 1, output: 1, gold: 3 });
  });
  it('lets each gold quote be matched once', () => {
    const q = { text: 'the figures are not final', speaker: 'the ministry' };
    expect(scoreQuotes(g, [q, q]).quotes).toEqual({ tp: 1, output: 2, gold: 3 });
  });
  it('requires null to match null for speakers', () => {
    expect(scoreQuotes(g, [{ text: 'no comment at this time', speaker: null }]).attribution.tp).toBe(1);
    expect(scoreQuotes(g, [{ text: 'no comment at this time', speaker: 'Lopez' }]).attribution.tp).toBe(0);
    expect(scoreQuotes(g, [{ text: 'the figures are not final', speaker: null }]).attribution.tp).toBe(0);
    expect(speakerCorrect(g, 'Maria Lopez', 'Finance Ministry')).toBe(false);
  });
});

describe('scoreArticle and micro-averaging', () => {
  const g = gold({
    headline: 'Talks resume in Geneva',
    published: '2022-05-10',
    actors: [actor('Omar Khalil', ['Khalil']), actor('Geneva', [], false, 'location')],
    events: [{ date: '2022-05-09' }, { date: '2022-04' }],
    quotes: [{ text: 'we are ready to talk', speaker: 'Omar Khalil' }],
  });

  it('scores published only when asked (the date was inferred, not given)', () => {
    const out = output({ headline: 'Talks resume in Geneva', published: '2022-05-11' });
    expect(scoreArticle(g, out, false).published).toBeNull();
    expect(scoreArticle(g, out, true).published).toBe(false);
  });
  it('adds counts over articles before dividing', () => {
    const perfect = scoreArticle(
      g,
      output({ headline: 'Talks resume in Geneva', actors: [{ name: 'Khalil' }], events: [{ date: '2022-05-09' }, { date: '2022-04' }], quotes: [{ text: 'we are ready to talk', speaker: 'Omar Khalil' }] }),
      true,
    );
    const empty = scoreArticle(g, output({ published: '2022-05-10' }), true);
    const f = aggregate([perfect, empty]);
    expect(f.headline).toBe(0.5);
    expect(f.published).toBe(0.5);
    expect(f.actorP).toBe(1);
    expect(f.actorKeyR).toBe(0.5);
    expect(f.dateP).toBe(1);
    expect(f.dateR).toBe(0.5);
    expect(f.quoteF).toBeCloseTo(2 / 3);
    expect(f.attributionF).toBeCloseTo(2 / 3);
  });
  it('treats an empty side as nothing wrong and an article with neither gold nor output quotes as perfect', () => {
    expect(prf({ tp: 0, output: 0, gold: 0 })).toEqual({ p: 1, r: 1, f: 1 });
    expect(prf({ tp: 0, output: 0, gold: 4 })).toEqual({ p: 1, r: 0, f: 0 });
    expect(aggregate([]).published).toBeNull();
  });
});

describe('properties', () => {
  const newsText = fc.string({ unit: fc.constantFrom(...'abc ABC «»“”"\'.,،:؛-…#@()ـًٌَُِّأإآٱاىيةهوفبلك الحكومة'.split('')), maxLength: 40 });

  it('normalising is idempotent and leaves no punctuation or double spaces', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const once = normalise(text);
        expect(normalise(once)).toBe(once);
        expect(once).not.toMatch(/\p{P}| {2}|^ | $/u);
      }),
    );
  });
  it('a name always has its normalised self among its forms, and two equal names always match', () => {
    fc.assert(
      fc.property(newsText, (name) => {
        if (!normalise(name)) return;
        expect(nameForms(name)).toContain(normalise(name));
        expect(matchActors([actor(name)], [{ name }]).counts.matched).toBe(1);
      }),
    );
  });
});
