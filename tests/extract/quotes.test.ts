import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes, pairMarks } from '../../src/extract/quotes.js';
import { arabic } from '../../src/lang/ar/index.js';
import { english } from '../../src/lang/en/index.js';
import type { LanguagePack } from '../../src/lang/pack.js';
import { paragraphs, sentences } from '../../src/text/segment.js';
import { buildArticle } from '../../src/pipeline.js';
import type { Actor, ActorType, Article, Headline, Quote } from '../../src/types.js';

type ActorSpec = { name: string; type: ActorType; aliases?: string[] };

/** An article built from text (no headline unless given) with actors whose mentions are found by string search. */
function setup(pack: LanguagePack, text: string, specs: ActorSpec[] = [], headline: Headline | null = null): { article: Article; actors: Actor[] } {
  const paras = paragraphs(text);
  const article: Article = {
    id: 't', text, lang: pack.code, pack, meta: { format: 'text' }, paragraphs: paras,
    sentences: sentences(text, paras, pack.abbreviations), headline, bodyStart: headline ? headline.span![1] : 0, published: null,
  };
  const actors = specs.map((a): Actor => ({ name: a.name, type: a.type, aliases: a.aliases ?? [], title: null, mentions: [], salience: 0, rule: 'test' }));
  const taken = new Uint8Array(text.length);
  const forms = actors.flatMap((a) => [a.name, ...a.aliases].map((f) => ({ f, a }))).sort((x, y) => y.f.length - x.f.length);
  for (const { f, a } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      if (taken.subarray(at, at + f.length).some((x) => x)) continue;
      taken.fill(1, at, at + f.length);
      a.mentions.push({ span: [at, at + f.length], text: f, rule: 'test' });
    }
  }
  for (const a of actors) a.mentions.sort((x, y) => x.span[0] - y.span[0]);
  return { article, actors };
}

function quotesOf(pack: LanguagePack, text: string, specs: ActorSpec[] = []): Quote[] {
  const { article, actors } = setup(pack, text, specs);
  const quotes = extractQuotes(article, actors);
  // Spans are exact everywhere: the text is the span's slice (multi-paragraph quotes aside).
  for (const q of quotes) if (!q.rule.includes('continued')) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
  for (const q of quotes) if (q.speakerSpan && q.speakerText) expect(text.slice(q.speakerSpan[0], q.speakerSpan[1])).toBe(q.speakerText);
  return quotes;
}

const brief = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker]);

describe('pairing quotation marks', () => {
  const pairs = (t: string) => pairMarks(t, paragraphs(t)).map((s) => [s.how, t.slice(s.start, s.end)]);

  it('pairs guillemets, curly and straight quotes', () => {
    expect(pairs('قال: «نعم» ثم قال “لا” ثم "ربما".')).toEqual([['paired', 'نعم'], ['paired', 'لا'], ['paired', 'ربما']]);
  });
  it('keeps a name quoted inside a quote within the one quote', () => {
    expect(pairs('وقال إن «الحرب ضد «داعش» مستمرة حتى النهاية» أمس.')).toEqual([['paired', 'الحرب ضد «داعش» مستمرة حتى النهاية']]);
  });
  it('pairs reversed marks by their context', () => {
    expect(pairs('He said ”we are ready“ today.')).toEqual([['paired', 'we are ready']]);
    expect(pairs('في مؤتمر»الطاقة والمناخ» أمس.')).toEqual([['paired', 'الطاقة والمناخ']]);
  });
  it('does not take apostrophes for quotes', () => {
    expect(pairs("The minister's plan won't pass, the party's leader said.")).toEqual([]);
    expect(pairs("She called the plan 'reckless' on Monday.")).toEqual([['paired', 'reckless']]);
  });
  it('caps an unclosed quote at its paragraph', () => {
    const t = 'He said: "We will not stop until the end.\nThe vote is on Monday and "nobody" knows the result.';
    expect(pairs(t)).toEqual([['capped', 'We will not stop until the end.'], ['paired', 'nobody']]);
  });
  it('continues a quote into a paragraph that opens with a quotation mark', () => {
    const t = '"We have waited long enough.\n\n"Now is the time to act," she said.';
    const stretches = pairMarks(t, paragraphs(t));
    expect(stretches).toHaveLength(1);
    expect(stretches[0].how).toBe('continued');
  });
  it('takes the words before a stray closing mark back to the sentence start', () => {
    const t = 'وقال: «الوضع صعب». لكن الحل ممكن عبر الحوار». وانتهى الاجتماع.';
    expect(pairs(t)).toEqual([['paired', 'الوضع صعب'], ['stray-close', 'لكن الحل ممكن عبر الحوار']]);
  });
  it('opens a straight mark written against a one-letter proclitic or a tatweel', () => {
    expect(pairs('وقال المدير لـ"الرياض" إن "المعرض يضم جناحي "النخيل" و"الواحة" هذا العام".')).toEqual([
      ['paired', 'الرياض'],
      ['paired', 'المعرض يضم جناحي "النخيل" و"الواحة" هذا العام'],
    ]);
  });
  it('finds marks far apart across many paragraphs without marks (linear)', () => {
    const t = 'سطر بلا علامات.\n'.repeat(50_000) + 'وقال: «انتهى».';
    const started = Date.now();
    expect(pairs(t)).toEqual([['paired', 'انتهى']]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
  it('takes the opening glyph repeated after a short name for its closer', () => {
    expect(pairs('في مدينة « أنقرة « التركية أمس.')).toEqual([['paired', ' أنقرة ']]);
  });
  it('stays linear on hostile input', () => {
    const marks = '"'.repeat(200_000);
    const guillemets = '»'.repeat(100_000) + '«'.repeat(100_000);
    const started = Date.now();
    pairMarks(marks, paragraphs(marks));
    pairMarks(guillemets, paragraphs(guillemets));
    // Generous for a shared, loaded machine; quadratic pairing would take minutes.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('extractQuotes on hostile text', () => {
  it('200,000 quotation marks and a 5 MB line stay fast', () => {
    const started = Date.now();
    quotesOf(english, 'He said "'.repeat(40_000) + '"'.repeat(200_000));
    const line = 'The minister said "the plan works for every family in town" and left. '.repeat(80_000);
    const { article, actors } = setup(english, line);
    const qs = extractQuotes(article, actors);
    expect(qs.length).toBeGreaterThan(0);
    // Generous for a shared machine: quadratic behaviour would take minutes, not seconds.
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 60_000);
  it('an unclosed mark with no speaker is dropped, not capped into a quote', () => {
    expect(quotesOf(english, 'The match in "the northern city went ahead despite the heavy rain and wind.')).toEqual([]);
  });
  it('a short quoted term inside a verb\'s object is not speech', () => {
    expect(quotesOf(arabic, 'وأعلن المتحدث مقتل “قائد الكتيبة” في غارة جوية.')).toEqual([]);
  });
  it('an unclosed mark does not swallow the rest of the article', () => {
    const text = 'Officials said "the talks collapsed on the second day\nThe markets fell sharply after the news.\nTraders expect more losses.';
    const qs = quotesOf(english, text);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('the talks collapsed on the second day');
  });
});

describe('Arabic speakers', () => {
  const mission = { name: 'بعثة الأمم المتحدة في السودان', type: 'organization' as const, aliases: ['البعثة'] };
  const minister = { name: 'خالد العمر', type: 'person' as const, aliases: ['العمر', 'وزير الخارجية خالد العمر'] };
  const envoy = { name: 'سارة الأحمد', type: 'person' as const, aliases: ['الأحمد'] };

  it('attributes statements to the body that issued them', () => {
    const text =
      'وقالت البعثة في بيان إن “المحادثات بين الطرفين تسير بشكل إيجابي”. وذكر البيان أن “الجولة المقبلة ستعقد الشهر المقبل في الخرطوم”. ' +
      'وقال وزير الخارجية خالد العمر إن “الحكومة ملتزمة بالحوار”. وأضاف “لن نقبل بأي تدخل خارجي في الشؤون الداخلية”.';
    expect(brief(quotesOf(arabic, text, [mission, minister]))).toEqual([
      ['المحادثات بين الطرفين تسير بشكل إيجابي', mission.name],
      ['الجولة المقبلة ستعقد الشهر المقبل في الخرطوم', mission.name],
      ['الحكومة ملتزمة بالحوار', minister.name],
      ['لن نقبل بأي تدخل خارجي في الشؤون الداخلية', minister.name],
    ]);
  });
  it('matches the gender of a dropped subject', () => {
    const text = 'وقالت الأحمد إن «الوضع الإنساني يزداد سوءا كل يوم». وقال العمر: «نعمل على فتح الممرات الآمنة فورا». وأضافت «المساعدات لا تصل إلى مستحقيها في الوقت المناسب».';
    const qs = quotesOf(arabic, text, [minister, envoy]);
    expect(qs.map((q) => q.speaker)).toEqual([envoy.name, minister.name, envoy.name]);
    expect(qs[2].speakerText).toBe('وأضافت');
  });
  it('never gives an unnamed source the nearest name', () => {
    const qs = quotesOf(arabic, 'والتقى العمر بالسفير أمس. وقالت مصادر مطلعة إن «الاتفاق بات قريبا جدا من التوقيع».', [minister]);
    expect(qs[0].speaker).toBeNull();
    expect(qs[0].speakerText).toContain('مصادر');
  });
  it('reads the speaker after the quote', () => {
    expect(brief(quotesOf(arabic, '«سنعود إلى طاولة المفاوضات قريبا»، قالت الأحمد للصحفيين.', [envoy]))).toEqual([['سنعود إلى طاولة المفاوضات قريبا', envoy.name]]);
  });
  it('gives a participle lead-in the subject of its sentence', () => {
    const qs = quotesOf(arabic, 'ودافع العمر عن القرار، مشيرا إلى أن «الظروف الأمنية فرضت هذا الإجراء المؤقت».', [minister]);
    expect(qs[0]).toMatchObject({ speaker: minister.name, speakerText: 'مشيرا', kind: 'partial' });
  });
  it('resolves a speaker by name when the actor has no mention there', () => {
    const { article } = setup(arabic, 'وقال الوزير العمر: «الميزانية متوازنة تماما هذا العام».');
    const actor: Actor = { name: 'خالد العمر', type: 'person', aliases: ['الوزير العمر'], title: null, mentions: [], salience: 0, rule: 'test' };
    expect(extractQuotes(article, [actor])[0].speaker).toBe('خالد العمر');
  });
  it('reads a lead-in colon that ends the paragraph before the quote', () => {
    const qs = quotesOf(arabic, 'وقال وزير الخارجية خالد العمر:\n«لن نتراجع عن مواقفنا المعلنة مهما كانت الضغوط».', [minister]);
    expect(brief(qs)).toEqual([['لن نتراجع عن مواقفنا المعلنة مهما كانت الضغوط', minister.name]]);
  });
  it('labels direct and partial quotes', () => {
    const qs = quotesOf(arabic, 'وقال العمر: «الحوار هو الطريق الوحيد للحل». وأكد أن «الحكومة لن تتراجع عن قرارها».', [minister]);
    expect(qs.map((q) => q.kind)).toEqual(['direct', 'partial']);
  });
});

describe('English speakers', () => {
  const chair = { name: 'Maria Lopez', type: 'person' as const, aliases: ['Lopez', 'Ms Lopez'] };
  const rival = { name: 'David Chen', type: 'person' as const, aliases: ['Chen', 'Mr Chen'] };
  const union = { name: 'Teachers Union', type: 'organization' as const, aliases: ['the union'] };

  it('splits a quote around its attribution into two quotes with one speaker', () => {
    const qs = quotesOf(english, '"We are not going anywhere," Lopez said. "This school belongs to the town."', [chair]);
    expect(brief(qs)).toEqual([
      ['We are not going anywhere,', chair.name],
      ['This school belongs to the town.', chair.name],
    ]);
    expect(qs.map((q) => q.kind)).toEqual(['direct', 'direct']);
  });
  it('resolves "he" to the person who last spoke, not a name inside the quote', () => {
    const text = 'David Chen said the vote was unfair. "Maria Lopez knows the count was wrong," he said.';
    expect(quotesOf(english, text, [chair, rival])[0].speaker).toBe(rival.name);
  });
  it('gives "she" to a woman when a man spoke last', () => {
    const text = 'Ms Lopez opened the meeting. Mr Chen said the vote was unfair. "We will appeal the decision," she said.';
    expect(quotesOf(english, text, [chair, rival])[0].speaker).toBe(chair.name);
  });
  it('does not give "he" to an earlier person when the last speaker is a name the actors lack', () => {
    const text = 'David Chen spoke first. Paul Grant, a local farmer, said he was worried. "The river rose faster than ever," he said.';
    const qs = quotesOf(english, text, [rival]);
    expect(qs[0].speaker).toBeNull();
  });
  it('gives "X said that … \\"…\\"" partial quotes to X', () => {
    const qs = quotesOf(english, 'Ms Lopez said that the budget was "the tightest in a decade" and left.', [chair]);
    expect(qs[0]).toMatchObject({ speaker: chair.name, kind: 'partial', speakerText: 'Ms Lopez' });
  });
  it('reads "X told the BBC" and "X added"', () => {
    const text = '"The strike will go ahead," Chen told the BBC. "Nobody wants this," Lopez added.';
    expect(brief(quotesOf(english, text, [chair, rival]))).toEqual([
      ['The strike will go ahead,', rival.name],
      ['Nobody wants this,', chair.name],
    ]);
  });
  it('reads a lead-in ending in a colon', () => {
    expect(quotesOf(english, 'The union said in a statement: "Talks have broken down completely."', [union])[0].speaker).toBe(union.name);
  });
  it('gives a coordinated verb its subject ("X admitted … but argued")', () => {
    const qs = quotesOf(english, 'Mr Chen admitted the plan was late but argued it was "still the best option" for parents.', [rival]);
    expect(qs[0].speaker).toBe(rival.name);
  });
  it('makes a multi-paragraph quote one entry per paragraph, all the speaker\'s', () => {
    const text = 'Lopez spoke first.\n\n"We have waited for years.\n\n"Now the money is finally here," she said.';
    expect(brief(quotesOf(english, text, [chair]))).toEqual([
      ['We have waited for years.', chair.name],
      ['Now the money is finally here,', chair.name],
    ]);
  });
  it('ends a quote carried into the next paragraph where a new sentence opens with a mark', () => {
    const text = 'Lopez spoke first. She said: "We have waited for years.\n\n"Now the money is here. "Nobody can stop us."';
    expect(brief(quotesOf(english, text, [chair]))).toEqual([
      ['We have waited for years.', chair.name],
      ['Now the money is here.', chair.name],
      ['Nobody can stop us.', chair.name],
    ]);
  });
  it('treats a quoted headline fragment as the body speaker\'s words', () => {
    const text = "Chen rejects 'reckless' budget\n\nDavid Chen said the budget was reckless and would hurt families.";
    const headline: Headline = { text: "Chen rejects 'reckless' budget", span: [0, 30], rule: 'test' };
    const { article, actors } = setup(english, text, [rival], headline);
    const qs = extractQuotes(article, actors);
    expect(brief(qs)).toEqual([['reckless', rival.name]]);
  });
  it('gives a headline fragment the body never repeats to the named speaker of the lead sentence', () => {
    const text = "Port deal 'to save jobs'\n\nA new deal will keep the harbour open for a decade, David Chen has said. Workers welcomed it.";
    const headline: Headline = { text: "Port deal 'to save jobs'", span: [0, 24], rule: 'test' };
    const { article, actors } = setup(english, text, [rival], headline);
    expect(brief(extractQuotes(article, actors))).toEqual([['to save jobs', rival.name]]);
  });
  it('keeps such a fragment out when the lead names no speaker (false positive)', () => {
    const text = "Port deal 'to save jobs'\n\nA new deal will keep the harbour open for a decade, a survey suggests. David Chen said he was pleased.";
    const headline: Headline = { text: "Port deal 'to save jobs'", span: [0, 24], rule: 'test' };
    const { article, actors } = setup(english, text, [rival], headline);
    expect(brief(extractQuotes(article, actors))).toEqual([]);
  });
});

describe('speakers the actors lack keep their words as written', () => {
  it('a roundup label before a colon', () => {
    const qs = quotesOf(english, 'Verdicts\n\nJane R. Osei, The Harbour Times: "The challenger finally looked ready for the job."');
    expect(qs[0]).toMatchObject({ speaker: null, speakerText: 'Jane R. Osei', rule: expect.stringContaining('speaker:label') });
  });
  it('not a label: a lower-case lead-in before the colon', () => {
    const qs = quotesOf(english, 'The council met.\n\nThe message was plain: "We will not pay for the new stadium."');
    expect(qs[0]?.rule ?? '').not.toContain('speaker:label');
  });
  it('an unresolved subject right after the quote\'s verb', () => {
    const qs = quotesOf(english, '"The numbers simply do not add up for families," said the narrator of the advert.');
    expect(qs[0]).toMatchObject({ speaker: null, speakerText: 'the narrator of the advert' });
  });
  it('a described subject before the verb', () => {
    const qs = quotesOf(english, '"Nobody expected the vote to pass," the regional weekly wrote on Sunday.');
    expect(qs[0]).toMatchObject({ speakerText: 'the regional weekly' });
  });
  it('an Arabic label names an actor', () => {
    const qs = quotesOf(arabic, 'عنوان\n\nوزير المالية سالم الحربي: «لن نرفع الضرائب على الأسر».', [{ name: 'سالم الحربي', type: 'person', aliases: ['الحربي'] }]);
    expect(brief(qs)).toEqual([['لن نرفع الضرائب على الأسر', 'سالم الحربي']]);
  });
});

describe('unnamed sources keep their affiliation', () => {
  it('«مصدر في الوزارة» is the source as written', () => {
    const qs = quotesOf(arabic, 'وقال مسؤول في وزارة الخارجية إن «الاجتماع سيعقد في موعده المحدد».');
    expect(qs[0]).toMatchObject({ speaker: null, speakerText: 'مسؤول في وزارة الخارجية', rule: expect.stringContaining('speaker:anonymous') });
  });
  it('leaves out the statement the source spoke in', () => {
    const qs = quotesOf(arabic, 'وقال متحدث باسم الجيش في بيان نشرته الوكالة إن «الهدوء عاد إلى المدينة».');
    expect(qs[0].speakerText).toBe('متحدث باسم الجيش');
  });
  it('stops before the reported clause and the quote', () => {
    const qs = quotesOf(arabic, 'وقال مصدر في الوزارة «الاجتماع سيعقد في موعده المحدد».');
    expect(qs[0].speakerText).toBe('مصدر في الوزارة');
  });
});

describe('embedded posts', () => {
  const text =
    'أعلنت الهيئة نتائج الانتخابات مساء الأحد.\n' +
    'تعلن الهيئة العليا للانتخابات أن نسبة المشاركة بلغت 62 في المئة في جميع الدوائر. https://t.co/AbCdEf123 pic.twitter.com/XyZ987\n' +
    '— ElectionBoard (@ElectionBoardX) March 3, 2024\n' +
    'وقال رئيس الهيئة إن النتائج نهائية.';
  it('make a block quote without links, spoken by the account owner', () => {
    const board = { name: 'الهيئة العليا للانتخابات', type: 'organization' as const, aliases: ['الهيئة', 'ElectionBoard', '@ElectionBoardX'] };
    const qs = quotesOf(arabic, text, [board]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'block', speaker: board.name, speakerText: 'ElectionBoard (@ElectionBoardX)' });
    expect(qs[0].text).toBe('تعلن الهيئة العليا للانتخابات أن نسبة المشاركة بلغت 62 في المئة في جميع الدوائر.');
  });
  it('keep the signature as speaker text when no actor owns the account', () => {
    const qs = quotesOf(arabic, text, []);
    expect(qs[0]).toMatchObject({ kind: 'block', speaker: null, speakerText: 'ElectionBoard (@ElectionBoardX)' });
  });
  it('swallow the quotation marks inside them', () => {
    const t = 'Voters are told "turnout is high" across the country. pic.twitter.com/AAA111\n— Board (@BoardX) May 1, 2022';
    const qs = quotesOf(english, t, []);
    expect(qs.map((q) => q.kind)).toEqual(['block']);
  });
});

describe('false positives stay out', () => {
  const cases: [LanguagePack, string, ActorSpec[]][] = [
    [arabic, 'وانضم إلى الاجتماع ممثلون عن «القوات اللبنانية» و«التيار الوطني الحر».', [{ name: 'القوات اللبنانية', type: 'organization' }]],
    [arabic, 'وشارك في مؤتمر «مكافحة الفقر في العالم العربي» وزراء من عشر دول.', []],
    [arabic, 'وأعلن تنظيم «داعش» مسؤوليته عن الهجوم.', []],
    [arabic, 'وتقدمت قوات «الجيش الوطني» نحو المدينة من ثلاثة محاور.', []],
    [english, 'The government\'s "reforms" have divided the country for a decade.', []],
    [english, 'She wrote the book "A Long Way Home" in 2010.', []],
    [english, 'The so-called "peace dividend" never arrived.', []],
    [english, 'The agency launched Operation "Clean Sweep" on Monday.', []],
    [english, "It's the region's first 'smart' city, officials' plans show.", []],
  ];
  for (const [pack, text, specs] of cases) {
    it(text.slice(0, 50), () => {
      expect(quotesOf(pack, text, specs)).toEqual([]);
    });
  }
});

// The seed article: read-only research material; skipped when ../shared is absent.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const seedText = path.join(shared, 'seeds/000_b899b31e321ce09c.txt');
const seedGold = path.join(shared, 'gold/seed-000_b899b31e321ce09c.gold.json');

describe.skipIf(!existsSync(seedText) || !existsSync(seedGold))('the seed article with gold actors', () => {
  it('finds the 8 gold quotes with their speakers', () => {
    const text = readFileSync(seedText, 'utf8');
    const gold = JSON.parse(readFileSync(seedGold, 'utf8')) as { actors: ActorSpec[]; quotes: { text: string; speaker: string | null; kind: string }[] };
    const article = buildArticle(text, { format: 'text' }, { lang: 'ar' });
    const { actors } = setup(arabic, text, gold.actors.map((a) => ({ name: a.name, type: a.type, aliases: a.aliases })));
    const qs = extractQuotes(article, actors);
    expect(qs.map((q) => [q.text, q.speaker, q.kind])).toEqual(gold.quotes.map((q) => [q.text, q.speaker, q.kind]));
  });
});

describe('English speaker words: the words naming the speaker, not the verb', () => {
  const lee = { name: 'Tom Lee', type: 'person' as const, aliases: ['Mr Lee', 'Lee'] };
  const cole = { name: 'Ann Cole', type: 'person' as const, aliases: ['Ms Cole'] };
  const words = (text: string, specs: ActorSpec[]) => quotesOf(english, text, specs).map((q) => [q.text, q.speaker, q.speakerText]);

  it('a possessive speech noun in a clause opened by its pronoun: the pronoun', () => {
    expect(words('Mr Lee spoke on Monday. He repeated his claim that the "count is rigged against us" and left.', [lee])).toEqual([
      ['count is rigged against us', 'Tom Lee', 'He'],
    ]);
  });
  it('a verb joined by "and" after an earlier quote of the sentence: that quote\'s speaker words', () => {
    expect(words('Mr Lee spoke on Monday. He called Ms Cole a "very weak and tired leader" and boasted about how "free" he felt.', [lee, cole])).toEqual([
      ['very weak and tired leader', 'Tom Lee', 'He'],
      ['free', 'Tom Lee', 'He'],
    ]);
  });
  it('a participle continuing an earlier verb: that verb\'s subject', () => {
    expect(words('Mr Lee spoke on Monday. He said the count was over, adding, "We will not appeal the result."', [lee])).toEqual([
      ['We will not appeal the result.', 'Tom Lee', 'He'],
    ]);
  });
  it('"When asked" names nobody: the quote keeps no speaker rather than the last one named', () => {
    expect(words('Ms Cole left early. When asked about the delay, the hall manager was curt: "We are doing what we can with what we have."', [cole])).toEqual([
      ['We are doing what we can with what we have.', null, null],
    ]);
  });
  it('a capitalised function word opening the sentence is not an unknown speaker', () => {
    const qs = quotesOf(english, 'Ms Cole left early. When told the vote was "a done deal and nothing more to discuss," the crowd went home.', [cole]);
    expect(qs.every((q) => q.speakerText !== 'When')).toBe(true);
  });
});

describe('English described subjects', () => {
  it('"the former head of state": a description with "of" names the speaker as written', () => {
    const bennett = { name: 'Laura Bennett', type: 'person' as const, aliases: ['Ms Bennett'] };
    const qs = quotesOf(english, 'Laura Bennett has opposed the plan for weeks, with the former head of state calling it "a slow-motion disaster."', [bennett]);
    expect(qs.map((q) => [q.text, q.speaker, q.speakerText])).toEqual([['a slow-motion disaster.', 'Laura Bennett', 'the former head of state']]);
  });
});

describe('paragraphs run together: a quote continued by a new opening mark', () => {
  const pairs = (t: string) => pairMarks(t, paragraphs(t)).map((s) => [s.how, t.slice(s.start, s.end).trim()]);
  it('ends the earlier quote with its sentence when a mark opens the next sentence', () => {
    expect(pairs('Ms Cole said: "We will build the bridge this year. "Nobody will stop it now."')).toEqual([
      ['capped', 'We will build the bridge this year.'],
      ['paired', 'Nobody will stop it now.'],
    ]);
  });
  it('ends a quote never closed before a later quote of its paragraph with its last sentence', () => {
    expect(pairs('He said: "The ban is silly. "I played in that band for two summers. He added: "The fans are waiting."')).toEqual([
      ['capped', 'The ban is silly.'],
      ['capped', 'I played in that band for two summers.'],
      ['paired', 'The fans are waiting.'],
    ]);
    // (with no sentence end before the later quote, nothing is made up)
    expect(pairs('He said: "the ban on "fair" trade is silly')).toEqual([['paired', 'fair']]);
  });
  it('keeps a quoted word inside a quote and guillemets as they were', () => {
    expect(pairs('He said: "the word "fair" means nothing here" and left.')).toEqual([['paired', 'the word "fair" means nothing here']]);
    expect(pairs('وقال: «هذا واضح. «داعش» انتهى» أمس.')).toEqual([['paired', 'هذا واضح. «داعش» انتهى']]);
  });
  it('gives both parts the speaker', () => {
    const cole = { name: 'Ann Cole', type: 'person' as const, aliases: ['Ms Cole'] };
    expect(brief(quotesOf(english, 'The council met on Monday. Ms Cole said: "We will build the bridge this year. "Nobody will stop it now."', [cole]))).toEqual([
      ['We will build the bridge this year.', 'Ann Cole'],
      ['Nobody will stop it now.', 'Ann Cole'],
    ]);
  });
});

describe('English unnamed sources: the words qualifying the source noun', () => {
  const lee = { name: 'Tom Lee', type: 'person' as const, aliases: ['Mr Lee', 'Lee'] };
  const words = (text: string, specs: ActorSpec[] = []) => quotesOf(english, text, specs).map((q) => [q.speaker, q.speakerText]);

  it('keeps a possessive owner, a party and an adjective before the noun', () => {
    expect(words('The port reopened. Mr Lee\'s spokesman said: "The minister has a clear position."', [lee])).toEqual([[null, "Mr Lee's spokesman"]]);
    expect(words('The port reopened. A Labour spokesman said: "That is simply not true."')).toEqual([[null, 'A Labour spokesman']]);
    expect(words('The port reopened. "It is a good day," a senior official said.')).toEqual([[null, 'a senior official']]);
  });
  it('keeps the affiliation after the noun, before or after the verb', () => {
    expect(words('The port reopened. "We are ready," a spokesman for the harbour board said.')).toEqual([[null, 'a spokesman for the harbour board']]);
    expect(words('The port reopened. "We are ready," said a spokesman for Harbour Rail.')).toEqual([[null, 'a spokesman for Harbour Rail']]);
    expect(words('The port reopened. A spokeswoman at the embassy said: "No comment at this stage."')).toEqual([[null, 'A spokeswoman at the embassy']]);
  });
  it('names an indefinite description as an unnamed source; a definite one refers back (false positive)', () => {
    const qs = quotesOf(english, 'The port reopened. "It was chaos all night," a local shopkeeper said.');
    expect(qs.map((q) => [q.speaker, q.speakerText, q.rule.includes('speaker:anonymous')])).toEqual([[null, 'a local shopkeeper', true]]);
    const back = quotesOf(english, 'Mr Lee spoke first. "It was chaos all night," the former mayor said.', [lee]);
    expect(back.map((q) => [q.speaker, q.rule.includes('speaker:anonymous')])).toEqual([['Tom Lee', false]]);
  });
  it('leaves out a capitalised adverb opening the sentence (false positive)', () => {
    expect(words('The port reopened. Later a spokeswoman said: "Nothing more to add."')).toEqual([[null, 'a spokeswoman']]);
  });
});

describe('English unclosed quotes', () => {
  const hale = { name: 'Tom Hale', type: 'person' as const, aliases: ['Mr Hale'] };
  it('end before a later sentence that reports in the third person («He said that …»)', () => {
    expect(quotesOf(english, 'Mr Hale said: "It would be wrong to say sorry now. He said that police should act sooner. The review ends in May.', [hale]).map((q) => [q.text, q.speaker])).toEqual([
      ['It would be wrong to say sorry now.', 'Tom Hale'],
    ]);
  });
  it('run on through a sentence in the first person (false positive: «He said we would win» is the speaker\'s)', () => {
    expect(quotesOf(english, 'Mr Hale said: "We have waited long enough. He said we would win, and we will.', [hale]).map((q) => q.text)).toEqual([
      'We have waited long enough. He said we would win, and we will.',
    ]);
  });
});
