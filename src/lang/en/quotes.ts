/**
 * English quote data: speech verbs (every inflection listed by the generator below), participle lead-ins,
 * source markers, words that end a speaker phrase, documents, unnamed sources, pronouns and title nouns.
 */
import type { Gender, QuoteRules, SpeechCue } from '../../extract/quotes.js';
import type { Actor } from '../../types.js';
import { examples, counterExamples } from './quotes-examples.js';

/** Regular speech verbs: base form; the generator adds -s, -ed and -ing (with the e/y spelling rules). */
const REGULAR = [
  'add', 'argue', 'claim', 'state', 'tweet', 'note', 'explain', 'insist', 'warn', 'announce', 'declare', 'ask', 'reply',
  'respond', 'continue', 'conclude', 'admit', 'acknowledge', 'suggest', 'urge', 'call', 'describe', 'dub', 'brand',
  'label', 'accuse', 'complain', 'vow', 'promise', 'predict', 'maintain', 'concede', 'recall', 'remark', 'comment',
  'observe', 'stress', 'emphasise', 'emphasize', 'confirm', 'deny', 'joke', 'quip', 'boast', 'caution', 'lament',
  'testify', 'report', 'post', 'blast', 'slam', 'assert', 'contend', 'counter', 'demand', 'exclaim', 'mutter', 'scoff',
  'shout', 'wonder', 'pledge', 'reiterate', 'recount', 'protest', 'charge', 'allege', 'estimate', 'agree', 'tout',
  'fume', 'retort', 'snap', 'gush', 'muse', 'marvel', 'plead', 'beg', 'scold', 'chide', 'sneer',
  'implore', 'sigh', 'yell', 'scream', 'email', 'whisper', 'grumble', 'mock', 'taunt', 'chant', 'assure', 'reassure',
  'advise', 'inform', 'concur', 'interject', 'opine', 'rant', 'bemoan', 'lambaste', 'clarify', 'posit', 'proclaim', 'brag',
  'gloat', 'murmur', 'stammer', 'sob', 'reason', 'remind', 'repeat', 'answer', 'chime',
  // «he speculated that …», «when he talks of …», «compared the president to a duck, "…"»
  'speculate', 'talk', 'compare',
  // Verbs judging someone, whose quoted words are the subject's: «criticized X for "…"», «praised X as "…"».
  'criticize', 'criticise', 'praise', 'condemn', 'thank', 'applaud', 'hail', 'denounce', 'decry', 'deride', 'ridicule',
  // «dismissed the figures as "…"»
  'dismiss',
  // «referred to her as "…"»
  'refer',
];
/** Verbs whose present and bare forms are mostly nouns («in question», «a query»): only the past form reports speech. */
const PAST_ONLY: Record<string, string> = { questioned: 'question', queried: 'query' };
/** Irregular verbs: every form. */
const IRREGULAR = ['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'writing', 'written', 'labeled', 'labeling'];
/** Participles that continue the subject's clause: «…, adding "…"». */
const LEAD_INS = ['adding', 'saying', 'noting', 'arguing', 'insisting', 'warning', 'declaring', 'describing', 'calling', 'explaining', 'stressing', 'telling', 'writing', 'claiming', 'urging'];

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = /^(dub|slam|quip|admit|label|stress|brag|sob|snap|beg|refer)$/u.test(base) && !base.endsWith('ss') ? base + base.slice(-1) : base;
  if (base.endsWith('y') && !/[aeiou]y$/u.test(base)) {
    const b = base.slice(0, -1);
    return [base, b + 'ies', b + 'ied', base + 'ing'];
  }
  return [base, base.endsWith('s') || base.endsWith('sh') ? base + 'es' : base + 's', (base.endsWith('e') ? base : doubled) + (base.endsWith('e') ? 'd' : 'ed'), (base.endsWith('e') ? stem : doubled) + 'ing'];
}

/** Verbs whose next noun phrase is their object ("called Clinton a liar", "told reporters"): never "said X" inversion. */
const TAKES_OBJECT = new Set([
  'call', 'describe', 'dub', 'brand', 'label', 'accuse', 'urge', 'tell', 'remind', 'inform', 'advise', 'assure', 'reassure',
  'mock', 'taunt', 'scold', 'chide', 'beg', 'implore', 'lambaste', 'blast', 'slam', 'charge', 'ask', 'answer', 'email', 'post', 'tweet',
  'criticize', 'criticise', 'praise', 'condemn', 'thank', 'applaud', 'hail', 'denounce', 'decry', 'deride', 'ridicule', 'refer',
  'compare', 'dismiss', 'question', 'query',
]);

/** Verbs of answering: after a quoted question («"…?" X replied») they answer it; X did not ask it. */
const ANSWERS = new Set(['reply', 'respond', 'retort', 'counter', 'answer']);

function cues(): SpeechCue[] {
  const out = new Map<string, SpeechCue>();
  const add = (w: string, base: string) => {
    // An -ing form is a participle continuing its clause («…, musing why …», «Trump is saying»), not a finite verb.
    const role = w.endsWith('ing') ? 'lead-in' : 'verb';
    // The bare form may be a noun («the Hale comment», «a Reuters report»).
    const bare = w === base && REGULAR.includes(base);
    out.set(w, { form: w, role, gender: 'any', number: 'any', ...(TAKES_OBJECT.has(base) ? { takesObject: true } : {}), ...(ANSWERS.has(base) ? { answers: true } : {}), ...(bare ? { bare: true } : {}) });
  };
  for (const base of REGULAR) for (const w of inflect(base)) add(w, base);
  for (const w of IRREGULAR) add(w, /^tel|^tol/u.test(w) ? 'tell' : w.startsWith('label') ? 'label' : w);
  for (const w of LEAD_INS) add(w, w);
  for (const [w, base] of Object.entries(PAST_ONLY)) add(w, base);
  return [...out.values()];
}

/** Honorifics and titles of nobility, royalty and religion that say a person's sex («Baroness Hale», «Father Reyes»). */
const MALE_TITLES = new Set(['Mr', 'Mr.', 'Sir', 'Lord', 'Baron', 'Viscount', 'Earl', 'Duke', 'Prince', 'King', 'Father', 'Brother', 'Archbishop', 'Cardinal', 'Pope', 'Sheikh', 'Rabbi']);
const FEMALE_TITLES = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Lady', 'Dame', 'Baroness', 'Viscountess', 'Countess', 'Duchess', 'Princess', 'Queen', 'Sister', 'Madam', 'Madame']);
/** A title word before the last word of a name form: «Mr Roe», «Labour peer Baroness Hale». */
const hasTitle = (form: string, titles: ReadonlySet<string>): boolean => form.split(' ').slice(0, -1).some((w) => titles.has(w));

/** A person written «Mr …» is a man, «Ms/Mrs …» a woman: what "he" and "she" can refer to. */
function genderFromHonorifics(actor: Actor): Gender {
  if (actor.type !== 'person') return 'any';
  const forms = [actor.name, ...actor.aliases, ...actor.mentions.map((m) => m.text)];
  const male = forms.some((f) => hasTitle(f, MALE_TITLES));
  const female = forms.some((f) => hasTitle(f, FEMALE_TITLES));
  return male === female ? 'any' : male ? 'm' : 'f';
}

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

const IRREGULAR_PARTICIPLES = new Set(words('led held made told won hit set put brought bought caught taught sought fought thought found built sent spent read heard run met shot struck'));

/**
 * Head nouns of a definite description of a person («said the Old Trafford boss», «the 23-year-old added», «said the
 * Scot»): roles, trades, sports positions and nationality nouns; an age ("-year-old") too.
 */
const PERSON_HEADS = new Set(
  words(
    'boss manager coach captain skipper leader minister chancellor secretary president premier chairman chairwoman chief director executive ' +
      'founder owner head star striker midfielder defender goalkeeper keeper winger forward fly-half scrum-half centre hooker prop flanker lock full-back ' +
      'player batsman bowler sprinter runner athlete champion seed veteran teenager youngster singer actor actress rapper musician star frontman ' +
      'guitarist drummer producer presenter host author writer novelist comedian editor tester professor scientist doctor officer commissioner ' +
      'mayor governor senator congressman congresswoman mp peer judge entrepreneur tycoon billionaire businessman businesswoman designer ' +
      'american briton scot welshman irishman englishman frenchman dutchman spaniard australian german italian russian argentine brazilian ' +
      'croat serb swede dane norwegian kenyan ethiopian nigerian canadian belgian chinese japanese',
  ),
);
const isPersonHead = (fold: string): boolean => PERSON_HEADS.has(fold) || fold.endsWith('-year-old');
/** Unnamed sources that are several people: regular plurals («officials», «witnesses») and the collective «police», «people». */
const isPluralSource = (fold: string): boolean => fold.endsWith('s') || fold === 'police' || fold === 'people';

/** Words of quantity heading a subject of people («Forty percent of voters say», «most said», «a majority told»). */
const QUANTITY_HEADS = new Set(words('percent cent majority minority half most many several few'));
/** Lower-case words in -s that are no plural noun: adverbs, prepositions and function words. */
const NOT_PLURAL = new Set(words('always sometimes perhaps afterwards nowadays besides towards thus unless whereas nevertheless regardless yes news series species'));
/** The head of a common-noun subject for several people: a regular plural («strangers», «respondents») or a quantity. */
const isCommonSubjectHead = (fold: string): boolean => QUANTITY_HEADS.has(fold) || (fold.length > 3 && /[^siu'\u2019]s$/u.test(fold) && !NOT_PLURAL.has(fold));

export const quotes: QuoteRules = {
  speechCues: cues(),
  sourceMarkers: [['according', 'to'], ['quoted', 'by'], ['in', 'the', 'words', 'of']],
  complementisers: ['that'],
  subjectStops: words(
    'in on at to during after before while when who whom which whose as because for from with about that this yesterday today tonight ' +
      'monday tuesday wednesday thursday friday saturday sunday last earlier later recently also then again previously and but ' +
      'is was were are has had have would will could may might can did does do not',
  ),
  documentNouns: words('statement report letter memo memorandum release filing tweet post email communique document complaint lawsuit ruling indictment message'),
  anonymousNouns: words(
    'source sources official officials spokesman spokeswoman spokesperson aide aides insider insiders analyst analysts critics observers witnesses residents diplomats person people ' +
      // people speaking for someone: «Mr Roe's lawyer said», «a family representative»
      'lawyer lawyers attorney attorneys solicitor solicitors adviser advisers advisor advisors representative representatives publicist ' +
      // groups speaking together: «organisers said in a statement», «Prosecutors said»
      'organisers organizers prosecutors campaigners experts researchers activists protesters investigators economists ' +
      // a body's people speaking together, unnamed: «"…," police said», «managers said», «local officers say»
      'police officers detectives managers ministers executives bosses',
  ),
  speechNouns: words(
    'allegation allegations assertion assertions claim claims warning warnings promise promises pledge pledges accusation accusations ' +
      'insistence description descriptions characterization remark remarks comment comments words prediction predictions complaint complaints ' +
      // what others say, rejected by the subject: «dismissed suggestions that …», «denied reports of …»
      'suggestion suggestions report reports rumour rumours rumor rumors',
  ),
  possessivePronouns: { his: 'he', her: 'she', their: 'they', its: 'it' },
  pronouns: [
    { form: 'he', gender: 'm', number: 'sg', kinds: ['person'] },
    { form: 'she', gender: 'f', number: 'sg', kinds: ['person'] },
    { form: 'they', gender: 'any', number: 'pl', kinds: ['organization', 'group', 'person'] },
    { form: 'it', gender: 'any', number: 'sg', kinds: ['organization', 'group'] },
  ],
  conjunctions: ['and', 'but'],
  titleCues: words(
    'so-called book film movie song album show series novel play documentary programme program operation campaign conference ' +
      'initiative slogan hashtag titled entitled nicknamed dubbed named commonly term phrase word words motto',
  ),
  // Words between a subject and its verb: auxiliaries, adverbs, and time adjuncts («Bob Geldof in July said»).
  transparent: words(
    'also has had have later then again previously would will could is was reportedly further earlier recently once repeatedly ever now meanwhile ' +
      'in on last this week month year yesterday today monday tuesday wednesday thursday friday saturday sunday ' +
      'january february march april may june july august september october november december ' +
      // manner adverbs of speech: «X wrote sarcastically», «X said flatly»
      'sarcastically angrily quietly simply flatly bluntly publicly privately bitterly proudly firmly calmly frankly jokingly ' +
      'famously initially ultimately finally subsequently immediately openly loudly emphatically reluctantly candidly confidently ' +
      'notably pointedly sharply strongly tersely wryly dryly drily cheerfully memorably succinctly',
  ),
  // «thanks to his looks» is a preposition, «talks with» a negotiation.
  notSpeech: [...['call', 'calls', 'called', 'calling'].flatMap((v) => ['off', 'up'].map((w) => `${v} ${w}`)), 'thanks to', 'talks with', 'talks between', 'talks on'],
  // «called for "safe zones"» names a demand; «called for measures to "…"» reports the caller's words, and so does
  // «called on firms not to "cut and run"».
  termBefore: ['call', 'calls', 'called', 'calling'].flatMap((v) => [`${v} for`, `${v} on`]),
  addresseeCues: [],
  // A cue after these is a noun or a gerund: «secretary of state», «making calls to», «made comments about».
  nonFiniteBefore: ['to', 'whose', 'our', 'your', 'my', 'of', 'make', 'makes', 'made', 'making', 'these', 'those', 'amid', 'despite'],
  honorifics: words('mr mrs ms miss dr prof sir dame lord lady rev president senator sen rep gov governor minister secretary general gen judge justice mayor chancellor'),
  infinitive: 'to',
  participleOpeners: words('when if once unless until though although whenever'),
  // «a spokesman for the ministry», «an official at the embassy»: the source's affiliation.
  sourceComplements: ['for', 'at'],
  originPrepositions: ['of', 'from'],
  passiveAuxiliaries: words('is are was were be been being'),
  firstPerson: words('i me my mine we us our ours'),
  secondPerson: words('you your yours'),
  // A reported clause often runs long before the speaker's word («saying it is wrong to deny … because of a "tiny minority"»).
  shortGovernTokens: 24,
  relatives: ['who', 'which'],
  passiveAgent: { by: 'by', as: 'as' },
  quotedAs: { verbs: words('quoted quotes quoting cited cites citing'), as: 'as' },
  modals: words('would will could should can may might must shall'),
  personHead: isPersonHead,
  ownReporter: { possessive: 'our', heads: words('correspondent correspondents reporter editor') },
  // «a report published by research firm X», «a study from the X institute»: the issuer named after the document.
  documentIssuerLinks: words('by from'),
  pluralSource: isPluralSource,
  commonSubjectHead: isCommonSubjectHead,
  rebuttals: ['deny', 'dismiss', 'reject', 'rebut', 'refute', 'dispute', 'contest'].flatMap(inflect).filter((w) => !w.endsWith('ing')),
  bodyNouns: words(
    'company firm board group club council government ministry department party union committee court bank agency authority ' +
      'commission team band label studio network broadcaster channel newspaper paper retailer airline carrier maker manufacturer charity organisation organization ' +
      // publications: «the influential daily wrote», «the magazine said»
      'daily weekly tabloid magazine publication outlet',
  ),
  memberNouns: words(
    'members ministers officials leaders staff workers employees fans supporters players councillors clergy priests bishops executives ' +
      'bosses chiefs managers directors teachers doctors nurses students parents residents activists campaigners spokesmen sources ' +
      // a person's people: «Trump backers», «Clinton aides»
      'backers allies aides advisers voters',
  ),
  otherOfficeQualifiers: words('shadow former ex ex- deputy vice junior assistant acting'),
  // «welcomed by», «chosen by», «led by», «written by»: a regular or common irregular past participle.
  isParticiple: (w: string) => /\p{L}{2,}(?:ed|en)$/u.test(w) || IRREGULAR_PARTICIPLES.has(w),
  titleCaseIsTitle: true,
  verbFirst: false,
  defaultGender: genderFromHonorifics,
  examples,
  counterExamples,
};
