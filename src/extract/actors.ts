/**
 * Actors: people, organisations, places and groups, each once, aliases merged.
 *
 * One language-independent engine reads the pack's `ActorRules` (word lists and gazetteers). It works on
 * word tokens with exact offsets; Arabic words are matched through `pack.stems`, so a clitic-prefixed
 * «وواشنطن» matches the gazetteer form «واشنطن» and the mention span starts after the clitic.
 *
 * Finders run in order and claim the tokens they use, so later finders never re-read them:
 *   titled people («وزير الخارجية الأردني سامي القاضي», "Vice-President Laura Finch"),
 *   organisation chains led by a head noun (Arabic: «بعثة الأمم المتحدة للدعم في ليبيا»),
 *   capitalised word runs (Latin script), gazetteer places and organisations, tweet signatures.
 * Candidates are then merged into entities (surname = full name, shorter org form = longer form, bare
 * definite head noun = the last organisation with that head, acronyms, capitals acting for their state),
 * and every known name is looked up again over unclaimed tokens (a surname seen once after a title is
 * then found bare everywhere, headline included).
 */
import type { Actor, ActorType, Article, Mention, Span } from '../types.js';
import { articleTokens, isPlainPhrase, tokenize, type Token } from '../text/tokens.js';
import { countryNames } from '../lang/shared/regions.js';
import { hasTanween, stripArabicMarks } from '../text/normalise.js';
import { isFormulaBoundary, withoutFormulas } from '../text/formulas.js';

// ---------------------------------------------------------------------------------------------------
// The data a language pack provides

/** A place the country gazetteer does not cover: a city, region or landmark, with its country. */
export interface PlaceEntry {
  name: string;
  variants?: readonly string[];
  /** ISO region code of the country it belongs to. */
  country?: string;
  /** A capital stands for its government when it acts («قالت موسكو», "Washington warned"). */
  capital?: boolean;
  /** A regional body seated here that the city stands for when the article names it (Brussels → European Union). */
  seatOf?: string;
}

/** A well-known organisation or group (United Nations, NATO, Islamic State) with its other names. */
export interface KnownEntity {
  name: string;
  aliases?: readonly string[];
  type: ActorType;
  /** The English name, for cross-script acronyms (UNHCM). */
  english?: string;
  /**
   * Forms that are also common nouns («حماس»: enthusiasm): read as the actor only where the noun is not meant — no
   * «بـ/كـ» on it («بحماس»), no indefinite adjective after it («حماس كبير»).
   */
  homographs?: readonly string[];
}

/** A common-noun reference that stands for an actor ("the administration"), attached to a named one when possible. */
export interface Referent {
  /** The phrase as written, folded words ("the administration"). */
  phrase: string;
  /** Head words of named actors it refers to ("administration", "government"). */
  heads: readonly string[];
  type: ActorType;
  /** With no named actor to attach to, the reference is an actor of its own ("the administration"). */
  standalone?: boolean;
}

export interface ActorRules {
  /** How names are found: 'capitals' (capitalised word runs) or 'cues' (titles, head nouns, gazetteers only). */
  nameCue: 'capitals' | 'cues';
  /** Locale for `Intl.DisplayNames` country names. */
  locale: string;
  /** Extra names of countries, by ISO code (أمريكا، سورية; "U.S.", "Britain"). */
  countryVariants: Readonly<Record<string, readonly string[]>>;
  /** Adjectives of nationality → ISO code (الأمريكي → US, "Russian" → RU): title parts, never names. */
  nisbas: Readonly<Record<string, string>>;
  places: readonly PlaceEntry[];
  organisations: readonly KnownEntity[];
  /** Role words and phrases that precede a name (وزير الخارجية، الدكتور; "President", "Secretary of State"). */
  titles: readonly string[];
  /** Titles that are also everyday nouns (الفريق team / lieutenant general, الحكم referee / ruling): alone before a name they need a two-word name. */
  ambiguousTitles?: readonly string[];
  /** Words that may sit inside a title (السابق، المتقاعد; "former", "Democratic"). */
  titleModifiers: readonly string[];
  /** Arabic: nouns that head an organisation name (وزارة، بعثة). English: words that make a name an organisation (Inc, Ministry). */
  orgHeads: readonly string[];
  /** Arabic: nouns that wrap a place's name («مدينة», «محافظة», «دولة»): «محافظة صنعاء» is another name of صنعاء. */
  placeWrappers?: readonly string[];
  /** Arabic: first words of two-word place names («وادي الدواسر», «رأس الخيمة», «صلاح الدين»). */
  placeNameStarters?: readonly string[];
  /** Arabic: nouns that head a named place or facility («مطار», «ميناء», «حي», «قصر»): «ميناء الصليف» is a place of its own. */
  facilityHeads?: readonly string[];
  /** Heads whose actors are groups rather than organisations (قوات; "forces"). */
  groupHeads: readonly string[];
  /** Arabic: heads that name events, not organisations (مؤتمر برلين is Berlin's conference). */
  eventHeads: readonly string[];
  /** Arabic: competitions named after a place («كأس آسيا», «بطولة أفريقيا»): the place is part of the name, not an actor. */
  competitionHeads?: readonly string[];
  /** Arabic: words of sports reporting; with enough of them, an article is read for bare team names. */
  sportsWords?: readonly string[];
  /** Arabic: words after which, in a sports article, a bare definite word is a team («ضد النجمة», «فوز الوحدة»). */
  teamCues?: readonly string[];
  /** Arabic: words of a player's move («المنتقل», «القادم»): the clubs after «من/إلى/لـ» nearby are teams. */
  transferCues?: readonly string[];
  /** Participles that describe the name before them and are never a family name («المقيم», «الملقب», «الواقع»). */
  describingWords?: readonly string[];
  /** Arabic: heads of a club's name («نادي», «فريق»): before one bare word in a sports article, a club. */
  clubHeads?: readonly string[];
  /** Arabic: definite nouns that follow team cues without being teams («مباراة الذهاب», «أمام المرمى»). */
  notTeams?: readonly string[];
  /** Arabic: institutions named after a titled person («مستشفى الأمير نايف»): the title and name there are no actor. */
  institutionHeads?: readonly string[];
  /** Arabic: nouns that head an organisation only before a quoted name («موقع "…"»: a website). */
  quotedNameHeads?: readonly string[];
  /** Arabic: heads that name a body only before a place wrapper («رئاسة إقليم X», «رئاسة الإقليم»), never with «بـ». */
  wrapperOnlyHeads?: readonly string[];
  /** Place wrappers that also take a name written with the article («محافظة العارضة», «بلدة الزبداني»). */
  definiteNameWrappers?: readonly string[];
  /** Honorifics before a title («معالي وزير», «سمو الأمير»): not part of a name. */
  honorifics?: readonly string[];
  /** Arabic: nouns that turn an honorific noun into a phrase of address («صاحب السمو», «صاحبة السمو الملكي»): no name. */
  honorificOwners?: readonly string[];
  /** Arabic: topic particles whose topic is the subject of the «فـ» verb that follows («أما سالم الهاجري فقال»). */
  topicParticles?: readonly string[];
  /** Words opening a web article's closing link line («رابط الخبر»): what follows to the paragraph's end is no story. */
  footerMarkers?: readonly string[];
  /**
   * Heads of bodies named by a field that may follow their nationality with «لـ» and a noun with its genitive
   * («الاتحاد السعودي لكرة القدم», «المركز السعودي لكفاءة الطاقة»); after other heads that is a purpose.
   */
  fieldHeads?: readonly string[];
  /**
   * Shapes, on the folded word after «لـ», of the verbal nouns of the derived stems («لإنهاء», «لمناقشة», «لتخفيف»):
   * after a name that has no field of its own (a club, a board «مجلس الإدارة») or after a personal name, «لـ» on one
   * opens a purpose («to end …»), not a complement of the name.
   */
  purposeNounShapes?: readonly RegExp[];
  /**
   * Heads of bodies that have no field: after their nationality «لل…» is the verb's or verbal noun's complement
   * («مناشدة الحكومة الليبية للمنظمات الدولية», «دعوة الحكومة التركية للقيام …»), not part of the name.
   */
  fieldlessHeads?: readonly string[];
  /**
   * «مستشفى صبيا العام»: institutions whose name closes with a «general» adjective that is elsewhere a word of time
   * (the year); not before the words that make it the year («… العام الماضي»).
   */
  generalInstitution?: { heads: readonly string[]; adjectives: readonly string[]; yearWords: readonly string[] };
  /** Heads of local bodies whose seat, a place wrapper and its place, belongs to the name («لجنة … بمحافظة الطائف»). */
  seatedHeads?: readonly string[];
  /** Broken plurals of adjectives that name a group with its noun («المعلمين الجدد», «اللاعبين الكبار»). */
  pluralAdjectives?: readonly string[];
  /** Heads that name a body only with a nationality after them («النظام السوري»; not «النظام الأساسي», a law). */
  nationalOnlyHeads?: readonly string[];
  /** Nouns of kin that stand before a name without being part of it («زوج جولي», «والدة سالم»). */
  kinNouns?: readonly string[];
  /**
   * Words opening a site's closing tag line («سمات الأسهم تداول مؤشر»): when only words follow to the end of the
   * text, they are keywords listed side by side, not a sentence (no name runs across them).
   */
  tagLineMarkers?: readonly string[];
  /** Head nouns that, with «بـ» on them and no article, are a preposition: «بقيادة» (led by), «بمشاركة». */
  prepositionalHeads?: readonly string[];
  /**
   * Heads that are first of all verbal nouns («قيادة» leading/driving, «تنظيم» organising): indefinite, they name a
   * body only before another body's head, a unit noun (unitHeads) or a known organisation («قيادة قوات التحالف»,
   * «قيادة حرس الحدود»), not before a common noun («قيادة المرأة», «تنظيم مهرجان العيد»).
   */
  verbalNounHeads?: readonly string[];
  /**
   * Head nouns that are as often nouns of an activity as bodies («حركة البيع» trading, «حركة المرور» traffic, but
   * «حركة النهضة» a movement): a body only where the article has one of its mentions act or speak (a verb of
   * `actionVerbs` next to the name or to the head noun alone: «أعلنت الحركة»).
   */
  activityHeads?: readonly string[];
  /**
   * Uncased scripts: plural nouns of people in the construct state that a genitive makes a group («زوار الطائف», «أهالي
   * النسيم», «طلاب "الانتساب"»): the group a headline is about.
   */
  peopleOfNouns?: readonly string[];
  /**
   * Plural heads of a kind of body («شركات», «منظمات»): «الشركات الصناعية الكبرى», «شركات القطاع الخاص» name a
   * group only where the story is about it — the headline names the plural, or a mention of it acts or speaks.
   */
  genericPluralHeads?: readonly string[];
  /** Nouns of a member or leader of a body («القيادي في حركة …», «أعضاء حركة …»): what follows them is a body. */
  memberNouns?: readonly string[];
  /** Military and police units commanded by a «قيادة» («الفرقة», «اللواء», «حرس»). */
  unitHeads?: readonly string[];
  /** Heads naming the management of a facility or body («إدارة مطار …»): one actor with the facility it runs. */
  managementHeads?: readonly string[];
  /**
   * A generic word the home press uses alone for its own country («المملكة» for Saudi Arabia) and the country code it
   * stands for; it names another country instead when the article calls that one by the same noun («مملكة
   * البحرين», «المملكة المغربية») and never names the home country otherwise.
   */
  homeCountryWord?: { word: string; country: string };
  /**
   * One-word places whose name is also a nisba adjective («مالي»: Mali, financial): right after an indefinite noun
   * («بدعم مالي», «عجز مالي», «مبلغ مالي») it is the adjective.
   */
  adjectivePlaces?: readonly string[];
  /** Heads of an office named by the title it serves («مكتب رئيس الوزراء …»): the person after the title is not part of its name. */
  officeHeads?: readonly string[];
  /** Titles that are forms of address or ranks, never an adjective of the noun before them («الدكتور», «المهندس», «اللواء»). */
  addressTitles?: readonly string[];
  /** Bodies named by their bare definite head alone when they act («وفتحت الشرطة تحقيقا»): heads without «ال». */
  standaloneHeads?: readonly string[];
  /** Company heads before a transliterated name closed by a nationality adjective («شركة أكس جت الأمريكية»). */
  foreignCompanyHeads?: readonly string[];
  /** Adjectives of international or regional scope («الدولي», «العربي»): they exclude a nationality in an organisation's name. */
  scopeAdjectives?: readonly string[];
  /** Arabic: heads of a news outlet («صحيفة», «مجلة») that a transliterated foreign title may follow. */
  outletHeads?: readonly string[];
  /** Arabic: transliterated words of foreign newspaper titles («ديلي», «تايمز», «بوست»): an outlet's bare name holds one. */
  pressNameWords?: readonly string[];
  /** Arabic: adjectives that describe without naming («المركز الرئيسي», «اللجنة المختصة»): a definite head with only these is no name. */
  genericAdjectives?: readonly string[];
  /** Arabic: transliterated last words of foreign club names («سيتي», «يونايتد»): with one bare word before them, a club. */
  clubNameEnds?: readonly string[];
  /** Arabic: transliterated first words of foreign club names («ريال», «أتلتيكو»): before a city or a bare word, a club. */
  clubNameStarts?: readonly string[];
  /** Arabic: competition heads whose complement is the competition's own name («كأس», «دوري»): a body or person after them is no actor. */
  namedCompetitionHeads?: readonly string[];
  /** Arabic: nouns of documents («تقرير», «دراسة»): a headline's indefinite subject that is no person. */
  documentNouns?: readonly string[];
  /** Arabic: definite plural nouns of people («الشباب», «المواطنين»): after «بعض», and told again, a group the story is about. */
  peoplePlurals?: readonly string[];
  /** Arabic: partitive words before such a plural («بعض»). */
  partitives?: readonly string[];
  /** Arabic: nouns of a ranking («مركز», «مرتبة»): with an ordinal after them («المركز الأول») a place in a ranking, no body. */
  rankHeads?: readonly string[];
  /** Arabic: ordinal adjectives with the article («الأول», «الثانية»). */
  ordinals?: readonly string[];
  /** Plural words that are group actors by themselves ("Republicans", "Democrats"). */
  groupWords: readonly string[];
  /** Words never inside a name: particles, prepositions, pronouns, common verbs, weekdays, months. */
  stopwords: readonly string[];
  /** Words that join name parts ("of", "bin"; بن، بنت). */
  connectors: readonly string[];
  /** Words that start a name by themselves (أبو، عبد، آل). */
  kinship: readonly string[];
  /** Kunya words that belong to the given name after them («أبو مصعب», «أم كلثوم»). */
  kunya?: readonly string[];
  /** Verbs of saying and acting: their subject is an actor (salience, capitals standing for a state). */
  actionVerbs: readonly string[];
  /** Verbs of saying whose subject, right after them, is a speaker's name («قال محمد الحسين:»). */
  speechVerbs?: readonly string[];
  /**
   * Uncased scripts: common given names (محمد، خالد، سارة), a closed-ish class that opens a personal name with
   * no title or verb before it. Only unambiguous ones: names that are also everyday words (حسن، كريم، أمين) stay out.
   */
  givenNames?: readonly string[];
  /** Uncased scripts: given names that are everyday words too (حسن، صالح، مالك): a name only before a patronym marker. */
  everydayGivenNames?: readonly string[];
  /** Uncased scripts: the words «son of / daughter of» of a patronymic chain (بن، بنت): after any word, a name follows. */
  patronymMarkers?: readonly string[];
  /** Uncased scripts: heads whose field may be two coordinated nouns (وزارة التجارة والصناعة، إدارة التربية والتعليم). */
  coordinatedFieldHeads?: readonly string[];
  /** Uncased scripts: participles of the manner of saying after a speaker's name (قائلا، مؤكدا، مشيرا). */
  mannerParticiples?: readonly string[];
  /** Uncased scripts: nouns of a club's standing in apposition after its bare name (حامل اللقب، متصدر، وصيف). */
  clubAppositions?: readonly string[];
  /** Uncased scripts: indefinite nouns of a person that name a headline's unnamed protagonist (شخص، شاب، مقيم). */
  personNouns?: readonly string[];
  /** Uncased scripts: person nouns of `personNouns` that take an indefinite genitive as one noun («رجل أمن»: a security man). */
  compoundPersonNouns?: readonly string[];
  /** Uncased scripts: adjectives of an institution's kind after the name it bears (الثقافي، التخصصي، الخيري). */
  institutionAdjectives?: readonly string[];
  /** Latin script: nouns of an organisation's units ("BBC Radio", "BBC World Service"): the unit is the organisation. */
  unitNouns?: readonly string[];
  /** Latin script: first words that make a multi-word name an organisation ("World Athletics", "National Trust"). */
  orgFirstWords?: readonly string[];
  /** Latin script: capitalised last words that make a name a place ("Kansas City", "Gold Coast", "Orange County"). */
  placeSuffixes?: readonly string[];
  /** Latin script: last words of venues and sites, which take their town after "in" ("Harbour Arena in Kestrel City"). */
  venueHeads?: readonly string[];
  /** Latin script: lower-case nouns of devices and software after a product's name ("Lumina Pocket laptops"). */
  productNouns?: readonly string[];
  /** Latin script: nouns of an operator's numbered services ("Tarnow Air Flight 574"): the name before them is the operator. */
  serviceNouns?: readonly string[];
  /** Latin script: lower-case nouns of place around a name ("Punjab province", "the city of Multan"): the name is a place. */
  placeNouns?: readonly string[];
  /** Latin script: nouns of creative works before their titles ("documentary Silent Harbour", "shows Night and Day"): things. */
  workNouns?: readonly string[];
  /** Latin script: last words of names of days and seasons ("Christmas Eve", "Labour Day"): dates, not actors. */
  timeNouns?: readonly string[];
  /** Latin script: plural nouns of people that a nationality turns into a group ("Korean shoppers"). */
  groupNouns?: readonly string[];
  /** Latin script: lower-case nouns of a state's bodies that a nationality or country names ("Kenyan government"). */
  stateBodies?: readonly string[];
  /** Latin script: prepositions after which a lone capitalised word is a place ("in Lahore", "between X and Y"). */
  placePrepositions?: readonly string[];
  /** Latin script: last words of names of plans, laws, events and indices ("Marshall Plan", "Olympic Games"): things, not actors. */
  thingHeads?: readonly string[];
  /** Latin script: abbreviations that open a place's name before a full stop ("St. Louis", "Mt. Hood"). */
  nameAbbreviations?: readonly string[];
  /** Latin script: legal forms that close a firm's name ("Inc", "Ltd", "AG"): a capitalised word after one starts another name. */
  legalForms?: readonly string[];
  /** Latin script: adjectives among the stopwords that open names when capitalised mid-sentence ("the New York Times", "Old Mutual"). */
  nameAdjectives?: readonly string[];
  /** Adjectives written with a capital that name no one before a lower-case noun ("Olympic gold", "Catholic leaders"). */
  capitalisedAdjectives?: readonly string[];
  /** Honorifics written before a first name alone ("Sir John" for Sir John Stevens). */
  givenNameTitles?: readonly string[];
  /**
   * Latin script: titles of nobility and knighthood that belong to a person's canonical name when the article writes
   * the name with them ("Lord Falconer", "Sir John Stevens", "Lord Smith of Camden"). Absent: titles are never kept.
   */
  nameTitles?: readonly string[];
  /** Latin script: nouns of holdings before "in" ("shares in X", "a stake in X"): X is a firm, not a place. */
  stakeNouns?: readonly string[];
  /** Latin script: time zones and units written in capitals (UTC, GMT, GHz, MW): never names, never inside one. */
  units?: readonly string[];
  /**
   * Prepositions that open a place or body complement inside a title, before the holder's name («مدير الشرطة في جدة
   * فلان», «المتحدث باسم الوزارة فلان», «السفير السعودي لدى اليابان فلان»). Absent: none.
   */
  titlePrepositions?: readonly string[];
  /** Prepositions before a place that only sets the scene («in», «في»): a place named after one is a setting. Absent: none. */
  settingPrepositions?: readonly string[];
  /** Prefix (folded) of compound given names («عبد» + a divine name: عبدالله، عبدالرحمن), written as one word or two. */
  compoundGivenPrefix?: string;
  /** Words that with a following «الله» make a given name («نصر الله», «فتح الله»): a closed class. */
  theophoricFirst?: readonly string[];
  /**
   * The word (folded) that closes theophoric compounds («نصر الله», «عبد الله», «رسول الله»): never a name or a short
   * form on its own.
   */
  divineName?: string;
  /** Words that with a following «الدين» make a given name («صلاح الدين», «نور الدين»): a closed class. */
  religionCompoundFirst?: readonly string[];
  referents: readonly Referent[];
  /** Word → English word, to spell an Arabic organisation name's English initials (بعثة → Mission). */
  glossary: Readonly<Record<string, string>>;
  /** Words that open a byline line («By», «كتب», «بقلم»): the reporter named there is not an actor of the story. */
  bylineMarkers?: readonly string[];
  /** Surface forms that must never become actors (tested). */
  /** Clause words that open reported speech after a verb of saying («إن», «أن»): a name before them ends there. */
  complementisers?: readonly string[];
  /** Prepositions that end a name after a nationality or a bare name run («إلى», «في», «من» …). */
  nameEndPrepositions?: readonly string[];
  /** Relative pronouns («الذي», «التي» …): they end a name and open no name. */
  relativePronouns?: readonly string[];
  /** Prepositions of a player's move between clubs («القادم من …», «رحل إلى …», «عقده مع …»). */
  transferPrepositions?: readonly string[];
  /** Words that are never a speaker's surname standing alone after a verb of saying («آخر», «بعض» …). */
  notLoneSurnames?: readonly string[];
  /** Latin script: words before a named day that make it a date ("on Boxing Day", "this Christmas Eve"). */
  timePrepositions?: readonly string[];
  /** Latin script: head nouns of bodies named after a person ("X Foundation"): the person's name is no short form of it. */
  eponymousHeads?: readonly string[];
  /** Latin script: personal pronouns: one after a name shows it is a person's. */
  personalPronouns?: readonly string[];
  /** Latin script: the gender a personal pronoun («she», «his») or an honorific («Mrs», «Mr») gives a person (folded). */
  genderWords?: Readonly<Record<string, 'm' | 'f'>>;
  /** Latin script: prepositions that join an organisation's head to its complement, only right after the head ("Council on Foreign Relations"). */
  headConnectors?: readonly string[];
  /** Latin script: last words of documents ("Treaty", "Agreement"): an acronym right before one names the document ("the CETA Treaty"), a thing wherever it comes back. */
  documentHeads?: readonly string[];
  /** Latin script: lower-case nouns of money after a country's name ("US dollars"): the country is the currency's, not an actor. */
  currencyNouns?: readonly string[];
  /** Latin script: lower-case nouns of a body a person leads ("the Obama campaign", "the Lee administration"): after "the" and a name, an organisation. */
  ownedBodies?: readonly string[];
  /** Latin script: words that introduce examples of a kind ("such as", "like", "including"): a name after one and a plural noun of people or bodies is one of them. */
  exampleCues?: readonly string[];
  /** Latin script: titles that are everyday words in lower case ("Major", "General"): titles only when capitalised ("a major Acme donor"). */
  capitalisedTitles?: readonly string[];
  /** Latin script: a party-and-state tag after a politician's name ("D-Ohio", "R-N.Y."): its capitals name no actor. Global flag. */
  affiliationTag?: RegExp;
  /** Latin script: lower-case nouns of a kind of body that no orgHead covers ("a charity", "a broadcaster"): an appositive headed by one describes an organisation. */
  bodyNouns?: readonly string[];
  falsePositives: readonly string[];
  /** Worked examples, run as tests: a body text and actors that must come out of it (name, and optionally more). */
  examples?: readonly ActorExample[];
}

export interface ActorExample {
  text: string;
  actors: readonly { name: string; type?: ActorType; title?: string | null; aliases?: readonly string[] }[];
  /** Names that must not come out. */
  absent?: readonly string[];
}

// ---------------------------------------------------------------------------------------------------
// Tokens and compiled rules

interface Tok extends Token {
  stems: string[];
  /** Shortest stem: the comparison key for name parts (clitics and article gone). */
  core: string;
  /** Latin script: the folded word without a possessive ("obama's" → "obama"); else the fold. Computed once. */
  bare: string;
  capital: boolean;
}

/** What a token's written form alone decides (shared by all tokens of that form). */
interface WordInfo {
  stems: string[];
  core: string;
  bare: string;
  capital: boolean;
}

interface GazEntry {
  words: string[];
  id: string;
  type: ActorType;
  country?: string;
  capital?: boolean;
  /** Entity id of the regional body a capital stands for (see PlaceEntry.seatOf). */
  seatOf?: string;
  english?: string;
  /** Display form for the canonical name when the entity is known (the written form wins when seen). */
  display: string;
  /** A one-word acronym form ("WHO"): in cased text it must be written in capitals ("Who will…" is not it). */
  acronym?: string;
}

interface Compiled {
  gazetteer: Map<string, GazEntry[]>;
  /** Folded gazetteer forms that are also common nouns (KnownEntity.homographs). */
  homographForms: Set<string>;
  titles: Map<string, string[][]>;
  titleWords: Set<string>;
  titleModifiers: Set<string>;
  nisbas: Map<string, string>;
  orgHeads: Set<string>;
  placeWrappers: Set<string>;
  facilityHeads: Set<string>;
  placeNameStarters: Set<string>;
  groupHeads: Set<string>;
  eventHeads: Set<string>;
  competitionHeads: Set<string>;
  quotedNameHeads: Set<string>;
  outletHeads: Set<string>;
  wrapperOnlyHeads: Set<string>;
  scopeAdjectives: Set<string>;
  prepositionalHeads: Set<string>;
  verbalNounHeads: Set<string>;
  activityHeads: Set<string>;
  peopleOfNouns: Set<string>;
  memberNouns: Set<string>;
  genericPluralHeads: Set<string>;
  unitHeads: Set<string>;
  managementHeads: Set<string>;
  officeHeads: Set<string>;
  addressTitles: Set<string>;
  standaloneHeads: Set<string>;
  foreignCompanyHeads: Set<string>;
  definiteNameWrappers: Set<string>;
  honorifics: Set<string>;
  honorificOwners: Set<string>;
  topicParticles: Set<string>;
  complementisers: Set<string>;
  nameEndPrepositions: Set<string>;
  relativePronouns: Set<string>;
  transferPrepositions: Set<string>;
  notLoneSurnames: Set<string>;
  timePrepositions: Set<string>;
  eponymousHeads: Set<string>;
  personalPronouns: Set<string>;
  genderWords: ReadonlyMap<string, 'm' | 'f'>;
  headConnectors: Set<string>;
  documentHeads: Set<string>;
  currencyNouns: Set<string>;
  ownedBodies: Set<string>;
  exampleCues: string[][];
  capitalisedTitles: Set<string>;
  affiliationTag: RegExp | null;
  bodyNouns: Set<string>;
  pressNameWords: Set<string>;
  institutionHeads: Set<string>;
  sportsWords: Set<string>;
  teamCues: Set<string>;
  notTeams: Set<string>;
  clubHeads: Set<string>;
  transferCues: Set<string>;
  describingWords: Set<string>;
  genericAdjectives: Set<string>;
  fieldHeads: Set<string>;
  purposeNounShapes: readonly RegExp[];
  fieldlessHeads: Set<string>;
  adjectivePlaces: Set<string>;
  generalHeads: Set<string>;
  generalAdjectives: Set<string>;
  yearWords: Set<string>;
  seatedHeads: Set<string>;
  pluralAdjectives: Set<string>;
  nationalOnlyHeads: Set<string>;
  kinNouns: Set<string>;
  rankHeads: Set<string>;
  documentNouns: Set<string>;
  peoplePlurals: Set<string>;
  partitives: Set<string>;
  namedCompetitionHeads: Set<string>;
  clubNameEnds: Set<string>;
  clubNameStarts: Set<string>;
  ordinals: Set<string>;
  groupWords: Set<string>;
  stop: Set<string>;
  connectors: Set<string>;
  kinship: Set<string>;
  kunya: Set<string>;
  verbs: Set<string>;
  speechVerbs: Set<string>;
  givenNames: Set<string>;
  everydayGivenNames: Set<string>;
  patronymMarkers: Set<string>;
  coordinatedFieldHeads: Set<string>;
  mannerParticiples: Set<string>;
  clubAppositions: Set<string>;
  personNouns: Set<string>;
  compoundPersonNouns: Set<string>;
  institutionAdjectives: Set<string>;
  theophoricFirst: Set<string>;
  titlePrepositions: Set<string>;
  settingPrepositions: Set<string>;
  religionCompoundFirst: Set<string>;
  placePrepositions: Set<string>;
  units: Set<string>;
  stakeNouns: Set<string>;
  legalForms: Set<string>;
  nameAdjectives: Set<string>;
  capitalisedAdjectives: Set<string>;
  givenNameTitles: Set<string>;
  nameTitles: Set<string>;
  thingHeads: Set<string>;
  nameAbbreviations: Set<string>;
  placeSuffixes: Set<string>;
  venueHeads: Set<string>;
  productNouns: Set<string>;
  serviceNouns: Set<string>;
  orgFirstWords: Set<string>;
  unitNouns: Set<string>;
  placeNouns: Set<string>;
  workNouns: Set<string>;
  timeNouns: Set<string>;
  groupNouns: Set<string>;
  stateBodies: Set<string>;
  ambiguousTitles: Set<string>;
  /** Words the rules name (heads, titles, gazetteer words, nisbas), without the article: disambiguate stems. */
  vocabulary: Set<string>;
  referents: { words: string[]; heads: Set<string>; type: ActorType; phrase: string; standalone: boolean }[];
  /** Referents by their first word, in rule order: the scan looks up one word instead of trying every phrase. */
  referentsByFirst: Map<string, Compiled['referents']>;
  glossary: Map<string, string>;
  englishCountry: Map<string, string>;
  falsePositives: Set<string>;
}

const compiledCache = new WeakMap<ActorRules, Compiled>();
const ACRONYM = /^\p{Lu}{2,}$/u;

function compile(rules: ActorRules, fold: (w: string) => string): Compiled {
  const hit = compiledCache.get(rules);
  if (hit) return hit;
  // Start-up builds thousands of these entries on the first article, in cold code: each word is folded once
  // (tables repeat words), and plain phrases (words and single spaces) are split directly, which is what
  // tokenize would give; the tokenizer is kept for the few with punctuation or digits.
  const folded = new Map<string, string>();
  const foldOnce = (w: string) => {
    let f = folded.get(w);
    if (f === undefined) folded.set(w, (f = fold(w)));
    return f;
  };
  const words = (s: string) =>
    isPlainPhrase(s) ? s.split(' ').map(foldOnce) : tokenize(s, foldOnce).filter((t) => t.kind !== 'punct' || /[()+&]/u.test(t.text)).map((t) => t.fold);
  const set = (xs: readonly string[]) => new Set(xs.map(foldOnce));
  const gazetteer = new Map<string, GazEntry[]>();
  const addGaz = (form: string, entry: Omit<GazEntry, 'words' | 'acronym'>) => {
    const w = words(form);
    if (!w.length) return;
    let list = gazetteer.get(w[0]);
    if (!list) gazetteer.set(w[0], (list = []));
    const acronym = ACRONYM.test(form) ? form : undefined;
    list.push({ id: entry.id, type: entry.type, country: entry.country, capital: entry.capital, display: entry.display, english: entry.english, seatOf: entry.seatOf, words: w, acronym });
  };
  const english = countryNames('en');
  for (const [code, name] of countryNames(rules.locale)) {
    const entry = { id: `region:${code}`, type: 'location' as const, country: code, display: name, english: english.get(code) };
    addGaz(name, entry);
    for (const v of rules.countryVariants[code] ?? []) addGaz(v, entry);
  }
  for (const [code, variants] of Object.entries(rules.countryVariants)) {
    if (countryNames(rules.locale).has(code)) continue;
    for (const v of variants) addGaz(v, { id: `region:${code}`, type: 'location', country: code, display: variants[0], english: english.get(code) });
  }
  for (const p of rules.places) {
    const entry = { id: `place:${fold(p.name)}`, type: 'location' as const, country: p.country, capital: p.capital, display: p.name, seatOf: p.seatOf ? `org:${fold(p.seatOf)}` : undefined };
    addGaz(p.name, entry);
    for (const v of p.variants ?? []) addGaz(v, entry);
  }
  const homographForms = new Set<string>();
  for (const o of rules.organisations) {
    const entry = { id: `org:${fold(o.name)}`, type: o.type, display: o.name, english: o.english };
    addGaz(o.name, entry);
    for (const v of o.aliases ?? []) addGaz(v, entry);
    for (const h of o.homographs ?? []) homographForms.add(fold(h));
  }
  for (const list of gazetteer.values()) list.sort((a, b) => b.words.length - a.words.length);
  const titles = new Map<string, string[][]>();
  for (const t of rules.titles) {
    const w = words(t);
    const list = titles.get(w[0]) ?? [];
    list.push(w);
    titles.set(w[0], list);
  }
  for (const list of titles.values()) list.sort((a, b) => b.length - a.length);
  const englishCountry = new Map<string, string>();
  for (const [code, name] of english) englishCountry.set(code, name);
  const out: Compiled = {
    gazetteer,
    homographForms,
    titles,
    titleWords: wordsOfTitles(titles),
    titleModifiers: set(rules.titleModifiers),
    nisbas: new Map(Object.entries(rules.nisbas).map(([k, v]) => [fold(k), v])),
    orgHeads: set(rules.orgHeads),
    placeWrappers: set(rules.placeWrappers ?? []),
    facilityHeads: set(rules.facilityHeads ?? []),
    placeNameStarters: set(rules.placeNameStarters ?? []),
    groupHeads: set(rules.groupHeads),
    eventHeads: set(rules.eventHeads),
    competitionHeads: set(rules.competitionHeads ?? []),
    quotedNameHeads: set(rules.quotedNameHeads ?? []),
    outletHeads: set(rules.outletHeads ?? []),
    wrapperOnlyHeads: set(rules.wrapperOnlyHeads ?? []),
    scopeAdjectives: set(rules.scopeAdjectives ?? []),
    prepositionalHeads: set(rules.prepositionalHeads ?? []),
    verbalNounHeads: set(rules.verbalNounHeads ?? []),
    activityHeads: set(rules.activityHeads ?? []),
    peopleOfNouns: set(rules.peopleOfNouns ?? []),
    memberNouns: set(rules.memberNouns ?? []),
    genericPluralHeads: set(rules.genericPluralHeads ?? []),
    unitHeads: set(rules.unitHeads ?? []),
    managementHeads: set(rules.managementHeads ?? []),
    officeHeads: set(rules.officeHeads ?? []),
    addressTitles: set(rules.addressTitles ?? []),
    standaloneHeads: set(rules.standaloneHeads ?? []),
    foreignCompanyHeads: set(rules.foreignCompanyHeads ?? []),
    definiteNameWrappers: set(rules.definiteNameWrappers ?? []),
    honorifics: set(rules.honorifics ?? []),
    honorificOwners: set(rules.honorificOwners ?? []),
    topicParticles: set(rules.topicParticles ?? []),
    complementisers: set(rules.complementisers ?? []),
    nameEndPrepositions: set(rules.nameEndPrepositions ?? []),
    relativePronouns: set(rules.relativePronouns ?? []),
    transferPrepositions: set(rules.transferPrepositions ?? []),
    notLoneSurnames: set(rules.notLoneSurnames ?? []),
    timePrepositions: set(rules.timePrepositions ?? []),
    eponymousHeads: set(rules.eponymousHeads ?? []),
    personalPronouns: set(rules.personalPronouns ?? []),
    genderWords: new Map(Object.entries(rules.genderWords ?? {})),
    headConnectors: set(rules.headConnectors ?? []),
    documentHeads: set(rules.documentHeads ?? []),
    currencyNouns: set(rules.currencyNouns ?? []),
    ownedBodies: set(rules.ownedBodies ?? []),
    exampleCues: (rules.exampleCues ?? []).map(words),
    capitalisedTitles: set(rules.capitalisedTitles ?? []),
    affiliationTag: rules.affiliationTag ?? null,
    bodyNouns: set(rules.bodyNouns ?? []),
    pressNameWords: set(rules.pressNameWords ?? []),
    institutionHeads: set(rules.institutionHeads ?? []),
    sportsWords: set(rules.sportsWords ?? []),
    teamCues: set(rules.teamCues ?? []),
    notTeams: set(rules.notTeams ?? []),
    clubHeads: set(rules.clubHeads ?? []),
    transferCues: set(rules.transferCues ?? []),
    describingWords: set(rules.describingWords ?? []),
    genericAdjectives: set(rules.genericAdjectives ?? []),
    fieldHeads: set(rules.fieldHeads ?? []),
    purposeNounShapes: rules.purposeNounShapes ?? [],
    fieldlessHeads: set(rules.fieldlessHeads ?? []),
    adjectivePlaces: set(rules.adjectivePlaces ?? []),
    generalHeads: set(rules.generalInstitution?.heads ?? []),
    generalAdjectives: set(rules.generalInstitution?.adjectives ?? []),
    yearWords: set(rules.generalInstitution?.yearWords ?? []),
    seatedHeads: set(rules.seatedHeads ?? []),
    pluralAdjectives: set(rules.pluralAdjectives ?? []),
    nationalOnlyHeads: set(rules.nationalOnlyHeads ?? []),
    kinNouns: set(rules.kinNouns ?? []),
    rankHeads: set(rules.rankHeads ?? []),
    documentNouns: set(rules.documentNouns ?? []),
    peoplePlurals: set(rules.peoplePlurals ?? []),
    partitives: set(rules.partitives ?? []),
    namedCompetitionHeads: set(rules.namedCompetitionHeads ?? []),
    clubNameEnds: set(rules.clubNameEnds ?? []),
    clubNameStarts: set(rules.clubNameStarts ?? []),
    ordinals: set(rules.ordinals ?? []),
    groupWords: set(rules.groupWords),
    stop: set(rules.stopwords),
    connectors: set(rules.connectors),
    kinship: set(rules.kinship),
    kunya: set(rules.kunya ?? []),
    verbs: set(rules.actionVerbs),
    speechVerbs: set(rules.speechVerbs ?? []),
    givenNames: set(rules.givenNames ?? []),
    everydayGivenNames: set(rules.everydayGivenNames ?? []),
    patronymMarkers: set(rules.patronymMarkers ?? []),
    coordinatedFieldHeads: set(rules.coordinatedFieldHeads ?? []),
    mannerParticiples: set(rules.mannerParticiples ?? []),
    clubAppositions: set(rules.clubAppositions ?? []),
    personNouns: set(rules.personNouns ?? []),
    compoundPersonNouns: set(rules.compoundPersonNouns ?? []),
    institutionAdjectives: set(rules.institutionAdjectives ?? []),
    theophoricFirst: set(rules.theophoricFirst ?? []),
    titlePrepositions: set(rules.titlePrepositions ?? []),
    settingPrepositions: set(rules.settingPrepositions ?? []),
    religionCompoundFirst: set(rules.religionCompoundFirst ?? []),
    placePrepositions: set(rules.placePrepositions ?? []),
    units: set(rules.units ?? []),
    stakeNouns: set(rules.stakeNouns ?? []),
    legalForms: set(rules.legalForms ?? []),
    nameAdjectives: set(rules.nameAdjectives ?? []),
    capitalisedAdjectives: set(rules.capitalisedAdjectives ?? []),
    givenNameTitles: set(rules.givenNameTitles ?? []),
    nameTitles: set(rules.nameTitles ?? []),
    thingHeads: set(rules.thingHeads ?? []),
    nameAbbreviations: set(rules.nameAbbreviations ?? []),
    placeSuffixes: set(rules.placeSuffixes ?? []),
    venueHeads: set(rules.venueHeads ?? []),
    productNouns: set(rules.productNouns ?? []),
    serviceNouns: set(rules.serviceNouns ?? []),
    orgFirstWords: set(rules.orgFirstWords ?? []),
    unitNouns: set(rules.unitNouns ?? []),
    placeNouns: set(rules.placeNouns ?? []),
    workNouns: set(rules.workNouns ?? []),
    timeNouns: set(rules.timeNouns ?? []),
    groupNouns: set(rules.groupNouns ?? []),
    stateBodies: set(rules.stateBodies ?? []),
    ambiguousTitles: set(rules.ambiguousTitles ?? []),
    vocabulary: new Set<string>(),
    referents: rules.referents.map((r) => ({ words: words(r.phrase), heads: set(r.heads), type: r.type, phrase: r.phrase, standalone: !!r.standalone })),
    glossary: new Map(Object.entries(rules.glossary).map(([k, v]) => [fold(k), v])),
    referentsByFirst: new Map(),
    englishCountry,
    falsePositives: new Set(rules.falsePositives.map((f) => words(f).join(' '))),
  };
  for (const r of out.referents) {
    if (!r.words.length) continue;
    const list = out.referentsByFirst.get(r.words[0]) ?? [];
    list.push(r);
    out.referentsByFirst.set(r.words[0], list);
  }
  const know = (w: string) => {
    out.vocabulary.add(w);
    if (w.startsWith('ال') && w.length > 3) out.vocabulary.add(w.slice(2));
  };
  for (const words of [out.orgHeads, out.groupHeads, out.titleWords, out.nisbas.keys()]) for (const w of words) know(w);
  for (const list of gazetteer.values()) for (const entry of list) for (const w of entry.words) know(w);
  compiledCache.set(rules, out);
  return out;
}

function wordsOfTitles(titles: Map<string, string[][]>): Set<string> {
  const out = new Set<string>();
  for (const list of titles.values()) for (const title of list) for (const w of title) out.add(w);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Candidates and entities

/** Why a mention was made, which decides whether it may be the canonical name. */
type MentionRole = 'name' | 'short' | 'head' | 'metonym' | 'acronym' | 'handle';

interface Candidate {
  type: ActorType;
  /** Token range of the name (title excluded). */
  from: number;
  to: number;
  span: Span;
  rule: string;
  role: MentionRole;
  title?: string;
  /** Gazetteer identity (region:US, org:…), when known. */
  id?: string;
  country?: string;
  capital?: boolean;
  seatOf?: string;
  english?: string;
  /** Head noun key of an organisation chain and its other word keys, for merging shorter forms. */
  head?: string;
  mods?: string[];
  /** For «قوات الورفلي»: the person candidate it belongs to. */
  owner?: Candidate;
  /** Arabic organisation: keys of the place it sits in («حزب العدالة بتركيا»), part of mods but optional in short forms. */
  seatMods?: string[];
  /** Extra surface forms (hashtag forms, quoted org names). */
  forms?: string[];
  /** A definite head with describing adjectives only: an alias when the article names an organisation with that head. */
  descriptive?: boolean;
  /** Nationality (and international or regional scope) adjectives inside an organisation chain; nationalities are left out of `mods`. */
  nats?: string[];
  /** Memoised comparison keys (see keysOf). */
  keys?: string[];
  /** The written form includes a title («قوات اللواء … سالم الورفلي»): a poor canonical name. */
  titled?: boolean;
  /** True when the candidate acts (subject of a verb of saying/acting). */
  acts?: boolean;
  /** Latin script: a lone name right after a place preposition ("in Lahore"): a setting, kept as a place. */
  placed?: boolean;
  /** Latin script: a possessive before a role ("Brantco's chief executive"): the name holds an office, so it is a body. */
  ownsRole?: boolean;
  /** Latin script: named in a list with other names ("Chrysler, Ford and Acme Motors"): one of a kind with them. */
  listed?: boolean;
}

interface Entity {
  type: ActorType;
  cands: Candidate[];
  title: string | null;
  id?: string;
  extraForms: Set<string>;
  /** One (the latest) name candidate per distinct written key: what merging compares against. */
  forms: Map<string, Candidate>;
}

function formSignature(ctx: Ctx, c: Candidate): string {
  return `${c.type}|${keysOf(ctx, c).join(' ')}|${c.head ?? ''}|${(c.mods ?? []).join(' ')}`;
}

interface Ctx {
  article: Article;
  text: string;
  toks: Tok[];
  rules: ActorRules;
  c: Compiled;
  claimed: Uint8Array;
  sentenceStart: Uint8Array;
  bodyTok: number;
  cased: boolean;
}

const LATIN_UPPER = /^\p{Lu}/u;
/** Lower-case particles joined to a capitalised name: al-Assad, bin-Salman, d'Estaing. */
const NAME_PARTICLE = /^(al|el|ad|as|an|ar|bin|ibn|abu|d)[-'\u2019]\p{Lu}/u;
const OPEN_QUOTES = new Set(['«', '"', '\u201C', '\u201E', '\u2018', "'"]);
const CLOSE_QUOTES = new Set(['»', '"', '\u201D', '\u2019', "'"]);
const MAX_NAME_TOKENS = 4;
/** Surnames with an inner capital are names, not camel-case products: McAllister, MacLeod, DiCaprio, LeBlanc, DeSantis. */
const SURNAME_PREFIX = /^(Mc|Mac|Di|De|Le|La|Du|Van|Von|Fitz)\p{Lu}\p{Ll}+(['\u2019]s)?$/u;
/** Last characters of a possessive ("'s", "s'", "’"): only words ending so need the possessive stripped. */
const POSSESSIVE_END = new Set([0x73, 0x27, 0x2019]);

const wordInfoCaches = new WeakMap<Compiled, Map<string, WordInfo>>();
const WORD_INFO_CACHE_MAX = 200_000;
function wordInfoCache(c: Compiled): Map<string, WordInfo> {
  let cache = wordInfoCaches.get(c);
  if (!cache || cache.size > WORD_INFO_CACHE_MAX) wordInfoCaches.set(c, (cache = new Map()));
  return cache;
}

function makeContext(article: Article): Ctx {
  const { pack, text } = article;
  const rules = pack.actors as ActorRules;
  const c = compile(rules, pack.fold);
  const cased = rules.nameCue === 'capitals';
  // news text repeats its words: stems, comparison key, possessive-free form and capital are worked out once
  // per distinct written form, and every token of that form shares them — across articles too, since they
  // depend on the written form and the language's compiled rules only (bounded, for endless batches)
  const infoCache = wordInfoCache(c);
  const infoOf = (t: Token): WordInfo => {
    let hit = infoCache.get(t.text);
    if (hit) return hit;
    const word = t.kind === 'word';
    const stems = word ? pack.stems(t.fold) : [t.fold];
    // the comparison key: a stem the rules know («للجنة» → لجنة, not جنة), else the shortest
    let core = stems[0];
    for (const s of stems) if (s.length < core.length) core = s;
    if (stems.length > 1) for (const s of stems) if (c.vocabulary.has(s) && !s.startsWith('ال')) core = s;
    const bare = word && cased && POSSESSIVE_END.has(t.fold.charCodeAt(t.fold.length - 1)) ? withoutPossessive(t.fold) : t.fold;
    hit = { stems, core, bare, capital: word && (LATIN_UPPER.test(t.text) || NAME_PARTICLE.test(t.text)) };
    // (kept while the cache has room: a huge article of distinct words must not grow it without bound)
    if (infoCache.size < WORD_INFO_CACHE_MAX) infoCache.set(t.text, hit);
    return hit;
  };
  // an explicit literal, not a spread: spreading 200,000 tokens is an order of magnitude slower
  // (blessings after a name are neither name nor sentence: «عمر بن الخطاب رضي الله عنه قال» has the name «عمر بن الخطاب»)
  const toks: Tok[] = withoutFormulas(scanTokens(article), article.pack, true).map((t) => {
    const info = infoOf(t);
    return { start: t.start, end: t.end, text: t.text, fold: t.fold, kind: t.kind, stems: info.stems, core: info.core, bare: info.bare, capital: info.capital };
  });
  const sentenceStart = new Uint8Array(toks.length);
  let s = 0;
  let prevEnd = -1;
  for (let i = 0; i < toks.length; i++) {
    while (s < article.sentences.length && article.sentences[s].end <= toks[i].start) s++;
    const sentence = article.sentences[s];
    if (sentence && sentence.start > prevEnd && toks[i].start >= sentence.start) {
      // first word token of this sentence (skipping opening punctuation)
      let k = i;
      while (k < toks.length && toks[k].kind === 'punct') k++;
      if (k < toks.length) sentenceStart[k] = 1;
      prevEnd = sentence.start;
    }
    // a word right after an opening quote or a line break starts a clause as well
    if (i > 0 && toks[i].kind === 'word' && toks[i - 1].kind === 'punct' && (OPEN_QUOTES.has(toks[i - 1].text) || toks[i - 1].text === ':')) sentenceStart[i] = 1;
    if (i > 0 && hasLineBreak(text, toks[i - 1].end, toks[i].start)) sentenceStart[i] = 1;
  }
  if (toks.length) sentenceStart[0] = 1;
  let bodyTok = 0;
  while (bodyTok < toks.length && toks[bodyTok].start < article.bodyStart) bodyTok++;
  return { article, text, toks, rules, c, claimed: new Uint8Array(toks.length), sentenceStart, bodyTok, cased };
}

/** Runs of one punctuation mark longer than this become one token: nothing reads inside «((((((». */
/** A line break between two offsets, without slicing out the gap. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

const PUNCT_RUN = 3;

const PUNCT_RUNS = /([^\p{L}\p{M}\p{N}\s])\1{3,}/gu;

/**
 * Tokens as `tokenize` makes them, except that a run of one punctuation mark longer than PUNCT_RUN is one
 * token (found first with one linear regex, so a megabyte of «((((» never becomes a million objects).
 */
function scanTokens(article: Article): Token[] {
  const { text } = article;
  const fold = article.pack.fold;
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(PUNCT_RUNS)) {
    if (m[0].length / m[1].length <= PUNCT_RUN) continue;
    if (m.index > last) for (const t of tokenize(text, fold, last, m.index)) out.push(t);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], fold: m[0], kind: 'punct' });
    last = m.index + m[0].length;
  }
  if (last === 0) return articleTokens(article);
  if (last < text.length) for (const t of tokenize(text, fold, last, text.length)) out.push(t);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Token predicates

const has = (t: Tok | undefined, form: string) => !!t && t.stems.includes(form);

/** Is one of the token's stems in the set? (a plain loop: this runs for most tokens of every article) */
function stemIn(t: Tok, set: ReadonlySet<string>): boolean {
  if (!set.size) return false;
  for (const s of t.stems) if (set.has(s)) return true;
  return false;
}
const isWord = (t: Tok | undefined): t is Tok => !!t && t.kind === 'word';

/** Particles written with final ى that fold onto names written with ي (على / علي). */
const MAQSURA_PARTICLES = new Set(['علي', 'الي', 'حتي', 'لدي']);

function isStop(ctx: Ctx, t: Tok): boolean {
  const f = t.fold;
  if (MAQSURA_PARTICLES.has(f) && t.text.endsWith('ي')) return false;
  if (ctx.c.stop.has(f) || ctx.c.verbs.has(f)) return true;
  // a conjunction-prefixed particle or verb (وقال، فإن) is still one
  if (!ctx.cased && (f[0] === 'و' || f[0] === 'ف') && f.length > 2) {
    const rest = f.slice(1);
    if (ctx.c.stop.has(rest) || ctx.c.verbs.has(rest)) return true;
  }
  return false;
}

function isVerb(ctx: Ctx, t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  if (ctx.c.verbs.has(t.fold)) return true;
  return !ctx.cased && (t.fold[0] === 'و' || t.fold[0] === 'ف') && ctx.c.verbs.has(t.fold.slice(1));
}

/** Arabic definite word: الخارجية, للدعم, والجيش. */
/** «إلفيس», «ألفارو»: an alef with hamza before «ل» starts a foreign name; the article is written with a bare alef. */
const HAMZA_AL = /^[وفبلك]{0,2}[\u0623\u0625\u0622]ل/u;

function isDefinite(t: Tok): boolean {
  if (HAMZA_AL.test(t.text)) return false;
  return t.stems.some((s) => s.startsWith('ال') && s.length >= 4) || t.fold.startsWith('لل');
}

/** A definite word that is an adjective by form: nisba (الليبي، العسكرية) or participle (المتحدة، المتقاعد). */
function isAdjective(ctx: Ctx, t: Tok): boolean {
  if (!isWord(t) || isStop(ctx, t)) return false;
  // «منحت إدارة نادي الوحدة اللاعبين …»: a plural noun of people has the nisba's ending but is the verb's object
  if (peoplePlural(ctx, t)) return false;
  if (ctx.c.titleModifiers.has(t.fold) || t.stems.some((s) => ctx.c.titleModifiers.has(s) || ctx.c.nisbas.has(s))) return true;
  const def = t.stems.find((s) => s.startsWith('ال') && s.length >= 5);
  if (!def || t.fold.startsWith('لل') || /^[بلك]ال/u.test(t.fold)) return false;
  const bare = def.slice(2);
  if (/(ي|يه|ين|يون|يان)$/u.test(bare) && bare.length >= (bare.endsWith('ي') ? 3 : 4)) return true;
  return bare.startsWith('م') && bare.length >= 5 && !bare.endsWith('ات');
}

/** A plural noun of people: a listed one (ActorRules.peoplePlurals), or the sound plural of a role noun («اللاعبين», «المدربين»). */
function peoplePlural(ctx: Ctx, t: Tok): boolean {
  if (stemIn(t, ctx.c.peoplePlurals)) return true;
  const plural = t.stems.find((s) => s.startsWith('ال') && /(ين|ون)$/u.test(s));
  return !!plural && ctx.c.titleWords.has(plural.slice(2, -2));
}

/** A masculine nationality adjective with the article and no other clitic («المصري», not «والمصرية», «للمصري»). */
function nisbaFamilyName(ctx: Ctx, t: Tok): boolean {
  if (ctx.cased || !t.fold.startsWith('ال') || t.fold.length < 5 || !t.fold.endsWith('ي')) return false;
  return ctx.c.nisbas.has(t.fold.slice(2)) || ctx.c.nisbas.has(t.fold);
}

/** Arabic word that can be part of a personal name. */
function isNameWord(ctx: Ctx, t: Tok | undefined, position: number): boolean {
  if (!isWord(t) || t.kind !== 'word' || isStop(ctx, t)) return false;
  if (!/^\p{L}/u.test(t.text)) return false;
  if (t.fold.length < 2) return false;
  // a title word is not a name — except as a family name with the article after a first name («سامي القاضي»)
  const familyName = position > 0 && isDefinite(t) && !/^(لل|بال|كال)/u.test(t.fold);
  if (stemIn(t, ctx.c.orgHeads) || stemIn(t, ctx.c.placeWrappers) || stemIn(t, ctx.c.facilityHeads)) return false;
  // «رئيس شبكة قنوات …»: the head noun of a news outlet («شبكة», «جريدة») opens no personal name either
  if (!ctx.cased && position === 0 && stemIn(t, ctx.c.outletHeads)) return false;
  if (stemIn(t, ctx.c.describingWords)) return false;
  // «… محمد بن صمغان المواطنين»: a plural noun of people is the verb's object, never a family name
  if (isDefinite(t) && peoplePlural(ctx, t)) return false;
  // «يحفظه», «تحفظه»: an imperfect verb with the object pronoun written «ـه» («خادم الحرمين الشريفين يحفظه الله»)
  if (!ctx.cased && /^[يت].{2,}ه$/u.test(t.fold) && t.text.endsWith('\u0647') && !givenNameAt(ctx, t)) return false;
  // «… كارتر قوات الأمن», «وسمو ولي العهد»: a group's head noun or an honorific is no part of a name
  if (!ctx.cased && (stemIn(t, ctx.c.groupHeads) || stemIn(t, ctx.c.honorifics))) return false;
  if (!familyName && (ctx.c.titleWords.has(t.core) || t.stems.some((s) => ctx.c.titleWords.has(s)))) return false;
  // a nationality adjective is no name — except as a family name right after a first name, written with the article
  // alone and in the masculine («العقيد سامي المصري», «اللواء خالد العراقي»: Arab family names of that form)
  if (t.stems.some((s) => ctx.c.nisbas.has(s)) && !(position === 1 && nisbaFamilyName(ctx, t))) return false;
  // attached pronouns mark verbs and nouns, not names: يمكننا، لشكره، زيارته — but a word with the article takes
  // no pronoun («المهنا» is a family name), and a written «ة» is no «ـه» pronoun («فلاتة»)
  if (/(نا|ها|هم|كم|هما|ته)$/u.test(t.fold) && t.fold.length > 3 && !(position > 0 && /^ال/u.test(t.fold) && !isStop(ctx, t)) && !t.text.endsWith('\u0629')) return false;
  // tanween marks an indefinite noun or adverb (قرارًا، وصولاً), never a name
  if (hasTanween(t.text)) return false;
  // a bare alef (hamzat al-wasl) opens derived verbs and verbal nouns («افتتح», «استقبل», «انتقال»); names
  // are written with a hamza («أحمد», «إبراهيم») or are known given names
  // (only the derived-verb shapes: transliterations such as «ايفانوفيتش» also start with a bare alef)
  if (t.text.charCodeAt(0) === 0x0627 && /^ا(ست|.ت|ن)/u.test(t.fold) && t.fold.length >= 5 && t.fold.length <= 6 && !isDefinite(t) && !givenNameAt(ctx, t)) return false;
  // «معه», «عنهم»: a particle with a pronoun; «اختلفوا», «استقالوا»: a derived verb in the plural past (its bare alef:
  // not «فرانسوا», «دوبوا»); «أعطى», «أبدى»: a past
  // verb of the fourth stem of a weak root (not a given name: «أروى»)
  if (!ctx.cased && (particleWithPronoun(ctx, t) || (t.text.endsWith('\u0648\u0627') && t.text.charCodeAt(0) === 0x0627 && t.fold.length >= 6) || /^[وف]?[\u0627\u0623].{2}\u0649$/u.test(stripArabicMarks(t.text))) && !givenNameAt(ctx, t)) return false;
  // «وأصدقاؤه», «وإطلاق»: a conjunction before a hamza-initial word (names that open with و — وائل، وليد — have no hamza after it)
  if (/^[\u0648\u0641][\u0623\u0625\u0622]/u.test(t.text)) return false;
  // «بسيارة», «لمدة»: a preposition on a feminine noun, not a name
  if (position === 0 && /^[بلك]/u.test(t.fold) && t.text.endsWith('\u0629') && t.fold.length >= 4 && !givenNameAt(ctx, t)) return false;
  // «وزعيمة للمعارضة …», «لعقارات سكنية»: a conjunction on a feminine noun, a preposition on a feminine plural
  if (position === 0 && !ctx.cased && ((/^و/u.test(t.fold) && t.text.endsWith('\u0629') && t.fold.length >= 6) || (/^[وفبلك].{3,}ات$/u.test(t.fold) && t.fold.length >= 6)) && !givenNameAt(ctx, t)) return false;
  // «بتعطيل», «بأطيب», «بهذا», «بزيادة», «بقتله»: the preposition «بـ» on a noun, not a name (at any position)
  if (!ctx.cased && prepositionalBa(ctx, t)) return false;
  // «يقول بحماس»: «بـ/كـ» on a name that is also a common noun (KnownEntity.homographs) is the noun
  if (!ctx.cased && ctx.c.homographForms.size && /^[وف]?[بك]/u.test(t.fold) && t.stems.some((s) => s !== t.fold && ctx.c.homographForms.has(s))) return false;
  // «بتوضيح», «بمكتبه», «لمتابعة»: a preposition on a verbal noun, not a name
  // (a given name written with the article — «الوليد», «الجوهرة» — opens a name too)
  if (position === 0 && !ctx.cased && !givenNameAt(ctx, t)) {
    // «وكيل أعماله غرر به»: a noun of five letters or more with «his» written «ـه» (not «ـيه» of French names, nor «الله»)
    if (t.text.endsWith('\u0647') && t.fold.length >= 5 && !t.fold.endsWith('يه') && !(ctx.rules.divineName && t.fold.endsWith(ctx.rules.divineName))) return false;
    // «البروفيسور واستشاري الجراحة …»: a conjunction before a derived noun (bare alef, as in «استشاري», «انتقال») joins a
    // second title or phrase, not a name (names opening with «وا» — «وائل», «واصل» — have no derived shape)
    if (/^وا(ست|.ت|ن)/u.test(t.fold) && t.fold.length >= 6 && t.text.charCodeAt(1) === 0x0627) return false;
    // «للجنة تكافؤ الأجور», «تبادل», «تراجع»: the verbal noun of the sixth stem (تفاعل) names no one
    // (not «تياجو», «تيانا»: a «ي» after the «ت», or a final vowel, is a transliteration)
    if (/^ت[^ي]ا.[^اوي]$/u.test(t.fold)) return false;
    // «تفاصيل», «تعاليم»: a broken plural of the «تفاعيل» shape
    if (/^ت.ا.ي.$/u.test(t.fold)) return false;
  }
  if (position === 0) return (!isDefinite(t) || (!!givenNameAt(ctx, t) && /^ال/u.test(t.fold))) && !/^و.{2,}ا$/u.test(t.fold) && !/^[بل][تم]/u.test(t.fold);
  // a definite verbal noun of the derived stems («الاجتماع», «الاستقبال», «الإعلان») is the object, not a family name
  if (isDefinite(t) && looksMasdar(t.core)) return false;
  // inside a name, an indefinite word written with a final «ه» is a noun with «his» («رأيه», «منزله»), not a family name
  if (t.text.endsWith('\u0647') && t.fold.length >= 4 && !isDefinite(t) && !givenNameAt(ctx, t)) return false;
  // inside a name: a conjunction-prefixed word starts the next phrase (وقوات); a future verb (سيترأس) ends it
  if (/^و/u.test(t.fold) && !ctx.c.kinship.has(t.fold)) return false;
  if (/^(بال|لل|كال|با|لا|سي|ست)/u.test(t.fold)) return false;
  // «… فلورين لمناقشة أوضاع …», «… سامر معاذ لزيارة …»: «لـ» on a derived verbal noun or on a feminine noun is a
  // purpose or a phrase after the name, at any place in it (as «بسيارة», «لمدة» before it)
  if (!ctx.cased && !givenNameAt(ctx, t) && (purposeNoun(ctx, t) || (/^ل[^ل]/u.test(t.fold) && t.text.endsWith('\u0629') && t.fold.length >= 5))) return false;
  return true;
}

/**
 * The preposition «بـ» on a word whose shape no name has: a particle or demonstrative («بما», «بهذا»), a hamza
 * after it («بأطيب», «بإصدار»), a verbal noun of the derived stems («بتعطيل»), a feminine noun («بزيادة»), a noun
 * with an attached pronoun («بقتله», «بدورها»), a dual («بهدفين»). Names that open with «ب» (بدر، بندر، بشار،
 * بطرس) have none of them. «كـ» and «لـ» take the first two shapes too («كأفضل», «لأجل», «لذلك»).
 */
function prepositionalBa(ctx: Ctx, t: Tok): boolean {
  // («بو» opens Gulf and Maghrebi family names: «بوتفليقة», «آل بوشوكة»)
  if (!/^[\u0628\u0643\u0644]/u.test(t.fold) || t.fold.startsWith('\u0628\u0648') || t.fold.length < 3 || givenNameAt(ctx, t)) return false;
  const rest = t.fold.slice(1);
  if (ctx.c.stop.has(rest)) return true;
  const bare = stripArabicMarks(t.text);
  if (t.fold.length >= 4 && /^.[\u0623\u0625\u0622]/u.test(bare)) return true;
  if (!t.fold.startsWith('\u0628')) return false;
  if (rest.startsWith('\u062A') && t.fold.length >= 6) return true;
  if (bare.endsWith('\u0629') && t.fold.length >= 5) return true;
  if (rest.length === 5 && rest.endsWith('\u064A\u0646')) return true;
  return t.fold.length >= 5 && /(\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)$/u.test(bare) && !bare.endsWith('\u0627\u0647');
}

// ---------------------------------------------------------------------------------------------------
// Gazetteer

interface GazHit {
  entry: GazEntry;
  to: number;
  /** Offset of the name inside the first token (after clitics or #). */
  start: number;
}

function gazetteerAt(ctx: Ctx, i: number): GazHit | null {
  const t = ctx.toks[i];
  if (!isWord(t)) return null;
  if (ctx.cased && !t.capital) return null;
  const lookups = ctx.cased && t.bare !== t.fold ? [...t.stems, t.bare] : t.stems;
  for (const stem of lookups) {
    const entries = ctx.c.gazetteer.get(stem);
    if (!entries) continue;
    for (const e of entries) {
      if (e.acronym && ctx.cased && withoutPossessive(t.text) !== e.acronym) continue;
      let k = i + 1;
      let ok = true;
      for (let w = 1; w < e.words.length; w++, k++) {
        const tk = ctx.toks[k];
        if (!tk || (tk.fold !== e.words[w] && !has(tk, e.words[w]) && !(ctx.cased && w === e.words.length - 1 && tk.bare === e.words[w]))) {
          ok = false;
          break;
        }
      }
      // «المالي» (financial) is not «مالي» (Mali): a name written without the article never takes it
      if (ok && !ctx.cased && !stem.startsWith('ال') && t.stems.some((x) => x.startsWith('ال') && x.endsWith(stem) && x.length === stem.length + 2)) continue;
      // «كسرت» (broke), «فسرت»: a short place reached by stripping ك or ف is far more often a verb
      if (ok && !ctx.cased && e.words.length === 1 && e.type === 'location' && stem.length <= 4 && t.fold.endsWith(stem) && /[كف]/u.test(t.fold.slice(0, t.fold.length - stem.length))) continue;
      if (ok) return { entry: e, to: k, start: t.start + (ctx.cased ? 0 : cliticOffset(t, stem)) };
    }
  }
  return null;
}

function withoutPossessive(fold: string): string {
  return fold.replace(/['\u2019]s?$/u, '');
}

const MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;

/** Original-text offset where `form` starts inside token `t` (after proclitics). */
function cliticOffset(t: Tok, form: string): number {
  let folded = t.fold.length - form.length;
  if (!t.fold.endsWith(form)) folded += 1; // ل + ال written لل: show the word after the preposition («لبعثة»)
  if (folded <= 0) return 0;
  let i = 0;
  let seen = 0;
  while (i < t.text.length && seen < folded) {
    if (!MARK.test(t.text[i])) seen++;
    i++;
  }
  while (i < t.text.length && MARK.test(t.text[i])) i++;
  return i;
}

// ---------------------------------------------------------------------------------------------------
// Finders

function span(ctx: Ctx, from: number, to: number, start?: number): Span {
  return [start ?? ctx.toks[from].start, ctx.toks[to - 1].end];
}

function claim(ctx: Ctx, from: number, to: number): void {
  for (let k = from; k < to; k++) ctx.claimed[k] = 1;
}

function free(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.claimed[k]) return false;
  return true;
}

/** Longest title phrase starting at token i; returns the token after it. */
function titleAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!isWord(t)) return -1;
  for (const stem of t.stems) {
    const phrases = ctx.c.titles.get(stem);
    if (!phrases) continue;
    if (ctx.cased && !t.capital && ctx.c.capitalisedTitles.has(stem)) continue;
    for (const p of phrases) {
      let k = i + 1;
      let ok = true;
      for (let w = 1; w < p.length; w++, k++) {
        if (!has(ctx.toks[k], p[w])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        // Mr. Dr. Sen. (not a sentence's full stop: "met the President-elect. The …")
        if (ctx.cased && ctx.toks[k]?.text === '.' && !ctx.sentenceStart[k + 1]) k++;
        return k;
      }
    }
  }
  return -1;
}

/** Subject position: a verb of saying/acting right before (VSO, «وقال القاضي») or right after ("Washington warned"). */
function actsAt(ctx: Ctx, from: number, to: number): boolean {
  let before = from - 1;
  while (before >= 0 && ctx.toks[before].kind === 'punct' && !/[.،,:؛]/u.test(ctx.toks[before].text)) before--;
  // (not across a line break: a headline's last word is not the subject of the body's first verb)
  const after = ctx.toks[to];
  const verbAfter = !!after && isVerb(ctx, after) && !hasLineBreak(ctx.text, ctx.toks[to - 1].end, after.start);
  const verbBefore = before >= 0 && isVerb(ctx, ctx.toks[before]) && !hasLineBreak(ctx.text, ctx.toks[before].end, ctx.toks[from].start);
  if (verbBefore || verbAfter) return true;
  // English: a past-tense verb right after the name ("Xinhua translated", "Acme posted")
  if (ctx.cased && !!after && pastTenseVerb(ctx, after) && !hasLineBreak(ctx.text, ctx.toks[to - 1].end, after.start)) return true;
  // English perfect and future: "Washington has warned"
  return ctx.cased && ['has', 'have', 'had', 'will', 'would'].includes(ctx.toks[to]?.fold ?? '') && isVerb(ctx, ctx.toks[to + 1]);
}

/** A lower-case word of five letters or more ending in "-ed", not a stopword: a verb in the past tense. */
/** A blessing was written right after token k (src/text/formulas.ts made it one punctuation token). */
function blessedAt(ctx: Ctx, k: number): boolean {
  return isFormulaBoundary(ctx.toks[k + 1]);
}

function pastTenseVerb(ctx: Ctx, t: Tok | undefined): boolean {
  return isWord(t) && !t.capital && t.fold.length >= 5 && t.fold.endsWith('ed') && !ctx.c.stop.has(t.fold);
}

/**
 * Arabic titled person: title phrase, its complements (genitives, nisbas, «في + place», a quoted party
 * name, stacked honorifics), then a 1–3 word name. «وزير الخارجية الأردني سامي القاضي».
 */
function findTitledArabic(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (ctx.claimed[i]) continue;
    let k = titleAt(ctx, i);
    if (k < 0) continue;
    // «الفن الروائي امتحان»: a definite title word right after a definite noun is its adjective («novelistic»)
    const prev = toks[i - 1];
    // «مستشفى الأمير نايف», «جامعة الأمير سلطان»: an institution named after a titled person (its chain reads it)
    if (isWord(prev) && !isDefinite(prev) && prev.stems.some((s) => ctx.c.institutionHeads.has(s)) && toks[i].start - prev.end <= 1) continue;
    // (an honorific noun is no noun described: «صاحب السمو الأمير …» is the prince's title)
    // (but a form of address or a rank is no adjective: «شارك في اللقاء المهندس سالم …»)
    if (isDefinite(toks[i]) && isWord(prev) && isDefinite(prev) && !isStop(ctx, prev) && !isAdjective(ctx, prev) && !stemIn(prev, ctx.c.honorifics) && titleAt(ctx, i - 1) < 0 && toks[i].start - prev.end <= 1 && !/^[وف]/u.test(toks[i].fold) && !stemIn(toks[i], ctx.c.addressTitles)) continue;
    let guard = 0;
    let quotedNameAt = -1; // a quoted name after the title
    let lastTitleEnd = k; // where the last title phrase ended (a quoted name must follow one directly)
    let placeEnd = -1; // where a «في + place» complement of the title ended
    let blessedNameAt = -1; // a one-word name a blessing follows
    while (k < toks.length && guard++ < 10) {
      const t = toks[k];
      if (k === placeEnd && conjoinedPlace(ctx, k)) {
        k = placeEnd = k + 1;
        continue;
      }
      const next = titleAt(ctx, k);
      if (next > k) {
        k = lastTitleEnd = next;
        continue;
      }
      // «أمير المنطقة صاحب السمو الملكي الأمير …», «وزير الإعلام معالي الدكتور …»: an honorific between
      // two titles belongs to the title; the name comes after them
      const honorific = honorificPhraseEnd(ctx, k) > k ? honorificPhraseEnd(ctx, k) : isWord(t) && !isDefinite(t) && stemIn(t, ctx.c.honorifics) && titleAt(ctx, k + 1) > k + 1 ? k + 1 : -1;
      if (honorific > k) {
        k = honorific;
        continue;
      }
      if (t.kind !== 'word') {
        // «الدكتور "الحمادي"»: a quoted name right after a person's title (not after a body's head) is the name
        if (OPEN_QUOTES.has(t.text) && k === lastTitleEnd && !quotedAfterHead(ctx, k)) {
          const close = closingQuote(ctx, k, 3);
          // (after a nationality, or before a given name, the quoted word is a nickname: «المهاجم الإيطالي "المشاغب" ماريو …»)
          const nationality = toks.slice(i, k).some((x) => isWord(x) && x.stems.some((st) => ctx.c.nisbas.has(st)));
          if (close > k + 1 && quotedName(ctx, k + 1, close) && !nationality && !givenNameAt(ctx, toks[close + 1]) && compoundGivenEnd(ctx, close + 1) < 0) {
            quotedNameAt = k + 1;
            k = close;
            break;
          }
        }
        // a quoted party or body name inside the title: رئيس حزب «القوات اللبنانية»
        if (OPEN_QUOTES.has(t.text)) {
          const close = closingQuote(ctx, k, 6);
          if (close > k) {
            k = close + 1;
            continue;
          }
        }
        break;
      }
      if (t.stems.some((s) => ctx.c.titleModifiers.has(s))) {
        k++;
        continue;
      }
      // «أمير منطقة عسير الأمير …»: a bare word after a title ending in a place wrapper, with another title after
      // it, is the place's name
      if (k > i && stemIn(toks[k - 1], ctx.c.placeWrappers) && !isDefinite(toks[k - 1]) && !isDefinite(t) && !givenNameAt(ctx, t) && isNameWord(ctx, t, 0) && titleAt(ctx, k + 1) > k + 1) {
        k++;
        continue;
      }
      const placeEndsAt = governedPlace(ctx, k);
      if (placeEndsAt > k) {
        k = placeEndsAt;
        continue;
      }
      if (isStop(ctx, t)) {
        // «في لبنان», «باسم الانتخابات»: a place or definite complement after في
        // (not after an ambiguous title alone: «للفريق في تركيا» is the team's whereabouts)
        const ambiguousAlone = k === i + 1 && toks[i].stems.some((st) => ctx.c.ambiguousTitles.has(st));
        if (ctx.c.titlePrepositions.has(t.fold) && !ambiguousAlone && toks[k + 1] && (gazetteerAt(ctx, k + 1) || isDefinite(toks[k + 1]))) {
          const g = gazetteerAt(ctx, k + 1);
          k = placeEnd = g ? g.to : k + 2;
          continue;
        }
        break;
      }
      // «الأمير الوليد بن ماجد»: a given name written with the article opens the name, it does not go on with the title
      if (k > i && isDefinite(t) && givenNameAt(ctx, t) && ctx.c.connectors.has(toks[k + 1]?.fold ?? '')) break;
      // «الإمام الشافعي رحمه الله», «الشيخ الألباني - رحمه الله -»: a blessing follows a person, never a title's complement
      if (k > i && isDefinite(t) && blessedAt(ctx, k) && !t.stems.some((s) => ctx.c.nisbas.has(s))) {
        blessedNameAt = k;
        k++;
        break;
      }
      if (isDefinite(t) || t.stems.some((s) => ctx.c.orgHeads.has(s) || ctx.c.titleModifiers.has(s)) || t.fold === 'عام') {
        k++;
        continue;
      }
      // «عضو حقوق الإنسان بمكة»: an indefinite + definite genitive pair, when the title goes on after it
      // (not when the pair is a given name and family name: «الدكتور منصور الدريس رئيس الفريق»)
      if (!isDefinite(t) && isWord(toks[k + 1]) && isDefinite(toks[k + 1]) && !isStop(ctx, toks[k + 1]) && !/^[وف]/u.test(t.fold) && !givenNameAt(ctx, t)) {
        const after = toks[k + 2];
        // («رئيس فريق عمل المستشفيات»: or when it completes an organisation's head noun inside the title)
        const completesHead = !isDefinite(toks[k - 1]) && toks[k - 1].stems.some((s) => ctx.c.orgHeads.has(s));
        // («لاعب خط الوسط ماجد سعود», «مدرب حراس المرمى سالم …»: or when a known given name follows the pair)
        if (completesHead || (after && (titleAt(ctx, k + 2) > k + 2 || after.fold === 'في' || (/^ب/u.test(after.fold) && gazetteerAt(ctx, k + 2)) || (!ctx.cased && !!givenNameAt(ctx, after) && compoundGivenEnd(ctx, k) <= 0 && !t.stems.some((s) => ctx.c.nisbas.has(s)))))) {
          k += 2;
          continue;
        }
      }
      // «وزير الاتصالات وتقنية المعلومات»: a conjoined genitive pair continues the title
      if (/^و/u.test(t.fold) && t.fold.length > 3 && k > i + 1 && !givenNameAt(ctx, t) && isWord(toks[k + 1]) && isDefinite(toks[k + 1]) && !isStop(ctx, toks[k + 1]) && !isDefinite(t)) {
        k += 2;
        continue;
      }
      if (/^ب/u.test(t.fold) && k > i + 1) {
        const g = gazetteerAt(ctx, k);
        if (g && g.entry.type === 'location') {
          k = g.to;
          continue;
        }
      }
      // «أمين عام الاتحاد الأوروبي لكرة القدم»: ل + genitive pair inside the title
      if (/^ل/u.test(t.fold) && k > i + 1 && isWord(toks[k + 1]) && isDefinite(toks[k + 1]) && !isStop(ctx, toks[k + 1])) {
        k += 2;
        continue;
      }
      break;
    }
    if (blessedNameAt > 0) {
      const title = ctx.text.slice(toks[i].start + cliticOffset(toks[i], toks[i].stems.find((s) => ctx.c.titles.has(s)) ?? toks[i].fold), toks[blessedNameAt - 1].end);
      out.push({ type: 'person', from: blessedNameAt, to: k, span: span(ctx, blessedNameAt, k), rule: 'ar:title+name', role: 'name', title, acts: actsAt(ctx, i, k) });
      claim(ctx, i, k);
      i = k - 1;
      continue;
    }
    if (quotedNameAt > 0) {
      const title = ctx.text.slice(toks[i].start + cliticOffset(toks[i], toks[i].stems.find((s) => ctx.c.titles.has(s)) ?? toks[i].fold), toks[quotedNameAt - 2].end);
      out.push({ type: 'person', from: quotedNameAt, to: k, span: span(ctx, quotedNameAt, k), rule: 'ar:title+«name»', role: 'name', title, acts: actsAt(ctx, i, k + 1) });
      claim(ctx, i, k + 1);
      i = k;
      continue;
    }
    const titleEnd = k;
    // «مدير مستشفى الملك خالد»: an institution named after a titled person inside the title phrase; the name after it
    // is the institution's, and the title's holder is unnamed
    // (the institution is named up to the person's name and patronyms: «… الملك سعود الدكتور سامي …» stops before
    // the next title)
    let eponym = -1;
    for (let q = i + 1; q < titleEnd && eponym < 0; q++) if (isWord(toks[q - 1]) && !isDefinite(toks[q - 1]) && toks[q - 1].stems.some((s) => ctx.c.institutionHeads.has(s)) && titleAt(ctx, q) > q) eponym = q - 1;
    if (eponym >= 0) {
      let end = titleEnd;
      if (isNameWord(ctx, toks[end], 0) && !ctx.claimed[end]) end++;
      while (end > titleEnd && end + 1 < toks.length && ctx.c.connectors.has(toks[end].fold) && isNameWord(ctx, toks[end + 1], 1)) end += 2;
      // «مركز الملك سلمان بن عبدالعزيز للإغاثة»: the institution's field, «لل» on a definite noun and its adjectives,
      // goes on after the eponym's name
      if (end > titleEnd) end = eponymFieldEnd(ctx, end);
      if (end > titleEnd) {
        out.push({ type: 'organization', from: eponym, to: end, span: span(ctx, eponym, end), rule: 'ar:eponym-institution', role: 'name' });
        claim(ctx, eponym, end);
      }
      continue;
    }
    const nameStart = k;
    let joined = 0; // connector words (بن، بنت) do not count against the name's length
    // (a quoted nickname may follow the nationality: «المهاجم الإيطالي "المشاغب"»)
    let afterNationality = false;
    for (let q = i; q < titleEnd && !afterNationality; q++) afterNationality = isWord(toks[q]) && toks[q].stems.some((s) => ctx.c.nisbas.has(s));
    // a two-word given name («نصر الله», «عبد الرحمن») opens the name as one part
    const compoundEnd = compoundGivenEnd(ctx, k);
    if (compoundEnd > 0 && !ctx.claimed[k + 1]) {
      k = compoundEnd;
      joined = 1;
    }
    while (k < toks.length && k - nameStart - joined < MAX_NAME_TOKENS) {
      const pos = k - nameStart - joined;
      const t = toks[k];
      if ((ctx.c.connectors.has(t.fold) && pos > 0 && nameAfterConnector(ctx, toks[k + 1])) || hyphenatedFirstName(ctx, k, pos)) {
        // «بن عبد العزيز»: a two-word given name after the connector is one part of the name
        const compound = ctx.c.connectors.has(t.fold) ? compoundGivenEnd(ctx, k + 1) : -1;
        joined += compound > 0 ? 2 : 1;
        k = compound > 0 ? compound : k + 2;
        continue;
      }
      // «… محمد بن راشد هدية»: an object after a patronym the article writes elsewhere with another ending
      if (pos >= 2 && strayAfterPatronym(ctx, nameStart, k)) break;
      // «مدرب الفريق ماركو لونيتي طلب منه …», «أمين المدينة الدكتور سالم العمري أرجأ …»: a short bare word after two name
      // words, written nowhere else, when the article tells the family name before it again, is the verb after the name
      if (pos === 2 && joined === 0 && strayAfterSurname(ctx, k)) break;
      // «النجم يلمع»: an imperfect verb after a title is the predicate
      // (four letters: three-letter words such as «جون» are as often names)
      // (after a nationality, a foreign given name of that shape comes before a family name the article tells again:
      // «وزير الخارجية الياباني تارو موري … وأضاف موري»)
      // (nor after a title alone when the family name comes back alone: «البروفيسور يوسي حايك … وأضاف حايك»)
      if (pos === 0 && looksImperfect(t) && t.fold.length === 4 && !givenNameAt(ctx, t) && !toldFamilyNameAt(ctx, k + 1)) break;
      // «حالة الطفل مستقرة», «… المريضة متحسنة»: a feminine participle of the derived stems (مستفعلة، متفعلة، منفعلة)
      // after a title is the predicate (a given name of such a shape is known)
      if (pos === 0 && t.text.endsWith('\u0629') && /^(مست.{2,}|مت.{3,}|من.{3,})ه$/u.test(t.fold) && !givenNameAt(ctx, t)) break;
      // «الممثلة ستخرج فيلما», «اللاعب سيغادر.»: a future verb after a title is the predicate (a foreign given name of
      // that shape has a bare family name after it: «المدرب ستيفن جيرارد»)
      const after0 = toks[k + 1];
      // (a name is often told again: the verb form, once)
      if (pos === 0 && !afterNationality && /^س[يتن].{3,}/u.test(t.fold) && !t.fold.endsWith('\u0627') && !givenNameAt(ctx, t) && occurrences(ctx, t.core) === 1 && (!isWord(after0) || isDefinite(after0) || isStop(ctx, after0) || hasTanween(after0.text) || after0.fold.endsWith('\u0627'))) break;
      // «مدير تعليم الحد الجنوبي», «مدير تطوير الأعمال»: the verbal noun of the second stem (تفعيل) with a definite
      // genitive is the title's field, not a name (given names of that shape are known, «توفيق»; a foreign name of it,
      // «تيفيز», has no genitive after it)
      if (pos === 0 && /^ت[^ي].ي.$/u.test(t.fold) && !givenNameAt(ctx, t) && !stemIn(t, ctx.c.everydayGivenNames) && isWord(toks[k + 1]) && isDefinite(toks[k + 1]) && !isStop(ctx, toks[k + 1])) break;
      // «المواطن المتقدم بطلب قرض»: «ب» on a three-letter noun before an indefinite word is a phrase («with a
      // request for a loan»), not a name (names of that shape are known given names: «بدر», «بسام», «بلال»)
      if (pos === 0 && /^ب/u.test(t.fold) && t.fold.length === 4 && !givenNameAt(ctx, t) && t.stems.includes(t.fold.slice(1)) && isWord(toks[k + 1]) && !isDefinite(toks[k + 1]) && !isStop(ctx, toks[k + 1])) break;
      // «اللاعب السعودي وفرض سيطرته»: «و» on a three-letter word after a title is «and» and a verb, not a name
      // (given names with «و» of their own — «وليد», «وائل», «وسام» — are known)
      // (when the next word is its object — no family name with the article: «وجيه الحسيني» stays a name)
      const objectNext = !isWord(toks[k + 1]) || !isDefinite(toks[k + 1]) || toks[k + 1].text.endsWith('\u0629');
      if (pos === 0 && /^و/u.test(t.fold) && t.fold.length === 4 && !givenNameAt(ctx, t) && t.stems.includes(t.fold.slice(1)) && objectNext) break;
      // a connector with no name after it ends the name before it («… سالم بن» is cut short, not kept)
      if (pos > 0 && ctx.c.connectors.has(t.fold)) break;
      // «… للرئيس سالم بدعم من …», «… الملك فهد بن سعيد بصرف مكافأة …»: «ب» on a word the article also writes
      // without it is a prepositional phrase after the name, not a family name («بقشان», «بلحمر» are written with it only)
      if (pos > 0 && prepositionalPhraseAt(ctx, k)) break;
      // (after a nationality, «المهاجم الإيطالي ماريو بالوتيلي مع …», a preposition ends the foreign name too)
      // (or a phrase of «بالـ/للـ» on a noun: «السباح الأمريكي مارك ستيفنز بالذهبية»)
      const phraseNext = isWord(toks[k + 1]) && /^(بال|لل)/u.test(toks[k + 1].fold) && !foreignNameWord(ctx, toks[k + 1]);
      const foreign = pos > 0 && foreignNameWord(ctx, t) && (nameBoundary(ctx, k + 1) || (afterNationality && (ctx.c.nameEndPrepositions.has(toks[k + 1]?.fold ?? '') || phraseNext)));
      if (!(isNameWord(ctx, t, pos) || (pos > 0 && hadramiFamilyName(ctx, k)) || foreign) || gazetteerAt(ctx, k) || (pos >= 2 && titleAt(ctx, k) > k)) break;
      // «الملازم طيار الأمير بندر …»: a title with a given name after it starts the next name («سامي القاضي» stays)
      if (pos >= 1 && titledGivenNameAt(ctx, k)) break;
      if (pos === 0 && possessedNoun(ctx, k)) break;
      // «غرّم المتهم مبلغا كبيرا»: two indefinite accusatives written with a final alef (a noun and its adjective)
      // are the object, not a name
      if (pos === 0 && accusativePair(ctx, k)) break;
      // «أقارب الشهيد وهبطت …»: «و» on a feminine past verb opens the next clause
      if (pos === 0 && /^و.{3,}ت$/u.test(t.fold) && !givenNameAt(ctx, t)) break;
      // «الوزير مؤكدا أن …», «الأمير … حفل الأهالي»: a participle in the accusative (a circumstance, م…ا) or an
      // event's head noun is no name
      // (a foreign name of that shape has a family name after it: «المغنية ماريا كارلوس»)
      // («… سوانزي قائلا»: the active participle of the first stem, فاعلا, too)
      if (!givenNameAt(ctx, t) && !isDefinite(t) && (stemIn(t, ctx.c.eventHeads) || ((/^م.{3,}ا$/u.test(t.fold) || /^.ا..ا$/u.test(t.fold)) && !isNameWord(ctx, toks[k + 1], 1)))) break;
      // after the first name: «… حسين يسمح», «… فابيان يواصل» (an imperfect verb; «يماني», a nisba, is a family
      // name), «… تركي حقه» (a noun with «his»)
      if (pos > 0 && !givenNameAt(ctx, t) && !isDefinite(t) && ((/^ي/u.test(t.fold) && t.fold.length <= 5 && !/ي$/u.test(t.fold)) || (t.text.endsWith('\u0647') && t.fold.length === 3))) break;
      // «افتتح مدير التعليم معرض «ألوان»»: a head noun before a quoted name is the object, not a name
      if (OPEN_QUOTES.has(toks[k + 1]?.text ?? '') && (stemIn(t, ctx.c.quotedNameHeads) || stemIn(t, ctx.c.eventHeads) || stemIn(t, ctx.c.orgHeads))) break;
      // («… جميل بوشيت والعضو …»: «بو» opens a family name, not a preposition)
      // (nor before a relative pronoun: «… سامي كوليبالي الذي …» is a clause about the name)
      if (pos > 0 && /^[بلك]/u.test(t.fold) && !t.fold.startsWith('\u0628\u0648') && isWord(toks[k + 1]) && isDefinite(toks[k + 1]) && !/^[وف]/u.test(toks[k + 1].fold) && !ctx.c.relativePronouns.has(toks[k + 1].fold)) break;
      // (a fourth part only as a family name with the article closing a name opened by a known given name: «العريف
      // سالم عمر حمد الفلاحي»)
      // (or a bare family name after a father's and a grandfather's known given names: «الجندي سالم ناصر محمد عسيري»)
      const closes = !isWord(toks[k + 1]) || isStop(ctx, toks[k + 1]) || nameBoundary(ctx, k + 1) || /^و/u.test(toks[k + 1].fold);
      const quad = pos === 3 && joined === 0 && (!isDefinite(t) || /ي$/u.test(t.fold)) && givenNameAt(ctx, toks[nameStart + 1]) && givenNameAt(ctx, toks[nameStart + 2]) && !givenNameAt(ctx, t) && closes;
      if (pos >= 3 && !quad && !(pos === 3 && joined === 0 && givenNameAt(ctx, toks[nameStart]) && isDefinite(t) && /ي$/u.test(t.fold) && !toks.slice(nameStart + 1, k).some((x) => isDefinite(x) || stemIn(x, ctx.c.groupHeads)) && closes)) break;
      // «الظهير الأيسر أحمد عكاش المنتقل …»: a word of a player's transfer describes the name, it is no family name
      if (pos > 0 && stemIn(t, ctx.c.transferCues)) break;
      k++;
      // a family name with the article («الحربي») ends the name, unless another one follows («الفهد الصباح»)
      const more = toks[k];
      // (a feminine or plural noun — «المباراة», «القوات» — is the object, not a second family name)
      if (pos > 0 && isDefinite(t) && !ctx.c.kinship.has(toks[k - 2].fold) && !(isWord(more) && isDefinite(more) && !isAdjective(ctx, more) && isNameWord(ctx, more, pos + 1) && !/(ه|ات)$/u.test(more.fold))) break;
      // «القاضي … أبو القاسم غرمت المتهم»: after a kunya («أبو القاسم») only another definite family name goes on
      if (pos > 0 && isDefinite(t) && ctx.c.kunya.has(toks[k - 2].fold) && !(isWord(more) && isDefinite(more) && isNameWord(ctx, more, pos + 1))) break;
    }
    // kinship particle opening the name: عبد الكريم، أبو مصعب
    if (k > nameStart && ctx.c.kinship.has(toks[nameStart].fold) && k - nameStart === 1) {
      if (isNameWord(ctx, toks[k], 1)) k++;
    }
    if (k === nameStart) continue; // a title alone: resolved later as a reference
    // «رئيس مركز وادي الزهور سالم العتيبي»: bare words between a title ending in an indefinite head noun and a known
    // given name complete the title (the body's name); the person is named from the given name on
    // «المدير التنفيذي لمركز سالم الثقافي», «مدير مستشفى سعد التخصصي»: after an institution's head at the title's
    // end, a name closed by a type adjective of institutions is the institution's name, not the title holder's
    const typeEnd = k - 1;
    if (k - nameStart >= 2 && !isDefinite(toks[titleEnd - 1]) && (stemIn(toks[titleEnd - 1], ctx.c.institutionHeads) || stemIn(toks[titleEnd - 1], ctx.c.orgHeads)) && isWord(toks[typeEnd]) && stemIn(toks[typeEnd], ctx.c.institutionAdjectives)) {
      const headTok = toks[titleEnd - 1];
      const headStem = headTok.stems.find((x) => ctx.c.institutionHeads.has(x) || ctx.c.orgHeads.has(x)) ?? headTok.fold;
      out.push({ type: 'organization', from: titleEnd - 1, to: k, span: [headTok.start + cliticOffset(headTok, headStem), toks[k - 1].end], rule: 'ar:title-institution', role: 'name' });
      claim(ctx, i, k);
      i = k - 1;
      continue;
    }
    if (compoundEnd < 0 && !givenNameAt(ctx, toks[nameStart]) && !isDefinite(toks[titleEnd - 1]) && stemIn(toks[titleEnd - 1], ctx.c.orgHeads)) {
      let q = nameStart + 1;
      while (q < k && !(givenNameAt(ctx, toks[q]) && !ctx.c.connectors.has(toks[q - 1].fold))) q++;
      if (q < k) {
        out.push({ type: 'organization', from: nameStart, to: q, span: span(ctx, nameStart, q), rule: 'ar:title-complement', role: 'name' });
        // the name: the given name and what the run took after it, with one more family name with the article
        let end = k;
        const last = toks[end];
        if (end - q < 3 && isWord(last) && isDefinite(last) && !ctx.claimed[end] && isNameWord(ctx, last, end - q) && !stemIn(last, ctx.c.titleModifiers) && !stemIn(last, ctx.c.genericAdjectives) && (!isAdjective(ctx, last) || /ي$/u.test(last.fold))) end++;
        const title = ctx.text.slice(toks[i].start + cliticOffset(toks[i], toks[i].stems.find((x) => ctx.c.titles.has(x)) ?? toks[i].fold), toks[q - 1].end);
        out.push({ type: 'person', from: q, to: end, span: span(ctx, q, end), rule: 'ar:title+name', role: 'name', title, acts: actsAt(ctx, i, end) });
        claim(ctx, i, end);
        i = end - 1;
        continue;
      }
    }
    // one bare word between two titles, the second with its own name, qualifies the first («الملازم طيار الأمير …»)
    if (k - nameStart === 1 && titledGivenNameAt(ctx, k) && !givenNameAt(ctx, toks[nameStart])) continue;
    // «أمين متحف دارين الدكتور سالم …»: bare words between an indefinite title and a second title that takes a
    // name complete the first title (the body it heads); the person is named after the second
    const second = k - nameStart <= 2 ? titleAt(ctx, k) : -1;
    if (second > k && compoundEnd < 0 && !isDefinite(toks[titleEnd - 1]) && !givenNameAt(ctx, toks[nameStart]) && isNameWord(ctx, toks[second], 0) && !isDefinite(toks[second]) && !gazetteerAt(ctx, second)) {
      out.push({ type: 'organization', from: nameStart, to: k, span: span(ctx, nameStart, k), rule: 'ar:title-complement', role: 'name' });
      claim(ctx, nameStart, k);
      i = k - 1;
      continue;
    }
    // «رئيس مستقل», «نائب سابق»: an indefinite title with nothing after it but one word is a noun phrase
    if (titleEnd === i + 1 && !isDefinite(toks[i]) && k - nameStart === 1) continue;
    // «اللاعب جاهز» (the player is ready): one bare word of the active-participle shape (فاعل) after a title is
    // the predicate, unless it is a known given name
    if (k - nameStart === 1 && isDefinite(toks[titleEnd - 1]) && toks[nameStart].fold.length === 4 && toks[nameStart].fold[1] === '\u0627' && !givenNameAt(ctx, toks[nameStart])) continue;
    // «بأن الفريق جاهز» (the team is ready): an ambiguous title alone takes only a two-word name
    if (titleEnd === i + 1 && k - nameStart === 1 && toks[i].stems.some((st) => ctx.c.ambiguousTitles.has(st))) continue;
    // «بوصول الفريق لربع نهائي»: after an ambiguous title alone, a first word with a preposition on it is a phrase
    // («أساعد الفريق وسأحاول …», «شكر الفريق وقدم …»: a first word with the conjunction «و/ف» opens the next clause;
    // names written so — «وليد», «وائل» — are known given names)
    if (titleEnd === i + 1 && /^[بلكوف]/u.test(toks[nameStart].fold) && !givenNameAt(ctx, toks[nameStart]) && toks[i].stems.some((st) => ctx.c.ambiguousTitles.has(st))) continue;
    if (k - nameStart === 1 && loneWordAfterTitle(ctx, i, titleEnd, nameStart, afterNationality)) continue;
    // «نقل الوكيل تحيات سمو أمير المنطقة»: an honorific right after one bare word opens the next title; the word is
    // the verb's object (a name is not followed by an honorific)
    if (k - nameStart === 1 && !givenNameAt(ctx, toks[nameStart]) && isWord(toks[k]) && stemIn(toks[k], ctx.c.honorifics)) continue;
    const title = ctx.text.slice(toks[i].start + cliticOffset(toks[i], toks[i].stems.find((s) => ctx.c.titles.has(s)) ?? toks[i].fold), toks[titleEnd - 1].end);
    out.push({
      type: 'person',
      from: nameStart,
      to: k,
      span: span(ctx, nameStart, k),
      rule: 'ar:title+name',
      role: 'name',
      title,
      acts: actsAt(ctx, i, k),
    });
    // the organisation named inside the title is an actor too («القوات اللبنانية»)
    for (let q = i; q < titleEnd; q++) {
      if (OPEN_QUOTES.has(toks[q].text) && toks[q - 1] && toks[q - 1].stems.some((s) => ctx.c.orgHeads.has(s))) {
        const close = closingQuote(ctx, q, 6);
        if (close > q + 1) out.push(quotedOrg(ctx, q - 1, q, close));
      }
      // and a club a coach or a player serves («المدير الفني للفريق الأول بنادي الهلال»: «نادي الهلال»), with its
      // nationality («بنادي العين الإماراتي»); not a rank that is a title too («الفريق»)
      const clubHead = q + 1 < titleEnd && isWord(toks[q + 1]) && !isStop(ctx, toks[q + 1]) ? toks[q].stems.find((s) => ctx.c.clubHeads.has(s) && !ctx.c.titleWords.has(s)) : undefined;
      if (clubHead && !isDefinite(toks[q])) {
        let end = q + 2;
        if (end < titleEnd && isWord(toks[end]) && toks[end].stems.some((s) => ctx.c.nisbas.has(s))) end++;
        out.push({ type: 'organization', from: q, to: end, span: [toks[q].start + cliticOffset(toks[q], clubHead), toks[end - 1].end], rule: 'ar:title-club', role: 'name', head: clubHead });
      }
    }
    claim(ctx, i, k);
    i = k - 1;
  }
}

/** Every folded word form the article writes (cached per context). */
const foldSets = new WeakMap<Ctx, Set<string>>();
function writtenFolds(ctx: Ctx): Set<string> {
  let set = foldSets.get(ctx);
  if (!set) {
    set = new Set<string>();
    for (const t of ctx.toks) if (t.kind === 'word') set.add(t.fold);
    foldSets.set(ctx, set);
  }
  return set;
}

/** How many times each word occurs in the article, by its core or its fold (counted once per context and key). */
const wordCounts = new WeakMap<Ctx, { core?: Map<string, number>; fold?: Map<string, number> }>();
function countOf(ctx: Ctx, key: 'core' | 'fold', value: string): number {
  let byKey = wordCounts.get(ctx);
  if (!byKey) wordCounts.set(ctx, (byKey = {}));
  let m = byKey[key];
  if (!m) {
    m = new Map();
    for (const t of ctx.toks) if (isWord(t)) m.set(t[key], (m.get(t[key]) ?? 0) + 1);
    byKey[key] = m;
  }
  return m.get(value) ?? 0;
}

/** How many times a folded word core occurs in the article. */
function occurrences(ctx: Ctx, core: string): number {
  return countOf(ctx, 'core', core);
}

/**
 * «بدعم», «بصرف», «لفحص»: «ب» or «ل» on a word of three letters or more that the article also writes in another form
 * (bare, with the article or «لل»: «الدعم», «صرف», «للفحص») — a preposition and a noun, not a name. Not a known given
 * name; a family name written with the letter («بقشان», «وبقشان») has no other form.
 */
function prepositionalPhraseAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (ctx.cased || !isWord(t) || !/^[\u0628\u0644]/u.test(t.fold) || t.fold.startsWith('\u0628\u0627') || t.fold.startsWith('\u0644\u0644') || t.fold.length < 4 || givenNameAt(ctx, t)) return false;
  const core = t.fold.slice(1);
  if (!t.stems.includes(core) || core.length < 3) return false;
  let m = coreForms.get(ctx);
  if (!m) {
    m = new Map();
    for (const w of ctx.toks) {
      if (!isWord(w)) continue;
      const set = m.get(w.core) ?? new Set<string>();
      set.add(w.fold);
      m.set(w.core, set);
    }
    coreForms.set(ctx, m);
  }
  for (const f of m.get(core) ?? []) if (!f.endsWith(t.fold) || f === '\u0644' + t.fold) return true;
  return false;
}
const coreForms = new WeakMap<Ctx, Map<string, Set<string>>>();

/** Three spaces or more, a tab or a line break between a token and the one before it. */
function layoutGap(ctx: Ctx, k: number): boolean {
  if (k <= 0 || k >= ctx.toks.length) return false;
  const gap = ctx.text.slice(ctx.toks[k - 1].end, ctx.toks[k].start);
  return gap.length >= 3 && /\s{3}|[\t\n]/u.test(gap);
}

/** A title word or a member noun before k, or before «في» before k («زعيم حركة …», «القيادي في حركة …»). */
function memberOf(ctx: Ctx, k: number): boolean {
  let p = k - 1;
  if (ctx.toks[p]?.fold === 'في') p--;
  const t = ctx.toks[p];
  return isWord(t) && t.stems.some((s) => ctx.c.titleWords.has(s) || ctx.c.memberNouns.has(s));
}

/** A partitive («بعض») right before a mention of the head noun. */
function partitiveOf(ctx: Ctx, head: string): boolean {
  for (let q = 1; q < ctx.toks.length; q++) {
    const t = ctx.toks[q];
    if (isWord(t) && (t.fold === head || t.fold === 'ال' + head) && isWord(ctx.toks[q - 1]) && stemIn(ctx.toks[q - 1], ctx.c.partitives)) return true;
  }
  return false;
}

/** The headline has a word of that stem (bare, with the article or a clitic). */
function headlineHas(ctx: Ctx, head: string): boolean {
  const h = ctx.article.headline?.span;
  if (!h) return false;
  for (const t of ctx.toks) {
    if (t.start >= h[1]) break;
    if (t.start >= h[0] && isWord(t) && (t.stems.includes(head) || t.stems.includes('ال' + head))) return true;
  }
  return false;
}

/** Some mention of the head noun (bare, with the article or a clitic) has a verb of acting or saying next to it. */
function headActs(ctx: Ctx, head: string): boolean {
  for (let q = 0; q < ctx.toks.length; q++) {
    const t = ctx.toks[q];
    // (not with a preposition on it: «رد بحركة وصفت …» is an object)
    if (isWord(t) && (t.stems.includes(head) || t.stems.includes('ال' + head)) && !/^[بلك]/u.test(t.fold) && actsAt(ctx, q, q + 1)) return true;
  }
  return false;
}

/**
 * A bare word the article writes again on its own (a foreign family name told alone later: «… تارو موري … وأضاف موري»):
 * no article, no «ة», no particle, verb, clitic-prefixed form, event or sports word.
 */
function toldFamilyNameAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (ctx.cased || !isWord(t) || isDefinite(t) || t.text.endsWith('\u0629') || isStop(ctx, t) || isVerb(ctx, t) || hasTanween(t.text)) return false;
  if ((/^[وفبلك]/u.test(t.fold) && !t.fold.startsWith('\u0628\u0627')) || /ات$/u.test(t.fold) || t.fold.length < 3 || stemIn(t, ctx.c.eventHeads) || stemIn(t, ctx.c.sportsWords) || stemIn(t, ctx.c.orgHeads) || stemIn(t, ctx.c.titleWords)) return false;
  return countOf(ctx, 'fold', t.fold) >= 2;
}

/** Per article and head noun: the answer of a whole-text scan (headActs, partitiveOf, headlineHas), worked out once. */
const headScans = new WeakMap<Ctx, Map<string, boolean>>();
function headScan(ctx: Ctx, key: string, scan: () => boolean): boolean {
  let m = headScans.get(ctx);
  if (!m) headScans.set(ctx, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = scan()));
  return v;
}

/** «بعدها», «قبله», «خلالهم»: a particle of the stop list with a pronoun on it (never a genitive or a name). */
function particleWithPronoun(ctx: Ctx, t: Tok): boolean {
  if (ctx.cased) return false;
  const m = /^(.{2,}?)(ها|هما|هم|هن|ه|نا|كم)$/u.exec(t.fold);
  return !!m && ctx.c.stop.has(m[1]);
}

/**
 * One bare word after a title, named nowhere else in the article, is more often the rest of the sentence than a
 * name: the predicate («… وكيل الوزارة للتعليم العالي مجاز»), a verbal noun («المتحدث باسم اللجنة ضبط أي …»), an
 * adverbial accusative («المرشح الأوفر حظا»), a prepositional phrase («المدير بخير», «رئيس الاتحاد بقرار …»).
 * Such a word is no name when the title is a full phrase (a head with its complement) or when the word carries a
 * preposition or conjunction — but not after a nationality, where a foreign surname comes («المدرب الروماني
 * ريجيكامب», «المدرب البرتغالي كوستينيا»). A known given name, a word the article repeats, a word in the speaker's
 * slot, one glossed in brackets, or (without a prefix) one closing the sentence stays a name.
 */
function loneWordAfterTitle(ctx: Ctx, i: number, titleEnd: number, nameStart: number, afterNationality: boolean): boolean {
  const t = ctx.toks[nameStart];
  if (givenNameAt(ctx, t)) return false;
  // shapes no lone name has: an imperfect of the fifth and sixth stems («تتوفر», «يتحدث»), their past in «ت»
  // («تحولت»), an adverb in «ـيا» («خارجيا»), a verb or noun with «ـه» («منحه», «سموه»), a connector alone («بن»)
  if (!ctx.cased && (/^[يتن]ت.{3,}/u.test(t.fold) || /^[وف]?ت.{2,3}ت$/u.test(t.fold) || (/[^ي]يا$/u.test(t.fold) && t.fold.length >= 5 && !afterNationality) || (t.text.endsWith('\u0647') && t.fold.length === 4) || ctx.c.connectors.has(t.fold))) return true;
  // «اصطدم سائق الشاحنة بحصان»: a lone word with a preposition on it after a title is the verb's complement when the
  // article writes the noun without it too («حصان شارد …»); a foreign name opening with «ب» («بيرتوني») has no such
  if (!ctx.cased && /^[بلك]/u.test(t.fold) && t.core !== t.fold && t.core.length >= 3 && !afterNationality && writtenFolds(ctx).has(t.core)) return true;
  if (occurrences(ctx, t.core) > 1) return false;
  // a name in the speaker's or subject's slot: «وقال وزير الخارجية لافروف إن …», «… بوتين الذي …», «… كارو: …»
  const next = ctx.toks[nameStart + 1];
  if (next && (next.text === ':' || OPEN_QUOTES.has(next.text) || (isWord(next) && (ctx.c.complementisers.has(next.fold) || ctx.c.relativePronouns.has(next.fold) || isVerb(ctx, next))))) return false;
  // «المواطن يستهين», «المدرب السويسري ليصنع»: a lone word of the imperfect verb's shape is the predicate (a
  // foreign name after a nationality may open with «يو/يا»: «المدرب الألماني يواكيم»)
  if (!ctx.cased && /^[\u0644\u0648\u0641]?\u064A/u.test(t.fold) && t.fold.length >= 3 && !(afterNationality && /^\u064A[\u0648\u0627]/u.test(t.fold))) return true;
  if (afterNationality) return false;
  const prepositional = /^[بلكوف]/u.test(t.fold) && t.fold.length >= 4;
  // «مدرب الحراس هيقيتا.», «المدير الفني بولوني (روماني)»: a word glossed in brackets, or closing the sentence
  if (next?.text === '(' || (!prepositional && (!next || next.text === '.'))) return false;
  let words = 0;
  for (let q = i; q < titleEnd; q++) if (isWord(ctx.toks[q])) words++;
  return words >= 2 || prepositional;
}

/**
 * «رئيس إقليم كردستان»: a place wrapper governed by the indefinite title word right before it, with a known place
 * or one bare word that is no given name. Returns the token after it, or -1. (Only right after the title word:
 * after an organisation inside a title — «بشرطة محافظة …» — the chain is the organisation's.)
 */
function governedPlace(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const head = toks[k - 1];
  if (!isWord(head) || isDefinite(head) || !isWord(toks[k]) || isDefinite(toks[k]) || !stemIn(toks[k], ctx.c.placeWrappers)) return -1;
  if (!head.stems.some((s) => ctx.c.titles.has(s))) return -1;
  const g = gazetteerAt(ctx, k + 1);
  if (g) return g.entry.type === 'location' ? g.to : -1;
  const place = toks[k + 1];
  if (isWord(place) && !isDefinite(place) && !isStop(ctx, place) && !givenNameAt(ctx, place) && isNameWord(ctx, place, 0)) return k + 2;
  return -1;
}

/**
 * «محلل الشؤون النفطية في اليمن والخليج …»: a definite word with «و» right after the title's «في + place»
 * complement is a second place of the same complement, not the name.
 */
function conjoinedPlace(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && t.fold.startsWith('وال') && t.fold.length >= 5 && !isStop(ctx, t) && !t.stems.some((s) => ctx.c.titleWords.has(s) || ctx.c.orgHeads.has(s));
}

function closingQuote(ctx: Ctx, open: number, max: number): number {
  for (let k = open + 1; k < ctx.toks.length && k <= open + max + 1; k++) {
    const t = ctx.toks[k];
    if (t.kind === 'punct' && CLOSE_QUOTES.has(t.text)) return k;
    if (t.kind === 'punct' && /[.،,:؛!?؟]/u.test(t.text)) return -1;
  }
  return -1;
}

function quotedOrg(ctx: Ctx, head: number, open: number, close: number): Candidate {
  const headTok = ctx.toks[head];
  const headKey = headTok.stems[headTok.stems.length - 1];
  return {
    type: ctx.c.groupHeads.has(headKey) ? 'group' : 'organization',
    from: open + 1,
    to: close,
    span: span(ctx, open + 1, close),
    rule: 'ar:head+«name»',
    role: 'name',
    // (head and words, so that «أكاديمية «كفى»» and «أكاديمية كفى الرياضية» are compared as one body's forms)
    head: (headTok.stems.find((s) => ctx.c.orgHeads.has(s)) ?? headKey).replace(/^ال/u, ''),
    mods: ctx.toks.slice(open + 1, close).filter((x) => x.kind === 'word').map(keyOf),
    forms: [ctx.text.slice(headTok.start + cliticOffset(headTok, headTok.stems.find((s) => ctx.c.orgHeads.has(s)) ?? headTok.fold), ctx.toks[close].end)],
  };
}

/** Key of a word for comparing organisation forms: its shortest stem (article and clitics gone). */
const keyOf = (t: Tok) => t.core;

/**
 * Arabic organisation chain: head noun + genitive (definite word, gazetteer name, known person, quoted
 * name, parenthesised tail) + adjectives + «لل…» complement + «في + place» + «(ACRONYM)».
 */
function findOrgChainsArabic(ctx: Ctx, out: Candidate[], persons: Candidate[]): void {
  const { toks } = ctx;
  const personKeys = new Map<string, Candidate>();
  for (const p of persons) personKeys.set(keyOf(toks[p.to - 1]), p);
  // «قوات التحالف»: the group head skipped before an organisation's own chain, whose other name it makes
  let forces = -1;
  const forcesForm = (from: number, end: number): string[] | undefined => {
    if (forces !== from - 1 || forces < 0) return undefined;
    const f = toks[forces];
    return [ctx.text.slice(f.start + cliticOffset(f, f.stems.find((s) => ctx.c.groupHeads.has(s)) ?? f.fold), toks[end - 1].end)];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (ctx.claimed[i] || !isWord(t)) continue;
    // «موقع "…"»: some heads name an organisation only before a quoted name
    const quotedHead = OPEN_QUOTES.has(toks[i + 1]?.text ?? '') ? t.stems.find((s) => ctx.c.quotedNameHeads.has(s)) : undefined;
    const headStem = quotedHead ?? t.stems.find((s) => ctx.c.orgHeads.has(s) || ctx.c.groupHeads.has(s)) ?? wrapperOnlyHead(ctx, i);
    if (!headStem) continue;
    // «بقيادة المدرب …» (led by): a head that, with a preposition on it, is a preposition itself
    if (t.fold !== headStem && /^[وف]?ب/u.test(t.fold) && !isDefinite(t) && ctx.c.prepositionalHeads.has(headStem)) continue;
    // «قيادة المرأة», «تنظيم مهرجان العيد»: an indefinite verbal-noun head before a common noun is the action
    if (!isDefinite(t) && ctx.c.verbalNounHeads.has(headStem) && !commandsBody(ctx, i + 1)) continue;
    // a known organisation («اللجنة الأولمبية الدولية») is left to the gazetteer, which knows its other names
    const known = gazetteerAt(ctx, i);
    if (known && known.to >= i + 2) continue;
    const head = headStem.startsWith('ال') ? headStem.slice(2) : headStem;
    // «قوات حكومة الإنقاذ»: the forces of an organisation are that organisation; its own chain follows
    // (and «عناصر المعارضة», «قوات المقاومة»: a group head before a definite group head)
    if (ctx.c.groupHeads.has(head) && isWord(toks[i + 1]) && (toks[i + 1].stems.some((s) => ctx.c.orgHeads.has(s)) || (isDefinite(toks[i + 1]) && toks[i + 1].stems.some((s) => ctx.c.groupHeads.has(s))))) {
      forces = i;
      continue;
    }
    const definiteHead = isDefinite(t);
    // «الصحف المعارضة»: a participle-shaped head (م…ة) right after a definite noun agrees with it as an
    // adjective (other heads may follow a definite object: «ينظم السباق الاتحاد الدولي»)
    if (definiteHead && /^م.*ه$/u.test(t.core) && isWord(toks[i - 1]) && isDefinite(toks[i - 1]) && !isStop(ctx, toks[i - 1]) && t.start - toks[i - 1].end <= 1 && !/^[وف]/u.test(t.fold)) continue;
    const type: ActorType = ctx.c.groupHeads.has(headStem) || ctx.c.groupHeads.has(head) ? 'group' : 'organization';
    let k = i + 1;
    let owner: Candidate | undefined;
    let genitive = false;
    let namedAfter = false; // named after a person: adjectives after the name agree with the head
    const seatToks = new Set<number>(); // «بتركيا», «في عدن»: where the body sits

    if (!definiteHead) {
      const n = toks[k];
      const g = n ? gazetteerAt(ctx, k) : null;
      const wrapped = wrappedPlaceEnd(ctx, k);
      if (wrapped > 0 && !ctx.c.eventHeads.has(head)) {
        // «رئاسة إقليم كردستان», «مجلس محافظة البصرة»: a governed place wrapper and its place name the body
        k = wrapped;
        genitive = true;
      } else if (g && g.entry.type !== 'location' && g.entry.type !== 'person') {
        k = g.to;
        genitive = true;
      } else if (g) {
        if (ctx.c.eventHeads.has(head)) continue; // مؤتمر برلين: the place is the actor
        if (g.start !== n.start) continue; // «مستشفى بمكة»: a place after a preposition is not a genitive
        k = g.to;
        genitive = true;
      } else if (n && OPEN_QUOTES.has(n.text)) {
        const close = closingQuote(ctx, k, 6);
        if (close > k + 1) {
          out.push(quotedOrg(ctx, i, k, close));
          claim(ctx, i, close + 1);
          i = close;
        }
        continue;
      } else if (n && n.text === '(') {
        const close = parenEnd(ctx, k);
        if (close < 0) continue;
        k = close + 1;
        genitive = true;
      } else if (isWord(n) && titleAt(ctx, k) > k) {
        // قوات اللواء … سالم الورفلي: the group of a titled person
        const p = persons.find((c) => c.from > k && c.from <= k + 8 && titleReaches(ctx, k, c.from));
        // «فريق المدرب دونيس» (the coach's team): the club the article names elsewhere, not a body of its own
        if (p && ctx.c.clubHeads.has(head)) continue;
        if (p) {
          owner = p;
          // «مكتب رئيس الوزراء الإيطالي ماريو روسي»: an office is named by the title it serves, the person is an
          // actor of his own (a group — «قوات اللواء …» — or a government is named after its leader)
          k = ctx.c.officeHeads.has(head) ? p.from : p.to;
          genitive = true;
        } else if (isDefinite(n) && ctx.c.institutionHeads.has(head)) {
          // «مستشفى الأمير نايف»: the titled person an institution is named after (taken with the name below)
          k++;
          genitive = true;
        } else continue;
      } else if (ctx.c.institutionHeads.has(head) && personalNameEnd(ctx, k) > k) {
        // «مركز سالم بن حمد للتراث», «جائزة فهد بن سعيد للتميز»: an institution named after a person by his
        // patronymic name (the person is not an actor of the story)
        k = personalNameEnd(ctx, k);
        genitive = true;
        namedAfter = true;
      } else if (isWord(n) && personKeys.has(keyOf(n)) && !isDefinite(n)) {
        owner = personKeys.get(keyOf(n));
        k++;
        genitive = true;
      } else if (isWord(n) && isDefinite(n) && !isStop(ctx, n) && !/^(لل|بال|كال)/u.test(n.fold) && !titleWordAt(ctx, k)) {
        k++;
        genitive = true;
        // «وزارة التجارة والصناعة», «إدارة التربية والتعليم»: a ministry's or department's field is often two
        // coordinated nouns (not a plural of people: «إدارة النادي والجماهير» are two actors)
        if (ctx.c.coordinatedFieldHeads.has(head) && coordinatedNoun(ctx, k) && !/(ين|ون|ات)$/u.test(toks[k].core) && !stemIn(toks[k], ctx.c.peoplePlurals) && !stemIn(toks[k], ctx.c.notTeams)) k++;
      } else if (isWord(n) && !isDefinite(n) && !isStop(ctx, n) && !/^[وفبلك]/u.test(n.fold) && !looksImperfect(n) && !hasTanween(n.text) && !stemIn(n, ctx.c.facilityHeads) && !stemIn(n, ctx.c.institutionHeads) && !stemIn(n, ctx.c.orgHeads) && !stemIn(n, ctx.c.placeWrappers) && titledGivenNameAt(ctx, k + 1)) {
        // (not a head noun of its own, which the royal name completes: «إدارة مطار الملك سالم الدولي»)
        // «صاحب شركة سيرانا الأمير سامي بن فهد»: a bare name before a titled person names the body; the title and
        // the name after it are the person's
        k++;
        genitive = true;
      } else if (isWord(n) && !isDefinite(n) && !isStop(ctx, n) && isWord(toks[k + 1]) && isDefinite(toks[k + 1]) && !isStop(ctx, toks[k + 1]) && !/^(لل|بال|كال|وال|فال)/u.test(toks[k + 1].fold) && !/^[وف]/u.test(n.fold) && !looksImperfect(n) && !(/^[بلك]/u.test(n.fold) && n.stems.some((st) => ctx.c.orgHeads.has(st) || ctx.c.institutionHeads.has(st) || ctx.c.facilityHeads.has(st) || ctx.c.placeWrappers.has(st))) && !particleWithPronoun(ctx, n) && !(activeParticiple(toks[k + 1]) && /^م.ا..ه?$/u.test(toks[k + 1].core) && isWord(toks[k + 2]) && /^ل/u.test(toks[k + 2].fold))) {
        // («مديرية حرض المتاخمة للحدود»: a participle governing «لـ» after the bare word describes it; no genitive)
        // («قسم بعدها المدرب المشاركين»: a particle with a pronoun on it is no genitive: the head is a verb)
        // («جناح بمستشفى الأمير»: a preposition on a head noun starts a phrase of place, not a genitive)
        // حقوق الإنسان: an indefinite genitive closed by a definite one («قناة تصل البحر» is a clause)
        k += 2;
        genitive = true;
      } else if (isWord(n) && ctx.c.titleWords.has(n.core) && isWord(toks[k + 1]) && !isDefinite(toks[k + 1]) && isNameWord(ctx, toks[k + 1], 0)) {
        k++;
      } else if (!isWord(n) || ctx.claimed[k]) {
        continue;
      } else {
        continue;
      }
      if (owner === undefined && toks[k - 1].stems.some((st) => ctx.c.titleWords.has(st)) && isNameWord(ctx, toks[k], 0) && !layoutGap(ctx, k)) {
        // مستشفى الملك فيصل: a royal or honorific genitive takes the name after it
        k++;
        // («جامعة الأمير فهد بن سالم»: a patronym goes on with the name, never ends it as «… فهد بن»)
        if (isWord(toks[k]) && ctx.c.patronymMarkers.has(toks[k].fold)) {
          let q = k;
          while (q - k < 4 && isWord(toks[q]) && ctx.c.patronymMarkers.has(toks[q].fold) && isNameWord(ctx, toks[q + 1], 1)) q += 2;
          k = q;
        } else if (isNameWord(ctx, toks[k], 1) && !(/^[بلك]/u.test(toks[k].fold) && isWord(toks[k + 1]) && isDefinite(toks[k + 1]))) k++;
      }
    }
    // adjectives, «لل…» complement, «في + place», parenthesised tail, Latin acronym
    let guard = 0;
    let parenAlias: string | undefined;
    let afterNisba = false;
    while (k < toks.length && guard++ < 10 && !owner) {
      const n = toks[k];
      // «… مجلس الوزراء          إضافة ثانية»: a run of spaces or a line break separates fields of a headline or a
      // listing; a name does not cross it
      if (layoutGap(ctx, k)) break;
      // «مستشفى النبهانية العام»: the general hospital (not «… العام الماضي», last year)
      if (genitive && isWord(n) && ctx.c.generalHeads.has(head) && ctx.c.generalAdjectives.has(n.fold) && !(isWord(toks[k + 1]) && ctx.c.yearWords.has(toks[k + 1].fold))) {
        k++;
        continue;
      }
      // a participle that governs a complement («المرتبط بـ…», «المختصة بعملية») describes; it does not name
      // («المؤيدة لحكومة»: «لـ» too, when it is not a name's own «لل» complement)
      // (not a nisba adjective before a particle, «الدفاع المدني من …», or before the body's seat, «… المدني
      // بمنطقة جازان»: «المعني بـ…» and «المساندة بينبع» still govern)
      const after = toks[k + 1];
      const seatAfter = /(ي|يه)$/u.test(n.core) && isWord(after) && /^ب/u.test(after.fold) && (stemIn(after, ctx.c.placeWrappers) || !!gazetteerAt(ctx, k + 1));
      // («المتاخمة للحدود», «المجاورة للمدينة»: a participle of the third stem, مفاعلة, governs «لل» too — not in a
      // group's name, «القوات الموالية للشرعية», where it is what names the group)
      const governs = /^م/u.test(n.core) && isWord(after) && !seatAfter && (/^ب/u.test(after.fold) || (['علي', 'من', 'عن', 'الي'].includes(after.fold) && !n.core.endsWith('ي')) || /^ل[^ل]/u.test(after.fold) || (/^لل/u.test(after.fold) && /^م.ا..ه$/u.test(n.core) && type !== 'group'));
      // (after the nationality, «لـ» on a noun with its definite genitive too: «الاتحاد السعودي لكرة القدم», «المركز
      // السعودي لكفاءة الطاقة»)
      // (only after the head of a body with a field, ActorRules.fieldHeads: «المنتخب السعودي لملاقاة …», «للحكومة
      // التركية لقصف …» are purposes)
      if (afterNisba && !(isWord(n) && ((/^لل/u.test(n.fold) && !ctx.c.fieldlessHeads.has(head)) || (/^ل[^ل]/u.test(n.fold) && ctx.c.fieldHeads.has(head) && n.fold.length >= 4 && !n.text.endsWith('\u0627') && isWord(toks[k + 1]) && /^ال/u.test(toks[k + 1].fold) && !isStop(ctx, toks[k + 1]))))) break;
      // (after a definite head every adjective agrees with it: «المجلس البلدي الميزانية» ends before the feminine noun)
      if (isWord(n) && isAdjective(ctx, n) && !ctx.claimed[k] && !governs && !afterNisba && (namedAfter ? agrees(t, n) && !/(ين|ون)$/u.test(n.core) : !definiteHead || genitive || agrees(t, n))) {
        k++;
        // a nationality closes the name but for a «لل» complement: «الاتحاد التونسي للشغل» names the union;
        // «حزب الشعب الديموقراطي التركي الموالي للأكراد» (a describing participle) stops at the nationality
        if (n.stems.some((s) => ctx.c.nisbas.has(s))) afterNisba = true;
        continue;
      }
      if (n.text === '(') {
        const close = parenEnd(ctx, k);
        if (close > 0) {
          const inner = ctx.text.slice(toks[k + 1].start, toks[close - 1].end);
          // «(5+5)» is part of the name; «(كاس)», «(البنك المركزي الأمريكي)» and "(UNHCM)" are other names for it
          if (/\p{L}/u.test(inner)) {
            parenAlias = inner;
            break;
          }
          k = close + 1;
          continue;
        }
        break;
      }
      // «للدعم في ليبيا», «لكرة القدم»: a prepositional complement, when the phrase goes on as a name
      // («لجأ» is a verb: the preposition needs a word of three letters or more after it)
      // «شرطة منطقة الرياض لاستكمال الإجراءات»: «لـ» on a derived verbal noun written with a bare alef (استفعال،
      // افتعال، انفعال) and no article is a purpose («to complete …»), not the body's complement
      if (isWord(n) && !n.fold.startsWith('لل') && stripArabicMarks(n.text).startsWith('\u0644\u0627') && looksMasdar(n.fold.slice(1))) break;
      // «نادي الوحدة لإنهاء الأمور», «مجلس الإدارة لتخفيف الأعباء»: a club, or a head with a bare body head as its
      // genitive, has no field of its own: «لـ» on any derived verbal noun after it is a purpose
      if ((ctx.c.clubHeads.has(head) || (k === i + 2 && bareBodyHead(ctx, toks[i + 1]))) && purposeNoun(ctx, n)) break;
      if (isWord(n) && /^ل/u.test(n.fold) && (n.fold.length >= 4 || gazetteerAt(ctx, k)) && (genitive || definiteHead) && genitiveComplementOk(ctx, k)) {
        const g = gazetteerAt(ctx, k);
        if (g) {
          k = g.to;
          // «الهيئة الملكية للرياض والقصيم»: a second place joined by «و» belongs to the complement
          const g2 = isWord(toks[k]) && /^و/u.test(toks[k].fold) ? gazetteerAt(ctx, k) : null;
          if (g2 && g2.entry.type === 'location' && g.entry.type === 'location') k = g2.to;
          continue;
        }
        // (a definite head takes «لـ + noun + genitive» only after its adjectives: «الاتحاد الدولي لسباق القوارب»)
        if (definiteHead && !genitive && !n.fold.startsWith('لل') && k === i + 1) break;
        let next = k + 1;
        if (!n.fold.startsWith('لل') && isWord(toks[next]) && isDefinite(toks[next]) && !isStop(ctx, toks[next])) next++;
        else if (!n.fold.startsWith('لل')) break;
        const after = toks[next];
        // («المجلس الأعلى للتخطيط إن …»: after a definite head and its adjectives a «لل» complement names it anyway)
        const goesOn = !after || after.kind === 'punct' || after.fold === 'في' || (isWord(after) && isAdjective(ctx, after)) || next > k + 1 || afterNisba || coordinatedNoun(ctx, next) || (definiteHead && !genitive && k > i + 1 && !toks.slice(i + 1, k).every((x) => stemIn(x, ctx.c.genericAdjectives)));
        if (!goesOn) break;
        k = next;
        // «للتدريب الفني والتأهيل المهني», «للفلاحة والصيد البحري»: the complement's own adjectives, then one
        // coordinated definite noun and its adjectives belong to the name (a nationality still closes it)
        const describing = (q: number) => isWord(toks[q]) && !ctx.claimed[q] && isAdjective(ctx, toks[q]) && !toks[q].stems.some((s) => ctx.c.nisbas.has(s));
        while (describing(k)) k++;
        if (coordinatedNoun(ctx, k)) {
          k++;
          while (describing(k)) k++;
        }
        if (afterNisba) break;
        continue;
      }
      // («للفريق في تركيا»: a definite head alone is a reference, and the place is where it is, not its name)
      if ((n.fold === 'في' || /^ب/u.test(n.fold)) && (genitive || (definiteHead && k > i + 1))) {
        let at = n.fold === 'في' ? k + 1 : k;
        if (toks[at]?.text === '#') at++;
        const g = gazetteerAt(ctx, at);
        // «لجنة التنمية السياحية بمحافظة الطائف», «مجلس الشباب في منطقة تبوك»: a place wrapper and its place are the seat too
        // (only a local body, ActorRules.seatedHeads, with no nationality: «وزارة الحج بمنطقة …», «حزب العمال الكردستاني
        // ببلدة …» name a body of the whole country, and the place is where the story is)
        const wrapped = g || afterNisba || !ctx.c.seatedHeads.has(head) ? -1 : wrappedPlaceEnd(ctx, at, true);
        if (wrapped > at) {
          for (let q = k; q < wrapped; q++) seatToks.add(q);
          k = wrapped;
          continue;
        }
        if (g && g.entry.type === 'location') {
          // (the seat is no modifier: «حزب العدالة بتركيا» is a short form of «حزب العدالة والتنمية»; it keeps
          // bodies of two places apart like a nationality)
          for (let q = k; q < g.to; q++) seatToks.add(q);
          k = g.to;
          continue;
        }
        if (n.fold === 'في' && isWord(toks[at]) && toks[at].stems.some((s) => ctx.c.orgHeads.has(s)) && isWord(toks[at + 1]) && isDefinite(toks[at + 1])) {
          k = at + 2;
          while (isWord(toks[k]) && isAdjective(ctx, toks[k])) k++;
          continue;
        }
      }
      break;
    }
    // «حل في المركز الأول», «المرتبة الثانية»: a rank noun with an ordinal is a place in a ranking, no body
    if (definiteHead && stemIn(t, ctx.c.rankHeads) && isWord(toks[i + 1]) && stemIn(toks[i + 1], ctx.c.ordinals)) {
      claim(ctx, i, i + 2);
      continue;
    }
    // «عضو في مجلس الإدارة», «أمام إدارة النادي», «للقيادة للتنظيم»: a head whose one genitive is the bare head of a
    // body (not one that acts under its bare name, «قيادة الجيش») refers to a body named elsewhere, and names none of
    // its own
    // (not a club, «نادي الاتحاد», nor a body inside a title, «رئيس مجلس الإدارة في …»: the title reads it)
    // (its words stay a short form of the one body with that head: «مجلس الهيئة» for «مجلس إدارة الهيئة …»)
    // (unless that mention acts: «وقرر مجلس الإدارة …» is the board at work)
    if (k === i + 2 && !owner && !ctx.c.clubHeads.has(head) && !(isWord(toks[i - 1]) && stemIn(toks[i - 1], ctx.c.titleWords)) && bareBodyHead(ctx, toks[i + 1]) && !actsAt(ctx, i, k)) {
      out.push({ type, from: i, to: k, span: [headSpan(ctx, t, headStem)[0], toks[k - 1].end], rule: 'ar:definite-head', role: 'head', head });
      claim(ctx, i, k);
      i = k - 1;
      continue;
    }
    // «المركز الرئيسي», «اللجنة المختصة»: describing adjectives only, no name: a reference like the bare head
    // (and a club's team by its rank, «الفريق الأول»: the club's own; not «المنتخب الأول», the senior national side)
    // (the adjectives stay in the reference's words: «اللجنة التنفيذية» is a short form of «اللجنة التنفيذية للاتحاد»)
    let described = 0;
    if (definiteHead && !genitive && k > i + 1 && toks.slice(i + 1, k).every((x) => isWord(x) && x.stems.some((s) => ctx.c.genericAdjectives.has(s) || (ctx.c.clubHeads.has(head) && ctx.c.ordinals.has(s))))) {
      described = k;
      k = i + 1;
    }
    if (k === i + 1) {
      if (definiteHead) {
        const hs = headSpan(ctx, t, headStem);
        out.push({ type, from: i, to: described || k, span: described ? [hs[0], toks[described - 1].end] : hs, rule: 'ar:definite-head', role: 'head', head, forms: forcesForm(i, k) });
        claim(ctx, i, described || k);
      }
      continue;
    }
    // «حركة البيع», «الحركة المرورية»: a head of an activity names a body only where a mention of it acts
    // (or where a member or leader of it is named: «القيادي في حركة …», «زعيم حركة …»)
    if (ctx.c.activityHeads.has(head) && !owner && !actsAt(ctx, i, k) && !headScan(ctx, 'acts:' + head, () => headActs(ctx, head)) && !memberOf(ctx, i)) {
      claim(ctx, i, k);
      i = k - 1;
      continue;
    }
    // «الشركات الصناعية الكبرى»: a plural of a kind of body is a group only where the headline names the plural or
    // a mention of it acts
    // (or a part of it is: «بعض الشركات لا تعمل كما ينبغي»)
    if (ctx.c.genericPluralHeads.has(head) && !owner && !actsAt(ctx, i, k) && !headScan(ctx, 'acts:' + head, () => headActs(ctx, head)) && !headScan(ctx, 'headline:' + head, () => headlineHas(ctx, head)) && !headScan(ctx, 'part:' + head, () => partitiveOf(ctx, head))) {
      claim(ctx, i, k);
      i = k - 1;
      continue;
    }
    const sp = headSpan(ctx, t, headStem);
    const mods: string[] = [];
    // nationality adjectives are optional in later forms («لجنة (5+5) الليبية»): not part of the comparison
    for (let q = i + 1; q < k; q++) if (toks[q].kind !== 'punct' && !ctx.c.stop.has(toks[q].fold) && !toks[q].stems.some((s) => ctx.c.nisbas.has(s))) mods.push(keyOf(toks[q]));
    const nats: string[] = [];
    const seatMods = [...seatToks].filter((q) => toks[q].kind === 'word' && !ctx.c.stop.has(toks[q].fold)).map((q) => keyOf(toks[q]));
    for (let q = i + 1; q < k; q++) {
      for (const st of toks[q].stems) if (ctx.c.nisbas.has(st)) nats.push(ctx.c.nisbas.get(st)!);
      // an international or regional scope fills the nationality's slot («الاتحاد الدولي/اليمني للصحفيين»)
      if (isWord(toks[q]) && stemIn(toks[q], ctx.c.scopeAdjectives)) nats.push('scope:' + keyOf(toks[q]));
    }
    // «النظام الأساسي للحكم»: a head that names a body only with a nationality («النظام السوري») is a law or a system
    if (ctx.c.nationalOnlyHeads.has(headStem) && !nats.length && !owner) {
      claim(ctx, i, k);
      i = k - 1;
      continue;
    }
    const parenKey = toks.slice(i + 1, k).filter((x) => x.kind === 'punct' || x.kind === 'number').map((x) => x.text).join('');
    if (parenKey) mods.push(parenKey);
    const titled = !!owner && owner.from > i + 1;
    // «الحزب المحظور», «التنظيم المتطرف»: a definite head with describing adjectives only (no nationality)
    const descriptive = definiteHead && !genitive && toks.slice(i + 1, k).every((x) => isWord(x) && /^م/u.test(x.core) && isAdjective(ctx, x));
    out.push({ type, from: i, to: k, span: [sp[0], toks[k - 1].end], rule: owner ? 'ar:head+person' : 'ar:head+genitive', role: 'name', head, mods, nats, seatMods, owner, titled, descriptive, forms: parenAlias ? [parenAlias] : forcesForm(i, k), acts: actsAt(ctx, i, k) });
    // a titled owner is its own candidate: leave its tokens to it
    const resume = owner && owner.from > i ? owner.from : k;
    claim(ctx, i, resume);
    i = resume - 1;
  }
}

/** «الإدارة», «للنادي», «التنظيم»: a definite word that is the head noun of a body alone (not «الشرطة», «الجيش»). */
function bareBodyHead(ctx: Ctx, t: Tok | undefined): boolean {
  if (!isWord(t) || ctx.cased || !/^(ال|لل)/u.test(t.fold)) return false;
  const def = t.stems.find((s) => s.startsWith('ال'));
  if (!def) return false;
  const bare = def.slice(2);
  if (ctx.c.standaloneHeads.has(bare) || ctx.c.standaloneHeads.has(def)) return false;
  return ctx.c.orgHeads.has(bare) || ctx.c.orgHeads.has(def) || ctx.c.institutionHeads.has(bare);
}

/**
 * A personal name with at least one patronym at token k: a known given name (one or two words), then «بن/بنت/آل» +
 * name, repeated. Returns the token after it, or -1. («مركز سالم» alone is left alone: «سالم» is also a word.)
 */
function personalNameEnd(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  if (ctx.claimed[k] || !isWord(toks[k]) || isDefinite(toks[k])) return -1;
  const compound = compoundGivenEnd(ctx, k);
  if (compound < 0 && !givenNameAt(ctx, toks[k])) return -1;
  let e = compound > 0 ? compound : k + 1;
  const first = e;
  for (let guard = 0; guard < 4 && isWord(toks[e]) && ctx.c.connectors.has(toks[e].fold) && ctx.c.kinship.has(toks[e].fold) && nameAfterConnector(ctx, toks[e + 1]) && !ctx.claimed[e + 1]; guard++) {
    const c = compoundGivenEnd(ctx, e + 1);
    e = c > 0 ? c : e + 2;
  }
  return e > first ? e : -1;
}

/** After a verbal-noun head: another body's head, a unit, a known organisation or a quoted name. */
function commandsBody(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k];
  if (!n) return false;
  if (OPEN_QUOTES.has(n.text)) return true;
  if (!isWord(n) || /^[لب]/u.test(n.fold) && !n.fold.startsWith('ال')) return false;
  if (stemIn(n, ctx.c.orgHeads) || stemIn(n, ctx.c.groupHeads) || stemIn(n, ctx.c.unitHeads)) return true;
  const g = gazetteerAt(ctx, k);
  return !!g && g.entry.type !== 'location';
}

/**
 * «قائلا», «مؤكدا», «مشيرا»: a participle of the manner of saying (pack list: «ميستورا» has the same shape) with no
 * name word after it is how someone spoke, not a family name.
 */
function adverbialParticiple(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && stemIn(t, ctx.c.mannerParticiples) && !isNameWord(ctx, ctx.toks[k + 1], 1);
}

/** A definite active participle, «القادم», «الراحل» (فاعل) or «المنتقل», «المعار» (derived, with م): it describes the name before it. */
function activeParticiple(t: Tok): boolean {
  const def = t.stems.find((s) => s.startsWith('ال') && s.length >= 6);
  if (!def || /^(لل|بال|كال|وال|فال)/u.test(t.fold)) return false;
  const bare = def.slice(2);
  return (bare.length === 4 && bare[1] === '\u0627') || (bare.startsWith('م') && bare.length >= 5);
}

/** After an eponym's name: its institution's field («… للإغاثة», «… للأبحاث الطبية»), or `k` when none follows. */
function eponymFieldEnd(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!isWord(t) || !t.fold.startsWith('لل') || t.fold.length < 5 || ctx.claimed[k] || purposeNoun(ctx, t) || layoutGap(ctx, k)) return k;
  // («… للهيمنة على السوق», «… للتوصل إلى اتفاق»: a verbal noun governing a preposition is a purpose)
  if (isWord(ctx.toks[k + 1]) && ['علي', 'الي', 'عن'].includes(ctx.toks[k + 1].fold)) return k;
  let end = k + 1;
  while (isWord(ctx.toks[end]) && !ctx.claimed[end] && isAdjective(ctx, ctx.toks[end]) && !ctx.toks[end].stems.some((s) => ctx.c.nisbas.has(s))) end++;
  return end;
}

/** «لإنهاء», «لمناقشة», «لتخفيف»: «لـ» (not «لل») on a verbal noun of the derived stems (ActorRules.purposeNounShapes). */
function purposeNoun(ctx: Ctx, t: Tok | undefined): boolean {
  if (!isWord(t) || !/^ل[^ل]/u.test(t.fold) || t.fold.length < 5) return false;
  const rest = t.fold.slice(1);
  return looksMasdar(rest) || ctx.c.purposeNounShapes.some((re) => re.test(rest));
}

/** Verbal-noun shape of the derived stems: «اجتماع», «استقبال», «انتخاب», «اعلان» (initial and penultimate alef). */
function looksMasdar(core: string): boolean {
  return core.length >= 5 && core[0] === '\u0627' && core[core.length - 2] === '\u0627';
}

/** A short word with an imperfect-verb prefix (تصل، يربط، نرى): a verb far more often than a noun. */
function looksImperfect(t: Tok): boolean {
  return /^[يتن]/u.test(t.fold) && t.fold.length <= 4;
}

/**
 * Arabic places named by a head noun. A wrapper («مدينة», «محافظة», «دولة») before a known place is another
 * name of it («محافظة صنعاء»); before one unknown bare word it names a place («مدينة حيس»). A facility head
 * («مطار», «ميناء», «حي», «متنزه») with its genitive — a place, a definite noun, a bare word, or a titled name
 * («حديقة الأمير نايف») — and its adjectives is a place of its own («مطار صنعاء الدولي»). Runs before titled
 * people, so a person a place is named after is not taken for an actor.
 */
function findPlaceChainsArabic(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.placeWrappers.size && !ctx.c.facilityHeads.size) return;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (ctx.claimed[i] || t.kind !== 'word') continue;
    const wrapper = stemIn(t, ctx.c.placeWrappers);
    // «بحي», «وحي»: a two-letter head keeps its clitic in the stems (they keep two letters at least)
    const shortHead = !wrapper && t.fold.length <= 4 && /^[وف]?[بلك]?/u.exec(t.fold)![0].length > 0 ? t.fold.replace(/^[وف]?[بلك]?/u, '') : '';
    const facility = !wrapper && (stemIn(t, ctx.c.facilityHeads) || (shortHead.length === 2 && ctx.c.facilityHeads.has(shortHead)));
    if ((!wrapper && !facility) || isDefinite(t)) continue;
    const headStart = t.start + cliticOffset(t, t.stems.find((s) => ctx.c.placeWrappers.has(s) || ctx.c.facilityHeads.has(s)) ?? (shortHead || t.fold));
    const k = i + 1;
    const n = toks[k];
    if (!isWord(n) || ctx.claimed[k]) continue;
    const g = gazetteerAt(ctx, k);
    let end = -1;
    if (g && g.entry.type === 'location' && g.start === n.start) {
      if (wrapper) {
        // «محافظة صنعاء»: the known place, with the wrapped form as another of its names
        out.push({ type: 'location', from: k, to: g.to, span: [n.start, toks[g.to - 1].end], rule: 'gazetteer:place', role: 'name', id: g.entry.id, country: g.entry.country, capital: g.entry.capital, seatOf: g.entry.seatOf, english: g.entry.english, forms: [ctx.text.slice(headStart, toks[g.to - 1].end)], acts: actsAt(ctx, i, g.to) });
        claim(ctx, i, g.to);
        i = g.to - 1;
        continue;
      }
      end = g.to;
    } else if ((facility || (wrapper && stemIn(t, ctx.c.institutionHeads))) && titleAt(ctx, k) > k) {
      // «حديقة الأمير نايف», «جسر الملك فهد»: named after a titled person (and «مدينة الملك فهد الطبية»: a city
      // wrapper before a royal's name is an institution, below)
      let e = titleAt(ctx, k);
      const first = e;
      while (e < toks.length && e - first < 3 && isNameWord(ctx, toks[e], e - first) && !ctx.claimed[e]) {
        // «شارع الأمير سلطان بحي الزهراء»: a preposition on a word with a definite genitive opens a phrase of place
        if (e > first && /^[بلك]/u.test(toks[e].fold) && !isDefinite(toks[e]) && isWord(toks[e + 1]) && isDefinite(toks[e + 1])) break;
        e++;
        if (isDefinite(toks[e - 1])) break;
      }
      if (e === first) continue;
      end = e;
    } else if (wrapper && stemIn(t, ctx.c.definiteNameWrappers) && isDefinite(n) && /^ال/u.test(n.fold) && !isStop(ctx, n) && !/(ين|ون|ات)$/u.test(n.fold) && !looksMasdar(n.core) && !titleWordAt(ctx, k) && !n.stems.some((st) => ctx.c.nisbas.has(st)) && !(/يه$/u.test(n.fold) && isAdjective(ctx, n)) && !stemIn(n, ctx.c.genericAdjectives) && !stemIn(n, ctx.c.orgHeads)) {
      // «بمحافظة العارضة», «بلدة الزبداني»: an administrative unit named with the article (not «محافظة الأمن»
      // readings: the name is no verbal noun, plural, nationality, feminine adjective agreeing with the wrapper —
      // «محافظة الجنوبية» —, generic adjective or head noun)
      out.push({ type: 'location', from: k, to: k + 1, span: [n.start, n.end], rule: 'ar:wrapper+place', role: 'name', forms: [ctx.text.slice(headStart, n.end)], acts: actsAt(ctx, i, k + 1) });
      claim(ctx, i, k + 1);
      i = k;
      continue;
    } else if (facility && isDefinite(n) && !isStop(ctx, n) && !/^(لل|بال|كال|وال|فال)/u.test(n.fold) && !/(ين|ون|ات)$/u.test(n.fold) && !looksMasdar(n.core) && !titleWordAt(ctx, k) && !stemIn(n, ctx.c.clubHeads)) {
      // («ملعب النادي»: the club's own ground, no named place)
      end = k + 1; // «قصر الروضة», «حي الشفا»
    } else if (!isDefinite(n) && isNameWord(ctx, n, 0) && !looksImperfect(n) && !n.fold.endsWith('\u0647') && !(g && g.start !== n.start) && !ctx.c.genericAdjectives.has('ال' + n.fold) && bareWordEnds(ctx, k + 1) && !(facility && !g && /ي$/u.test(n.fold) && n.fold.length >= 4 && n.fold.length <= 5 && !givenNameAt(ctx, n) && !stemIn(n, ctx.c.everydayGivenNames))) {
      // («إنشاء جسر علوي», «حي سكني», «شارع فرعي»: a facility with a bare nisba adjective is a kind of facility, no place
      // of its own)
      // «منطقة وادي الدواسر», «محافظة صلاح الدين»: a bare word with a definite genitive is a two-word name
      // (only after a word that opens place names, «وادي», «رأس», «عين», or before a known place: «كردستان العراق»)
      const next = toks[k + 1];
      const two = isWord(next) && !ctx.claimed[k + 1] && ((n.stems.some((st) => ctx.c.placeNameStarters.has(st)) && isDefinite(next) && !isStop(ctx, next) && !/^(لل|بال|كال|وال|فال)/u.test(next.fold)) || gazetteerAt(ctx, k + 1)?.entry.type === 'location');
      // («مديرية أمن القضاء»: a wrapper that also heads bodies, with a bare noun and its definite genitive, is a body)
      if (wrapper && !two && stemIn(t, ctx.c.orgHeads) && isWord(next) && isDefinite(next) && !isStop(ctx, next) && !isAdjective(ctx, next)) continue;
      if (wrapper) {
        // «مدينة حيس»: an unknown place named by a bare word (a feminine adjective — «مدينة كبيرة» — is excluded above)
        const to = two ? k + 2 : k + 1;
        out.push({ type: 'location', from: k, to, span: [n.start, toks[to - 1].end], rule: 'ar:wrapper+place', role: 'name', forms: [ctx.text.slice(headStart, toks[to - 1].end)], acts: actsAt(ctx, i, to) });
        claim(ctx, i, to);
        i = to - 1;
        continue;
      }
      end = two ? k + 2 : k + 1; // «ميناء الصليف»
      // «شارع سالم الجابر», «مسجد عمر بن الخطاب»: a known given name opens a person's name the facility is named after
      if (!two && givenNameAt(ctx, n)) {
        let e = k + 1;
        while (e < toks.length && e - k < 4 && !ctx.claimed[e] && isWord(toks[e])) {
          if (ctx.c.connectors.has(toks[e].fold) && nameAfterConnector(ctx, toks[e + 1])) {
            e += 2;
            continue;
          }
          if (!isNameWord(ctx, toks[e], e - k) || gazetteerAt(ctx, e) || titleAt(ctx, e) > e || (/^[بلك]/u.test(toks[e].fold) && !isDefinite(toks[e]))) break;
          // («شارع فهد الداخلية»: a definite feminine word is a description, not a family name)
          if (isDefinite(toks[e]) && toks[e].text.endsWith('\u0629')) break;
          e++;
          if (isDefinite(toks[e - 1])) break;
        }
        // (a family name: the name ends with the article, «الجابر», or after «بن» and a name)
        if (e > k + 1 && (isDefinite(toks[e - 1]) || e - k >= 3)) end = e;
      }
    }
    if (end < 0) continue;
    // adjectives: «مطار صنعاء الدولي», «ميناء بربرة الصومالي»
    while (end < toks.length && isWord(toks[end]) && isDefinite(toks[end]) && isAdjective(ctx, toks[end]) && !ctx.claimed[end] && end - i < 6) end++;
    // head and word keys let a shorter later form («مطار صنعاء») join the full one («مطار صنعاء الدولي»)
    const head = (t.stems.find((s) => ctx.c.facilityHeads.has(s)) ?? t.stems.find((s) => ctx.c.placeWrappers.has(s)) ?? shortHead).replace(/^ال/u, '');
    const mods = toks.slice(i + 1, end).filter((x) => x.kind === 'word').map(keyOf);
    // «مدينة الملك عبدالعزيز للعلوم والتقنية», «مدينة الأمير سلطان الطبية»: a royal's city is a body (a hospital
    // complex, a research city), with its «لل…» field
    // (an adjective or a field must follow: «مدينة الشيخ عثمان» is a district)
    const institution = !facility;
    const nameEnd = end;
    if (institution && isWord(toks[end]) && /^لل/u.test(toks[end].fold) && !ctx.claimed[end]) {
      end++;
      if (coordinatedNoun(ctx, end)) end++;
    }
    if (institution && end === nameEnd && !toks.slice(i + 1, end).some((x) => isDefinite(x) && isAdjective(ctx, x) && x.text.endsWith('\u0629'))) continue;
    out.push({ type: institution ? 'organization' : 'location', from: i, to: end, span: [headStart, toks[end - 1].end], rule: institution ? 'ar:royal-institution' : 'ar:facility+name', role: 'name', head, mods, acts: actsAt(ctx, i, end) });
    claim(ctx, i, end);
    i = end - 1;
  }
}

/** After a bare (indefinite) name word: nothing that could be a second bare name word follows. */
function bareWordEnds(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!isWord(t)) return true;
  return isStop(ctx, t) || isVerb(ctx, t) || isDefinite(t) || /^[وف]/u.test(t.fold) || hasTanween(t.text);
}

/** Gender agreement of a head noun and its first adjective (ة marks the feminine): «المستشفى المسؤولية» is a clause. */
function agrees(head: Tok, adjective: Tok): boolean {
  const feminine = (w: string) => /ه$/u.test(w) || /ات$/u.test(w);
  const h = head.core;
  if (/ات$/u.test(h)) return true; // plural heads take either
  return feminine(h) === /ه$/u.test(adjective.core);
}

function genitiveComplementOk(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k];
  // («لهذا الملف»: the preposition on a demonstrative or particle is no complement of a name)
  return !isStop(ctx, n) && !(n.fold[1] !== 'ل' && ctx.c.stop.has(n.fold.slice(1))) && !titleWordAt(ctx, k);
}

function titleWordAt(ctx: Ctx, k: number): boolean {
  return titleAt(ctx, k) > k;
}

function titleReaches(ctx: Ctx, from: number, nameStart: number): boolean {
  for (let q = from; q < nameStart; q++) if (ctx.toks[q].kind === 'punct') return false;
  return true;
}

/**
 * Arabic topic before a «فـ» verb: «أما سالم الهاجري فقال …» (as for Salim al-Hajiri, he said). Two or three name
 * words between the particle and a singular verb with «فـ»; the name must look like one: a known given name first,
 * or a family name with the article in the nisba shape («الهاجري») last. «أما نتائج الفحص فأظهرت» stays out.
 */
function findTopicNames(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.topicParticles.size) return;
  for (let i = ctx.bodyTok; i + 3 < toks.length; i++) {
    const p = toks[i];
    if (!isWord(p) || !(ctx.c.topicParticles.has(p.fold) || (p.fold.startsWith('و') && ctx.c.topicParticles.has(p.fold.slice(1))))) continue;
    const from = i + 1;
    let k = from;
    while (k < toks.length && k - from < 4 && !ctx.claimed[k] && isWord(toks[k]) && !/^ف/u.test(toks[k].fold) && !gazetteerAt(ctx, k)) {
      const t = toks[k];
      const connector = k > from && ctx.c.connectors.has(t.fold) && nameAfterConnector(ctx, toks[k + 1]);
      if (!connector && !isNameWord(ctx, t, k - from)) break;
      k++;
    }
    const n = k - from;
    if (n < 2) continue;
    const verb = toks[k];
    // a singular verb with «فـ» right after the name: «فقال», «فأكدت» (not «فطالبوا»: a plural subject)
    if (!isWord(verb) || !/^ف/u.test(verb.fold) || !isVerb(ctx, verb) || /(وا|ون)$/u.test(verb.fold)) continue;
    const last = toks[k - 1];
    const nisbaFamily = isDefinite(last) && /ي$/u.test(last.fold) && last.fold.length >= 5;
    if (!givenNameAt(ctx, toks[from]) && !nisbaFamily) continue;
    out.push({ type: 'person', from, to: k, span: span(ctx, from, k), rule: 'ar:topic+name', role: 'name', acts: true });
    claim(ctx, from, k);
    i = k;
  }
}

/**
 * Arabic phrase of address: an owner noun and a definite honorific («صاحب السمو», «صاحبة المعالي»), with an
 * adjective after it («صاحب السمو الملكي»). Returns the index after it, or -1. It belongs to a title, never a name.
 */
function honorificPhraseEnd(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  const n = ctx.toks[i + 1];
  if (!isWord(t) || !isWord(n) || !stemIn(t, ctx.c.honorificOwners) || !isDefinite(n) || !stemIn(n, ctx.c.honorifics)) return -1;
  const adj = ctx.toks[i + 2];
  return isWord(adj) && isDefinite(adj) && isAdjective(ctx, adj) && titleAt(ctx, i + 2) < 0 ? i + 3 : i + 2;
}

function headSpan(ctx: Ctx, t: Tok, headStem: string): Span {
  const form = t.stems.find((s) => s.startsWith('ال') && s.endsWith(headStem.replace(/^ال/u, ''))) ?? headStem;
  return [t.start + cliticOffset(t, t.fold.endsWith(form) || t.fold.startsWith('لل') ? form : headStem), t.end];
}

function parenEnd(ctx: Ctx, open: number): number {
  for (let k = open + 1; k < ctx.toks.length && k <= open + 8; k++) {
    if (ctx.toks[k].text === ')') return k > open + 1 ? k : -1;
    if (ctx.toks[k].text === '(' || /[.،,:؛]/u.test(ctx.toks[k].text)) return -1;
  }
  return -1;
}

/**
 * Arabic subject of a verb of saying with no title before it: «وقال محمد الحسين:», «وقال ريتشارد مالينسون
 * المحلل في …». Two or three name words, then punctuation, a complementiser or a title (taken as the title).
 */
function findSpeakerNames(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!isWord(toks[i]) || !toks[i].stems.some((s) => ctx.c.speechVerbs.has(s))) continue;
    const from = i + 1;
    // «وقال صاحب السمو …», «وأكد صاحب المعالي …»: a phrase of address opens a title, it names no one
    if (honorificPhraseEnd(ctx, from) > from) continue;
    // «وأكدت حملة «الطمأنينة» …»: an event's or a campaign's head noun opens no person's name
    if (isWord(toks[from]) && !isDefinite(toks[from]) && stemIn(toks[from], ctx.c.eventHeads)) continue;
    let k = from;
    // («وأضاف دفتردار قائلا:», «وقال سليمان مؤكدا أن»: an accusative participle after the name is the manner of saying)
    while (k < toks.length && k - from < 3 && !ctx.claimed[k] && (isNameWord(ctx, toks[k], k - from) || (k > from && hadramiFamilyName(ctx, k))) && !gazetteerAt(ctx, k) && !(k - from >= 2 && titleAt(ctx, k) > k) && !(k > from && !isDefinite(toks[k]) && !givenNameAt(ctx, toks[k]) && adverbialParticiple(ctx, k))) {
      k++;
      if (k - from > 1 && isDefinite(toks[k - 1])) break;
    }
    if (k - from === 1 && loneSurnameSpeaker(ctx, from)) {
      out.push({ type: 'person', from, to: from + 1, span: span(ctx, from, from + 1), rule: 'ar:verb+surname', role: 'name', acts: true });
      claim(ctx, from, from + 1);
      continue;
    }
    if (k - from < 2) continue;
    // «وذكرت تقارير صحفية أن …», «وقالت أوساط سياسية إن …»: a broken plural or a noun with an indefinite feminine
    // nisba («صحفية») is a source described, not a person named
    const last = toks[k - 1];
    if (!ctx.cased && !givenNameAt(ctx, toks[from]) && (/^..ا.ي.$/u.test(toks[from].fold) || /^[أا]..ا.$/u.test(toks[from].fold) || (!isDefinite(last) && /ي\u0629$/u.test(stripArabicMarks(last.text)) && !givenNameAt(ctx, last)))) continue;
    const next = toks[k];
    const titleEnd = next ? titleAt(ctx, k) : -1;
    const ends = !next || (next.kind === 'punct' && /[:،,.]/u.test(next.text)) || ctx.c.complementisers.has(next.fold) || titleEnd > k || toOutlet(ctx, k);
    if (!ends) continue;
    let title: string | undefined;
    if (titleEnd > k) {
      let e = titleEnd;
      while (e < toks.length && e - titleEnd < 5) {
        const t = toks[e];
        if (t.fold === 'في' && toks[e + 1] && isWord(toks[e + 1])) {
          e += 2;
          while (isWord(toks[e]) && !isStop(ctx, toks[e]) && !isVerb(ctx, toks[e]) && e - titleEnd < 5) e++;
          break;
        }
        if (isWord(t) && (isDefinite(t) || isAdjective(ctx, t)) && !isStop(ctx, t)) e++;
        else break;
      }
      title = ctx.text.slice(toks[k].start, toks[e - 1].end);
    }
    out.push({ type: 'person', from, to: k, span: span(ctx, from, k), rule: 'ar:verb+name', role: 'name', title, acts: true });
    claim(ctx, from, k);
    i = k - 1;
  }
}


/**
 * «وأشار بلير إلى أن …», «وقال كوبر: …»: a reporter or official named by surname alone, right before what was
 * said. One bare word is a name only before a colon, «إن/أن» or «إلى أن»; participles and verbal nouns
 * («مصدر», «مسؤول», «متحدث») open with «م», so such a word must be a known given name; a plural or feminine
 * noun («مراقبون», «جهة») is no name either.
 */
function loneSurnameSpeaker(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  if (!isNameWord(ctx, t, 0) || ctx.c.notLoneSurnames.has(t.fold) || /(ون|ين|ات)$/u.test(t.fold) || t.text.endsWith('\u0629')) return false;
  if (t.fold.startsWith('م') && !givenNameAt(ctx, t)) return false;
  // the shapes of an adverbial participle («قائلا», «ضاحكا») and of a broken plural («تقارير», «أساليب»)
  if (/^.ا..ا$/u.test(t.fold) || /^..ا.ي.$/u.test(t.fold)) return false;
  const next = toks[k + 1];
  if (!next) return false;
  if (next.kind === 'punct') return next.text === ':';
  if (ctx.c.complementisers.has(next.fold)) return true;
  return next.fold === 'الي' && ctx.c.complementisers.has(toks[k + 2]?.fold ?? '');
}

/** «رئاسة» before «إقليم X» or «الإقليم» (with no «بـ» on it: «برئاسة» is «headed by»): the head's stem, else undefined. */
function wrapperOnlyHead(ctx: Ctx, i: number): string | undefined {
  const t = ctx.toks[i];
  const next = ctx.toks[i + 1];
  if (!ctx.c.wrapperOnlyHeads.size || /^[بل]/u.test(t.fold) || !isWord(next)) return undefined;
  const stem = t.stems.find((s) => ctx.c.wrapperOnlyHeads.has(s));
  if (!stem) return undefined;
  const definiteWrapper = isDefinite(next) && next.stems.some((s) => s !== next.fold && ctx.c.placeWrappers.has(s)) && !/^[وفبلك]/u.test(next.fold);
  return definiteWrapper || wrappedPlaceEnd(ctx, i + 1) > 0 ? stem : undefined;
}

/**
 * End of «إقليم كردستان (العراق)», «محافظة البصرة» at token k: an indefinite place wrapper with no preposition
 * on it, then a known place (and a country qualifying it); -1 otherwise.
 */
function wrappedPlaceEnd(ctx: Ctx, k: number, withBa = false): number {
  const { toks } = ctx;
  const w = toks[k];
  // (the place finder has claimed «إقليم كردستان» already: the organisation's name contains it, as with any genitive)
  // (a body's seat may carry «بـ»: «… بمحافظة الطائف»)
  if (!isWord(w) || isDefinite(w) || !(ctx.c.placeWrappers.has(w.fold) || (withBa && /^ب/u.test(w.fold) && ctx.c.placeWrappers.has(w.fold.slice(1))))) return -1;
  const n = toks[k + 1];
  if (!isWord(n)) return -1;
  const g = gazetteerAt(ctx, k + 1);
  let end: number;
  if (g) {
    if (g.entry.type !== 'location' || g.start !== n.start) return -1;
    end = g.to;
  } else if (!isDefinite(n) && isNameWord(ctx, n, 0) && !looksImperfect(n) && !n.fold.endsWith('\u0647') && !ctx.c.genericAdjectives.has('ال' + n.fold)) {
    end = k + 2; // «إقليم دارفور»: an unknown place named by a bare word, as the place finder takes it
  } else return -1;
  const q = isWord(toks[end]) && isDefinite(toks[end]) ? gazetteerAt(ctx, end) : null;
  return q && q.entry.type === 'location' && q.entry.country && q.start === toks[end].start ? q.to : end;
}

/** A foreign outlet's transliterated title has at most this many words («وول ستريت جورنال»). */
const MAX_OUTLET_WORDS = 3;

/**
 * «صحيفة ديلي تلغراف», «مجلة تايم»: a foreign title after an outlet's head has no article, so the definite
 * genitive chain misses it. The bare words (up to three: «دير شبيغل», «نيويورك تايمز») end on the last
 * word of press titles, and one is needed: a bare word after «صحيفة» is otherwise as likely the sentence's object.
 */
function findForeignOutlets(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  for (let i = ctx.bodyTok; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || ctx.claimed[i] || !stemIn(t, ctx.c.outletHeads)) continue;
    let k = i + 1;
    let pressWords = 0;
    while (k < toks.length && k - i <= MAX_OUTLET_WORDS && isWord(toks[k]) && !ctx.claimed[k] && !isDefinite(toks[k]) && !isVerb(ctx, toks[k]) && !/[\u064B-\u064D]/u.test(toks[k].text)) {
      if (ctx.c.pressNameWords.has(toks[k].fold)) pressWords++;
      k++;
    }
    // the title ends on a press word: in «صحيفة ديلي تلغراف تقريرا» the object after it stays outside
    while (k > i + 1 && !ctx.c.pressNameWords.has(toks[k - 1].fold)) k--;
    if (!pressWords) continue;
    const head = t.stems.find((s) => ctx.c.outletHeads.has(s))!;
    out.push({ type: 'organization', from: i, to: k, span: [t.start + cliticOffset(t, head), toks[k - 1].end], rule: 'ar:outlet+foreign-name', role: 'name', acts: actsAt(ctx, i, k) });
    claim(ctx, i, k);
    i = k - 1;
  }
}

/**
 * «شركة أكس جت الأمريكية», «مجموعة فولفو السويدية»: a company's transliterated name has no article, so the
 * definite genitive chain misses it; one to three bare words closed by a nationality adjective are its name
 * (the adjective anchors it: a bare word after «شركة» alone is as likely the sentence's object).
 */
function findForeignCompanies(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.foreignCompanyHeads.size) return;
  for (let i = ctx.bodyTok; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || ctx.claimed[i] || isDefinite(t) || !stemIn(t, ctx.c.foreignCompanyHeads) || gazetteerAt(ctx, i + 1)) continue;
    let k = i + 1;
    while (k < toks.length && k - i <= MAX_OUTLET_WORDS && isWord(toks[k]) && !ctx.claimed[k] && !isDefinite(toks[k]) && !isStop(ctx, toks[k]) && !isVerb(ctx, toks[k]) && !/[\u064B-\u064D]/u.test(toks[k].text) && !toks[k].stems.some((s) => ctx.c.nisbas.has(s))) k++;
    const nat = toks[k];
    const head = t.stems.find((s) => ctx.c.foreignCompanyHeads.has(s))!;
    // «شركة هرفي للأطعمة الغذائية»: one or two bare words closed by the company's field («لل…» and its adjectives)
    // (not a known word in the accusative: «مجموعة برنامجا للفلسفة»)
    // (nor a noun with «its» written «ـه» that folds onto the head: «في مجموعه برنامجا …»)
    const field = k > i + 1 && k <= i + 3 && !t.text.endsWith('\u0647') && !toks.slice(i + 1, k).some((x) => knownAccusative(ctx, x)) ? eponymFieldEnd(ctx, k) : k;
    if (field > k) {
      out.push({ type: 'organization', from: i, to: field, span: [t.start + cliticOffset(t, head), toks[field - 1].end], rule: 'ar:company+field', role: 'name', forms: [ctx.text.slice(toks[i + 1].start, toks[k - 1].end)], acts: actsAt(ctx, i, field) });
      claim(ctx, i, field);
      i = field - 1;
      continue;
    }
    if (k === i + 1 || !isWord(nat) || ctx.claimed[k] || !isDefinite(nat) || !nat.stems.some((s) => ctx.c.nisbas.has(s))) continue;
    const name = ctx.text.slice(toks[i + 1].start, toks[k - 1].end);
    out.push({ type: 'organization', from: i, to: k + 1, span: [t.start + cliticOffset(t, head), nat.end], rule: 'ar:company+foreign-name', role: 'name', forms: [name], acts: actsAt(ctx, i, k + 1) });
    claim(ctx, i, k + 1);
    i = k;
  }
}

/** Does the body hold several words of sports reporting? */
function sportsArticle(ctx: Ctx): boolean {
  let sports = 0;
  for (let i = ctx.bodyTok; i < ctx.toks.length && sports < SPORTS_CONTEXT; i++) if (ctx.toks[i].kind === 'word' && stemIn(ctx.toks[i], ctx.c.sportsWords)) sports++;
  return sports >= SPORTS_CONTEXT;
}

/**
 * Foreign clubs in a sports report, named by transliteration with no head noun: a bare word before a club-name
 * ending («مانشستر يونايتد», «هال سيتي»), or a club-name opening before a city or a bare word («ريال مدريد»,
 * «إنتر ميلان»; not after a number or before a nationality: «مليون ريال سعودي» is money).
 */
function findForeignClubs(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if ((!ctx.c.clubNameEnds.size && !ctx.c.clubNameStarts.size) || !sportsArticle(ctx)) return;
  const plain = (k: number) => {
    const t = toks[k];
    return isWord(t) && !ctx.claimed[k] && !isDefinite(t) && !isStop(ctx, t) && !isVerb(ctx, t) && !hasTanween(t.text) && !t.text.endsWith('\u0629') && !ctx.c.nisbas.has('ال' + t.core);
  };
  for (let i = ctx.bodyTok + 1; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || ctx.claimed[i] || isDefinite(t)) continue;
    let from = -1;
    let to = -1;
    if (t.fold === t.core && stemIn(t, ctx.c.clubNameEnds) && plain(i - 1) && isNameWord(ctx, toks[i - 1], 0) && !hasLineBreak(ctx.text, toks[i - 1].end, t.start)) {
      from = i - 1;
      to = i + 1;
    } else if (stemIn(t, ctx.c.clubNameStarts) && i + 1 < toks.length && !hasLineBreak(ctx.text, t.end, toks[i + 1].start) && !/\d/u.test(toks[i - 1].text)) {
      const g = gazetteerAt(ctx, i + 1);
      if (g && g.entry.type === 'location' && g.to === i + 2) to = i + 2;
      // (before a bare word only when no number comes before: «مليون ريال تسدد …» is money and a verb)
      else if (plain(i + 1) && !stemIn(toks[i - 1], ctx.c.stop) && toks[i + 1].fold === toks[i + 1].core && isNameWord(ctx, toks[i + 1], 1) && !headlineVerb(ctx, toks[i + 1])) to = i + 2;
      if (to > 0) from = i;
    }
    if (from < 0) continue;
    // («واتلتيكو مدريد»: the conjunction is no part of the name)
    const f = toks[from];
    const start = /^[وف]/u.test(f.fold) && f.stems.includes(f.fold.slice(1)) ? f.start + cliticOffset(f, f.fold.slice(1)) : f.start;
    out.push({ type: 'organization', from, to, span: [start, toks[to - 1].end], rule: 'ar:foreign-club', role: 'name', acts: actsAt(ctx, from, to) });
    claim(ctx, from, to);
    i = to - 1;
  }
}

/**
 * Foreign clubs in a sports report named with their country after them: «أعلن مرسيليا الفرنسي», «من زينيت سان
 * بطرسبورغ الروسي», «أمام برشلونة الإسباني». One to three bare words, then a masculine nationality adjective with the
 * article: a city or a feminine noun would take the feminine («ليون الفرنسية» is the city; «برشلونة الإسباني» can
 * only be the club). Not after a title or a given name («اللاعب نيمار البرازيلي» is a person), not a known word of
 * the pack. The name is the bare words; with the adjective, another form.
 */
function findClubsByCountry(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!sportsArticle(ctx)) return;
  // the first word: no clitic preposition on it, and a cue before it — punctuation, a particle or preposition, a
  // verb of the pack, a word of a match or a transfer («أمام», «القادم من») — so that an unknown verb or noun
  // before the name stays out («أراد تشيلسي …»); never a title or a given name (a person's name)
  const cue = (k: number) => {
    const b = toks[k - 1];
    if (!b || !isWord(b)) return true;
    if (stemIn(b, ctx.c.titleWords) || givenNameAt(ctx, b)) return false;
    // (or «و» on a word opening the sentence — «وتقدم برشلونة الإسباني بعرض» —: a verb before its subject)
    const opening = k - 2 < 0 || toks[k - 2].kind === 'punct' && /[.!؟?:]/u.test(toks[k - 2].text) || hasLineBreak(ctx.text, toks[k - 2].end, b.start);
    return isStop(ctx, b) || isVerb(ctx, b) || b.stems.some((st) => ctx.c.speechVerbs.has(st)) || stemIn(b, ctx.c.teamCues) || stemIn(b, ctx.c.transferCues) || (opening && /^و/u.test(b.fold) && !isDefinite(b));
  };
  const bare = (k: number, first: boolean) => {
    const t = toks[k];
    if (!isWord(t) || ctx.claimed[k] || isDefinite(t) || isStop(ctx, t) || isVerb(ctx, t) || hasTanween(t.text) || givenNameAt(ctx, t)) return false;
    // (no verb or verbal-noun shape, no vowel marks — a transliteration carries none —, no final «ى»)
    if (looksImperfect(t) || (/^[يتن]/u.test(t.fold) && t.fold.length <= 5) || (/^ا(ست|.[تطد]|ن)/u.test(t.fold) && (looksMasdar(t.core) || (t.fold.length >= 5 && t.fold.length <= 6))) || stemIn(t, ctx.c.topicParticles) || /[\u064B-\u0652]/u.test(t.text) || /ى$/u.test(t.text)) return false;
    if (t.fold.length < 3 || stemIn(t, ctx.c.titleWords) || stemIn(t, ctx.c.sportsWords) || stemIn(t, ctx.c.teamCues) || stemIn(t, ctx.c.notTeams) || stemIn(t, ctx.c.orgHeads) || stemIn(t, ctx.c.clubHeads) || stemIn(t, ctx.c.competitionHeads) || stemIn(t, ctx.c.eventHeads)) return false;
    // (a preposition on the first word belongs to the sentence, «لبرشلونة», unless a preposition, a verb or a cue
    // stands before it: «مع برشلونة», «أعلن بنفيكا», «أمام بورتو» — a name's own first letter)
    if (first && /^[لبك]/u.test(t.fold) && t.stems.some((s) => s !== t.fold && s.length >= 3)) return isWord(toks[k - 1]) && cue(k);
    // (a word with «و» opening the sentence is a verb before its subject: «وتقدم بيلارو الإسباني»)
    if (/^و/u.test(t.fold) && (!toks[k - 1] || (toks[k - 1].kind === 'punct' && /[.!؟?:]/u.test(toks[k - 1].text)) || hasLineBreak(ctx.text, toks[k - 1].end, t.start))) return false;
    return true;
  };
  for (let n = ctx.bodyTok + 1; n < toks.length; n++) {
    const nisba = toks[n];
    if (!isWord(nisba) || ctx.claimed[n] || !/^ال/u.test(nisba.fold) || /ه$/u.test(nisba.core) || !ctx.c.nisbas.has(nisba.fold)) continue;
    let from = n;
    while (from > ctx.bodyTok && n - from < 3 && bare(from - 1, false) && !hasLineBreak(ctx.text, toks[from - 1].end, toks[from].start)) from--;
    if (from === n) continue;
    while (from < n && !(bare(from, true) && cue(from))) from++;
    if (from === n) continue;
    // a lone bare word with a pronoun on it is a noun («نظيره الروسي», «مواطنه البرازيلي»)
    if (n - from === 1 && toks[from].text.endsWith('\u0647')) continue;
    const f = toks[from];
    // («وبرشلونة»: the conjunction is no part of the name; after a particle, «ثم فيورنتينا», the «ف» is the name's)
    const stripped = /^[وف]/u.test(f.fold) && f.stems.includes(f.fold.slice(1)) && !(isWord(toks[from - 1]) && isStop(ctx, toks[from - 1]));
    const start = stripped ? f.start + cliticOffset(f, f.fold.slice(1)) : f.start;
    out.push({ type: 'organization', from, to: n, span: [start, toks[n - 1].end], rule: 'ar:club+country', role: 'name', acts: actsAt(ctx, from, n), forms: [ctx.text.slice(start, nisba.end)] });
    claim(ctx, from, n + 1);
  }
}

/**
 * «أحرز الأهداف سانتي كازورلا، لوران كوتشيلني، وأرون رامسي»: after a person's name, a comma and two bare name words
 * closed by a comma, a full stop, a colon or a preposition name another person of the same list (a conjunction «و»
 * on the first word is left out). Bare words only: places and things in a list are one word or carry the article.
 */
function findListedNames(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const persons = out.filter((c) => c.type === 'person' && c.role === 'name' && c.from >= ctx.bodyTok);
  const bareName = (k: number, pos: number) => {
    const t = toks[k];
    return isWord(t) && !ctx.claimed[k] && !isDefinite(t) && isNameWord(ctx, t, pos) && !isVerb(ctx, t) && !looksImperfect(t) && !gazetteerAt(ctx, k) && !hasTanween(t.text) && !stemIn(t, ctx.c.titleWords);
  };
  for (const p of persons) {
    let k = p.to;
    for (let guard = 0; guard < 8; guard++) {
      if (toks[k]?.kind !== 'punct' || !/^[،,]$/u.test(toks[k].text)) break;
      const a = k + 1;
      // (no preposition on the first word: «، بحضور عدد من …» is a phrase)
      if (!bareName(a, 0) || !bareName(a + 1, 1) || (/^[بلك]/u.test(toks[a].fold) && toks[a].stems.includes(toks[a].fold.slice(1)))) break;
      const after = toks[a + 2];
      const closes = !after || (after.kind === 'punct' && /^[،,.:؛]$/u.test(after.text)) || (isWord(after) && ctx.c.nameEndPrepositions.has(after.fold));
      if (!closes) break;
      const f = toks[a];
      const start = /^و/u.test(f.fold) && f.stems.includes(f.fold.slice(1)) && !givenNameAt(ctx, f) ? f.start + cliticOffset(f, f.fold.slice(1)) : f.start;
      out.push({ type: 'person', from: a, to: a + 2, span: [start, toks[a + 1].end], rule: 'ar:listed-name', role: 'name', acts: actsAt(ctx, a, a + 2) });
      claim(ctx, a, a + 2);
      k = a + 2;
    }
  }
}

/** How many times a bare name with no cue must be written before it is taken (see findRepeatedBareNames). */
const BARE_NAME_REPEATS = 3;

/**
 * «كان رامون جالسا … واستدعى رامون المشجع … وأثار تصرف رامون الجدل»: a transliterated name with no cue at all. A
 * bare word the body writes three times or more — never with the article, a pronoun, tanween or «ة», no known
 * word of the pack — and at least once right after a listed verb, as its subject, is a person's name.
 */
function findRepeatedBareNames(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const definite = new Set<string>();
  for (let i = ctx.bodyTok; i < toks.length; i++) {
    const t = toks[i];
    if (isWord(t)) for (const s of t.stems) if (s.startsWith('ال') && s.length > 3) definite.add(s.slice(2));
  }
  const seen = new Map<string, { n: number; subject: number }>();
  for (let i = ctx.bodyTok; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || ctx.claimed[i] || isDefinite(t) || t.core.length < 4 || definite.has(t.core)) continue;
    if (t.text.endsWith('\u0629') || hasTanween(t.text) || /(ات|ون|ين|ه|ها|هم|هما|نا|كم)$/u.test(t.fold) || !isNameWord(ctx, t, 0)) continue;
    // (and the shapes of Arabic nouns and adjectives: تفعيل «تحقيق», فعال «غياب», فعيل «عديد»; a pronoun «ـك»)
    if (/^ت..ي.$/u.test(t.core) || /^..[اي].$/u.test(t.core) || /ك$/u.test(t.fold)) continue;
    if (gazetteerAt(ctx, i) || givenNameAt(ctx, t) || looksMasdar(t.core) || looksImperfect(t) || stemIn(t, ctx.c.sportsWords) || stemIn(t, ctx.c.eventHeads) || stemIn(t, ctx.c.notTeams)) continue;
    const e = seen.get(t.core) ?? { n: 0, subject: -1 };
    e.n++;
    const v = toks[i - 1];
    if (e.subject < 0 && isVerb(ctx, v) && !hasLineBreak(ctx.text, v.end, t.start)) e.subject = i;
    seen.set(t.core, e);
  }
  for (const e of seen.values()) {
    if (e.n < BARE_NAME_REPEATS || e.subject < 0 || ctx.claimed[e.subject]) continue;
    out.push({ type: 'person', from: e.subject, to: e.subject + 1, span: span(ctx, e.subject, e.subject + 1), rule: 'ar:repeated-bare-name', role: 'name', acts: true });
    claim(ctx, e.subject, e.subject + 1);
  }
}

/** How far after a verb of saying the speaker's name may end (its title may be long). */
const SPEAKER_WINDOW = 16;

/**
 * «وقال مدير قسم … في بلدية المدينة وجدي حسين طرابيشي: إن …»: after a verb of saying and a long title, the
 * speaker is the run of two or three bare name words right before the colon, «إن/أن» or an opening quote,
 * when a definite word or a found name (the title's end) precedes the run and a known given name is in it.
 */
function findNamesBeforeSpeech(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  for (let i = ctx.bodyTok; i + 3 < toks.length; i++) {
    if (!isWord(toks[i]) || !toks[i].stems.some((s) => ctx.c.speechVerbs.has(s))) continue;
    const end = speechTerminator(ctx, i);
    if (end < 0) continue;
    let from = end;
    // inner words by the rules for a name's later words; the first («وجدي») may open with «و» where a title ends before it
    while (from > i + 1 && end - from < 4 && (bareNameWord(ctx, from - 1, 1) || (bareNameWord(ctx, from - 1, 0) && titleEndsAt(ctx, i, from - 2)))) from--;
    if (end - from < 2 || end - from > 3 || !titleEndsAt(ctx, i, from - 1) || !isNameWord(ctx, toks[from], 0)) continue;
    let given = false;
    for (let k = from; k < end; k++) if (givenNameAt(ctx, toks[k])) given = true;
    if (!given) continue;
    out.push({ type: 'person', from, to: end, span: span(ctx, from, end), rule: 'ar:verb+title+name', role: 'name', acts: true });
    claim(ctx, from, end);
    i = end;
  }
}

/**
 * A name with its title after it, in apposition: «رأى سالم العبدلي، وزير النقل الأردني، أن …», «الإفراج عن
 * سالم بنهان مدير مكتب الوكالة». Arabic gives no capitals, so the slot decides: two or three name words right after a
 * verb, a preposition or a complementiser, then (after a comma, or directly when the name has no article) an
 * indefinite title word in construct with its complement. A definite first word («الطيب», «الهادي») is taken only
 * before a comma, and a last word shaped like an adjective only after a known given name or when the article
 * repeats it (a family name: «الزغبي»), so «الوضع الأمني، رئيس …» stays out.
 */
function findAppositiveNamesArabic(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  for (let j = ctx.bodyTok + 2; j < toks.length; j++) {
    const head = toks[j];
    if (!isWord(head) || ctx.claimed[j] || isDefinite(head) || /^[وفبلك]/u.test(head.fold) && !ctx.c.titles.has(head.fold)) continue;
    const titleEnd = titleAt(ctx, j);
    if (titleEnd <= j || !ctx.c.titles.has(head.fold)) continue;
    // the title goes on with a complement: «وزير الخارجية», «مدير مكتب …»
    const comp = toks[titleEnd];
    if (titleEnd === j + 1 && !(isWord(comp) && !isStop(ctx, comp) && !isVerb(ctx, comp))) continue;
    let end = j;
    const comma = toks[j - 1]?.kind === 'punct' && /^[،,]$/u.test(toks[j - 1].text);
    if (comma) end = j - 1;
    let from = end;
    while (from > end - 3 && from - 1 >= ctx.bodyTok && isWord(toks[from - 1]) && !ctx.claimed[from - 1] && !isStop(ctx, toks[from - 1]) && !isVerb(ctx, toks[from - 1]) && !gazetteerAt(ctx, from - 1) && !stemIn(toks[from - 1], ctx.c.titleWords)) from--;
    // the slot before the name: a verb, a preposition, a complementiser
    const before = toks[from - 1];
    const slot = isWord(before) && (isVerb(ctx, before) || ctx.c.nameEndPrepositions.has(before.fold) || ctx.c.complementisers.has(before.fold));
    if (!slot) continue;
    // (words skipped past the start only when the verb's own subject words are the name: keep the last two or three)
    const n = end - from;
    if (n < 2 || n > 3) continue;
    const first = toks[from];
    const last = toks[end - 1];
    const given = !!givenNameAt(ctx, first);
    // «كأس ولي العهد», «جائزة الأمير …»: a thing named after a titled person; «تفويض معالي وزير …»: an honorific
    // opens the title; a verbal noun («تفويض», «استحقاق») is the verb's object
    let thing = false;
    for (let k = from; k < end; k++) {
      const w = toks[k];
      if (stemIn(w, ctx.c.competitionHeads) || stemIn(w, ctx.c.institutionHeads) || stemIn(w, ctx.c.eventHeads) || stemIn(w, ctx.c.facilityHeads) || stemIn(w, ctx.c.honorifics) || (!isDefinite(w) && looksMasdar(w.core) && !givenNameAt(ctx, w))) thing = true;
    }
    if (thing) continue;
    if (isDefinite(first) ? !comma || /^(لل|بال|كال|وال|فال)/u.test(first.fold) || first.stems.some((st) => ctx.c.nisbas.has(st) || ctx.c.titleModifiers.has(st) || ctx.c.genericAdjectives.has(st)) || looksMasdar(first.core) : !isNameWord(ctx, first, 0)) continue;
    let ok = true;
    // (a nisba-shaped family name, «الزغبي», only when the article names it again: «الأمني» is an adjective)
    for (let k = from + 1; k < end; k++) if (!isNameWord(ctx, toks[k], k - from) || (isAdjective(ctx, toks[k]) && !given && (occurrences(ctx, toks[k].core) < 2 || toks[k].stems.some((st) => ctx.c.nisbas.has(st) || ctx.c.titleModifiers.has(st))))) ok = false;
    if (!ok || (!comma && isDefinite(first))) continue;
    // (a definite verbal noun or plural after the first word is its object or genitive, not a family name)
    if (isDefinite(last) && (looksMasdar(last.core) || /(ين|ون|ات)$/u.test(last.fold))) continue;
    // the title with its complement: up to punctuation, a particle or a verb (four words at most)
    let tEnd = titleEnd;
    while (tEnd < toks.length && tEnd - j < 5 && isWord(toks[tEnd]) && !isStop(ctx, toks[tEnd]) && !isVerb(ctx, toks[tEnd])) tEnd++;
    out.push({ type: 'person', from, to: end, span: [first.start, last.end], rule: 'ar:name+appositive-title', role: 'name', title: ctx.text.slice(head.start, toks[tEnd - 1].end), acts: isVerb(ctx, before) });
    claim(ctx, from, end);
  }
}

/** The token that ends a speaker's clause after the verb at i: a colon, «إن/أن» or an opening quote; -1 if none. */
function speechTerminator(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  for (let k = i + 1; k < toks.length && k - i <= SPEAKER_WINDOW; k++) {
    const t = toks[k];
    if (t.kind === 'word') {
      if (ctx.c.complementisers.has(t.fold)) return k;
      continue;
    }
    if (t.text === ':' || OPEN_QUOTES.has(t.text)) return k;
    if (/[.،,؛!?؟]/u.test(t.text) || hasLineBreak(ctx.text, toks[k - 1].end, t.start)) return -1;
  }
  return -1;
}

/**
 * Token k (after the verb at i) can end a title: a found name or a definite word — by its letters too, since
 * «للإلكترونيات» also has the shape of a foreign name with a hamza.
 */
function titleEndsAt(ctx: Ctx, i: number, k: number): boolean {
  const t = ctx.toks[k];
  return k > i && isWord(t) && (ctx.claimed[k] === 1 || isDefinite(t) || /^(ال|لل)/u.test(t.fold));
}

/** A word that may stand in a bare (article-less) personal name inside a title's tail. */
function bareNameWord(ctx: Ctx, k: number, position: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && !ctx.claimed[k] && !/^(ال|لل)/u.test(t.fold) && !isDefinite(t) && isNameWord(ctx, t, position) && !isVerb(ctx, t) && !looksImperfect(t) && !gazetteerAt(ctx, k) && !stemIn(t, ctx.c.titleWords);
}

/** Arabic names opened by a kinship word anywhere: «أبو خالد الحلبي», «عبد الكريم السالم». */
function findKinshipNames(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (ctx.claimed[i] || !isWord(toks[i])) continue;
    const stem = toks[i].stems.find((s) => ctx.c.kinship.has(s));
    // («العبد الله», «العبد اللطيف»: with the article the word is a family name's first part, not the particle)
    if (!stem || !isNameWord(ctx, toks[i + 1], 1) || ctx.claimed[i + 1] || /^(ال|وال)/u.test(toks[i].fold)) continue;
    let k = i + 2;
    while (k < toks.length && k - i < MAX_NAME_TOKENS && !ctx.claimed[k] && isNameWord(ctx, toks[k], k - i) && !gazetteerAt(ctx, k)) {
      k++;
      // a family name with the article closes the name («عبد الرحمن القرني بهدف»: the next word is the sentence's)
      if (isDefinite(toks[k - 1])) break;
    }
    if (k - i < 3 && !isDefinite(toks[k - 1])) continue; // «أبو» + one word is too often a nickname or place
    out.push({ type: 'person', from: i, to: k, span: [toks[i].start + cliticOffset(toks[i], stem), toks[k - 1].end], rule: 'ar:kinship-name', role: 'name', acts: actsAt(ctx, i, k) });
    claim(ctx, i, k);
    i = k - 1;
  }
}

/** A given name opening a personal name: in the pack's list, or a compound «عبد» + divine name written as one word. */
function givenNameAt(ctx: Ctx, t: Tok | undefined): string | undefined {
  if (!isWord(t)) return undefined;
  // «على» (on) folds onto «علي» (Ali): only the spelling with ي is the name
  if (MAQSURA_PARTICLES.has(t.core) && !t.text.endsWith('ي')) return undefined;
  // «ناديه» (his club) folds onto «نادية»: a long word written with a final «ه» is a noun with «his»
  if (t.text.endsWith('\u0647') && t.fold.length >= 5 && !(ctx.rules.divineName && t.fold.endsWith(ctx.rules.divineName))) return undefined;
  const prefix = ctx.rules.compoundGivenPrefix;
  // «الحمد» is a family name (or a noun), not «حمد» with the article
  const definite = isDefinite(t);
  for (const s of t.stems) {
    if (definite && !s.startsWith('ال')) continue;
    if (ctx.c.givenNames.has(s)) return s;
    // «عبدالله», «عبدالرحمن» (one word): the prefix plus a definite divine name of at least three letters
    if (prefix && s.startsWith(prefix + 'ال') && s.length >= prefix.length + 4) return s;
  }
  return undefined;
}

/**
 * «استقبل الشيخ سالم بن حمد آل فالح … كما أقام الشيخ سالم بن حمد مأدبة»: an indefinite word after a name ending
 * in a patronym («… بن راشد») is the verb's object, not a family name, when the article writes that name elsewhere
 * with another word after it (or none) and never repeats this word. (A family name the article never varies —
 * «نزار بن عبيد مدني» — stays.)
 */
function strayAfterPatronym(ctx: Ctx, from: number, k: number): boolean {
  const { toks } = ctx;
  const w = toks[k];
  if (!isWord(w) || isDefinite(w) || k - from < 3 || !ctx.c.connectors.has(toks[k - 2]?.fold ?? '')) return false;
  // «إدارة الأمير فهد بن ماجد ركزت على …»: a feminine past verb of three radicals (فعلت) ends the name
  if (!ctx.cased && /^[^اوي]{3}ت$/u.test(w.fold) && !givenNameAt(ctx, w)) return true;
  if (occurrences(ctx, w.core) > 1) return false;
  // «ألقى الأمير سامي بن فهد كلمة شكر فيها …»: a feminine noun written with «ة», named nowhere else, is the verb's object (a
  // family name of that shape comes back alone: «… بن حسن فلاتة … وقال فلاتة»)
  if (!ctx.cased && w.text.endsWith('\u0629') && !givenNameAt(ctx, w) && !/^[بلك]?(ال)?با/u.test(w.fold)) return true;
  const after = patronymFollowers(ctx).get(`${toks[k - 3].core} ${toks[k - 2].core} ${toks[k - 1].core}`);
  if (!after) return false;
  for (const core of after) if (core !== w.core) return true;
  return false;
}

/** A short bare word (three or four letters, no known given name) once in the text, after a family name told again. */
function strayAfterSurname(ctx: Ctx, k: number): boolean {
  const w = ctx.toks[k];
  const surname = ctx.toks[k - 1];
  // (not after a father's given name, «فيصل علي نصار»: Arab names chain given names, each told apart elsewhere)
  if (ctx.cased || !isWord(w) || !isWord(surname) || isDefinite(w) || w.fold.length > 4 || givenNameAt(ctx, w) || stemIn(w, ctx.c.everydayGivenNames) || givenNameAt(ctx, surname) || stemIn(surname, ctx.c.everydayGivenNames)) return false;
  return occurrences(ctx, w.core) === 1 && occurrences(ctx, surname.core) >= 2;
}

/** For each «X بن Y» of the article (three word cores), the cores of the words written right after it (one pass). */
const patronymCache = new WeakMap<Ctx, Map<string, Set<string>>>();
function patronymFollowers(ctx: Ctx): Map<string, Set<string>> {
  let m = patronymCache.get(ctx);
  if (m) return m;
  m = new Map();
  const { toks } = ctx;
  for (let p = 1; p + 1 < toks.length; p++) {
    if (!isWord(toks[p]) || !ctx.c.connectors.has(toks[p].fold) || !isWord(toks[p - 1]) || !isWord(toks[p + 1])) continue;
    const key = `${toks[p - 1].core} ${toks[p].core} ${toks[p + 1].core}`;
    const set = m.get(key) ?? new Set<string>();
    set.add(toks[p + 2]?.core ?? '');
    m.set(key, set);
  }
  patronymCache.set(ctx, m);
  return m;
}

/** After «بن», «بنت», «آل»: a name word, including one written with a final «ه» («بن عطيه» written with «ه»). */
function nameAfterConnector(ctx: Ctx, t: Tok | undefined): boolean {
  if (isNameWord(ctx, t, 1)) return true;
  // (and a family name that merely ends like a pronoun: «آل شلهم», «بن فهم»)
  return isWord(t) && !isDefinite(t) && !isStop(ctx, t) && (t.text.endsWith('\u0647') || (/هم$/u.test(t.fold) && t.fold.length >= 4)) && /^\p{L}/u.test(t.text);
}

/**
 * A given name written as two words: «عبد» + a divine name with the article («عبد الله», «عبد الرحمن»), or a
 * theophoric first word + «الله» («نصر الله», «فتح الله»), or a first word + «الدين» («صلاح الدين»). Returns the token after it, or -1.
 */
function compoundGivenEnd(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  const next = ctx.toks[i + 1];
  if (!isWord(t) || !isWord(next)) return -1;
  const prefix = ctx.rules.compoundGivenPrefix;
  if (prefix && t.stems.includes(prefix) && next.fold.startsWith('ال') && next.fold.length >= 4 && !isStop(ctx, next)) return i + 2;
  // «عبد ربه» (servant of his Lord)
  if (prefix && t.stems.includes(prefix) && (next.fold === 'ربه' || next.fold === 'رب')) return i + 2;
  if (next.fold === ctx.rules.divineName && t.stems.some((s) => ctx.c.theophoricFirst.has(s))) return i + 2;
  if (next.fold === 'الدين' && t.stems.some((s) => ctx.c.religionCompoundFirst.has(s))) return i + 2;
  return -1;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);

/**
 * «فرانك - فالتر شتاينماير»: a hyphen (spaced or not) right after the first word of a name joins a second first
 * name, when a name word follows it and another (the family name) follows that. (The second first name may only
 * look definite — «فالتر» read as ف + «التر» — so only a written article rules it out.)
 */
function hyphenatedFirstName(ctx: Ctx, k: number, pos: number): boolean {
  const { toks } = ctx;
  return pos === 1 && !ctx.cased && HYPHENS.has(toks[k].text) && isNameWord(ctx, toks[k + 1], 1) && !toks[k + 1].fold.startsWith('ال') && isNameWord(ctx, toks[k + 2], 2) && !gazetteerAt(ctx, k + 1);
}

/**
 * «باسلمة», «باشرين»: family names opened by «با» look like a preposition on a noun («باستئناف»), so they
 * count only as the last word of a name, where a name ends.
 */
function hadramiFamilyName(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && /^با[^ل]/u.test(t.fold) && !isStop(ctx, t) && t.fold.length >= 4 && nameBoundary(ctx, k + 1);
}

/** A definite participle or known nationality adjective: describes the name before it («المنتقل», «السعودي»). */
function describes(ctx: Ctx, t: Tok): boolean {
  if (!isDefinite(t) || !isAdjective(ctx, t)) return false;
  if (t.stems.some((s) => ctx.c.nisbas.has(s) || ctx.c.titleModifiers.has(s))) return true;
  return !/ي$/u.test(t.fold);
}

/**
 * «المدرب الهلالي حديثه بقوله»: a noun with a written final «ه» (his) and no name word after it is not a name;
 * «جوزيه مارتينز» (a name word follows) and short names («وجيه») are.
 */
function possessedNoun(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t.text.endsWith('ه') || t.fold.length < 5 || (ctx.rules.divineName && t.fold.endsWith(ctx.rules.divineName))) return false;
  const next = ctx.toks[k + 1];
  return !isWord(next) || /^[بلك]/u.test(next.fold) || isStop(ctx, next) || !isNameWord(ctx, next, 1);
}

/** A title phrase at k followed by a known given name (one or two words). */
function titledGivenNameAt(ctx: Ctx, k: number): boolean {
  const e = titleAt(ctx, k);
  return e > k && (!!givenNameAt(ctx, ctx.toks[e]) || compoundGivenEnd(ctx, e) > 0);
}

/** An opening quotation mark right after a body's head noun or event («حزب «…»», «مهرجان "…"»). */
function quotedAfterHead(ctx: Ctx, k: number): boolean {
  const prev = ctx.toks[k - 1];
  return !isWord(prev) || stemIn(prev, ctx.c.orgHeads) || stemIn(prev, ctx.c.groupHeads) || stemIn(prev, ctx.c.quotedNameHeads) || stemIn(prev, ctx.c.eventHeads) || stemIn(prev, ctx.c.institutionHeads) || stemIn(prev, ctx.c.placeWrappers) || stemIn(prev, ctx.c.facilityHeads);
}

/** One or two name words between quotation marks (a family name alone is written with the article: «"الحمادي"»). */
function quotedName(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let q = from; q < to; q++) if (!isWord(ctx.toks[q]) || !isNameWord(ctx, ctx.toks[q], q === from && to - from === 1 ? 1 : q - from) || gazetteerAt(ctx, q)) return false;
  return true;
}

/**
 * «مبلغا كبيرا», «دعما كاملا»: an indefinite word written with a final alef (the accusative's tanween without its
 * marks) followed by a second such word of at least four letters is a noun with its adjective. (Names ending in
 * alef — «رضا», «رشا» — are not followed by another.)
 */
function accusativePair(ctx: Ctx, k: number): boolean {
  const a = ctx.toks[k];
  const b = ctx.toks[k + 1];
  const acc = (t: Tok | undefined): boolean => isWord(t) && !isDefinite(t) && stripArabicMarks(t.text).endsWith('\u0627') && t.fold.length >= 4 && !givenNameAt(ctx, t) && !isStop(ctx, t);
  return acc(a) && acc(b);
}

/** «والصيد»: a conjunction on a definite noun (not a particle, verb or head of another name). */
function coordinatedNoun(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && /^وال/u.test(t.fold) && t.fold.length >= 6 && !isStop(ctx, t) && !t.stems.some((s) => ctx.c.orgHeads.has(s) || ctx.c.groupHeads.has(s) || ctx.c.titleWords.has(s)) && !gazetteerAt(ctx, k);
}

/** Where a name may end: punctuation, the end, a title, a describing adjective, or a verb (of saying or acting). */
function nameBoundary(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word') return true;
  // a relative pronoun opens a clause about the name before it («… الذي رحل»)
  if (ctx.c.relativePronouns.has(t.fold)) return true;
  if (describes(ctx, t) || isVerb(ctx, t) || stemIn(t, ctx.c.describingWords)) return true;
  return titleAt(ctx, k) > k || t.stems.some((s) => ctx.c.speechVerbs.has(s) || ctx.c.titleWords.has(s) && ctx.c.titles.has(s));
}

/**
 * «… لوكالة», «… لصحيفة»: «لـ» on an organisation's head noun after a name is whom the person spoke to, so the
 * name ends before it («قال سامي فرحات لوكالة الأنباء»).
 */
function toOutlet(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && t.fold.startsWith('ل') && !t.fold.startsWith('لل') && t.stems.some((s) => s !== t.fold && ctx.c.orgHeads.has(s));
}



/**
 * «وصالح بن عبدالرحمن الكثير», «حسن بن علي العمري»: a word before «بن/بنت» and a known given name opens a
 * personal name even when it is no known given name or is an everyday word as well (حسن good, صالح valid, مالك
 * owner): the patronym settles it. Returns the name's first form (without a conjunction «و/ف» when the rest is a
 * given name, known or everyday), or undefined.
 */
function patronymOpener(ctx: Ctx, i: number): string | undefined {
  const { toks } = ctx;
  const t = toks[i];
  const bin = toks[i + 1];
  if (!isWord(t) || !isWord(bin) || !ctx.c.patronymMarkers.has(bin.fold) || ctx.claimed[i + 1] || ctx.claimed[i + 2]) return undefined;
  if (isDefinite(t) || t.fold.length < 3 || ctx.c.connectors.has(t.fold) || isVerb(ctx, t) || stemIn(t, ctx.c.titleWords)) return undefined;
  if (!(givenNameAt(ctx, toks[i + 2]) || compoundGivenEnd(ctx, i + 2) > 0)) return undefined;
  const rest = /^[وف]/u.test(t.fold) ? t.fold.slice(1) : '';
  if (rest && t.stems.includes(rest) && (ctx.c.givenNames.has(rest) || ctx.c.everydayGivenNames.has(rest))) return rest;
  return t.fold;
}

/**
 * Arabic names with no title or verb before them, opened by a known given name: «خالد بن سعد المطيري»,
 * «فواز السلوم». At least one more name word must follow (a lone given name is too often a word or a
 * place); the name ends like a titled one (a family name with the article closes it).
 */
function findGivenNames(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.givenNames.size && !ctx.rules.compoundGivenPrefix) return;
  for (let i = ctx.bodyTok; i + 1 < toks.length; i++) {
    if (ctx.claimed[i]) continue;
    const compoundEnd = compoundGivenEnd(ctx, i);
    const given = compoundEnd > 0 ? toks[i].stems.find((s) => s === ctx.rules.compoundGivenPrefix || ctx.c.theophoricFirst.has(s) || ctx.c.religionCompoundFirst.has(s)) : givenNameAt(ctx, toks[i]) ?? patronymOpener(ctx, i);
    // (a patronym after it overrides a particle reading: «وعلي بن محمد» is Ali, not «وعلى» on)
    if (!given || (isStop(ctx, toks[i]) && !(isWord(toks[i + 1]) && ctx.c.patronymMarkers.has(toks[i + 1].fold))) || (compoundEnd > 0 && ctx.claimed[i + 1])) continue;
    let k = compoundEnd > 0 ? compoundEnd : i + 1;
    // the two words of a compound given name count as one part of the name
    let joined = compoundEnd > 0 ? 1 : 0;
    let phraseAfter = false;
    while (k < toks.length && !ctx.claimed[k] && k - i - joined < MAX_NAME_TOKENS) {
      const pos = k - i - joined;
      const t = toks[k];
      if (ctx.c.connectors.has(t.fold) && nameAfterConnector(ctx, toks[k + 1]) && !ctx.claimed[k + 1]) {
        const compound = compoundGivenEnd(ctx, k + 1);
        joined += compound > 0 && !ctx.claimed[k + 2] ? 2 : 1;
        k = compound > 0 && !ctx.claimed[k + 2] ? compound : k + 2;
        continue;
      }
      if (pos >= 2 && strayAfterPatronym(ctx, i, k)) break;
      // «بحمد الله», «أحمد الله أنني …»: the divine name after a given name that makes no compound with it
      // (ActorRules.theophoricFirst: «نصر الله» is read above as one given name) is praise, not a family name
      if (pos === 1 && joined === 0 && t.fold === ctx.rules.divineName) break;
      // («… سالم بدعم من …»: «ب» on a word the article also writes bare)
      if (pos > 0 && prepositionalPhraseAt(ctx, k)) break;
      if (!(isNameWord(ctx, t, pos) || hadramiFamilyName(ctx, k)) || gazetteerAt(ctx, k) || titleAt(ctx, k) > k) break;
      // an imperfect verb right after the given name («محمد يقول») is the predicate, not a family name
      // (but a family name of that shape, «نظيف», «نسيم», stays one when an appositive title follows it: «… نظيف
      // رئيس الوزراء الأسبق»; a verb takes an object or a clause, not a title)
      if (!isDefinite(t) && looksImperfect(t) && !givenNameAt(ctx, t) && !(pos > 0 && titleAt(ctx, k + 1) > k + 1 && !isVerb(ctx, t))) break;
      // «جمال الطبيعة» (the beauty of nature): a definite feminine noun is a genitive, not a family name
      if (isDefinite(t) && t.text.endsWith('\u0629') && !givenNameAt(ctx, t)) break;
      // «فيصل بحي الروضة»: a preposition on a noun with a genitive starts a phrase of place
      if (/^[بلك]/u.test(t.fold) && !isDefinite(t) && isWord(toks[k + 1]) && isDefinite(toks[k + 1])) break;
      // «… حداد مراجعة الذات»: a feminine noun with a definite genitive after two name parts is a phrase
      if (pos >= 2 && !isDefinite(t) && /ه$/u.test(t.fold) && isWord(toks[k + 1]) && isDefinite(toks[k + 1])) {
        phraseAfter = true;
        break;
      }
      // a describing participle after the name («المنتقل», «المكلف») is apposition, not a family name;
      // nisba-shaped words (المطيري) are family names here, but known nationality adjectives are not
      // (after a patronym, «مطلق بن حمد المريشد», a participle-shaped definite word closes the chain as the family
      // name; known describing words and nationalities still do not: «… بن سعيد المكلف», «… بن علي المصري»)
      if (pos > 1 && describes(ctx, t) && !(ctx.c.patronymMarkers.has(toks[k - 2]?.fold ?? '') && !t.stems.some((s) => ctx.c.nisbas.has(s) || ctx.c.titleModifiers.has(s) || ctx.c.describingWords.has(s)))) break;
      k++;
      // a family name with the article ends it: a second definite word («المختص») is more often a description
      if (isDefinite(t)) break;
    }
    if (k - i - joined < 2) continue;
    // an indefinite last word («فهد كفاين») could be a verb or noun after a bare given name («عبدالله سبق»):
    // accept it only where a name ends — punctuation, a title or a verb of saying next, or the text's end
    // (or a preposition, or the phrase that stopped the name)
    if (!isDefinite(toks[k - 1]) && !givenNameAt(ctx, toks[k - 1]) && !nameBoundary(ctx, k) && !phraseAfter && !ctx.c.nameEndPrepositions.has(toks[k]?.fold ?? '')) continue;
    // «أبو خالد الحلبي»: a kunya word just before the given name is part of the name
    const kunya = i - 1 >= ctx.bodyTok && !ctx.claimed[i - 1] && isWord(toks[i - 1]) ? toks[i - 1].stems.find((s) => ctx.c.kunya.has(s)) : undefined;
    const from = kunya ? i - 1 : i;
    const start = kunya ? toks[i - 1].start + cliticOffset(toks[i - 1], kunya) : toks[i].start + cliticOffset(toks[i], given);
    out.push({ type: 'person', from, to: k, span: [start, toks[k - 1].end], rule: kunya ? 'ar:kunya+given-name' : 'ar:given-name', role: 'name', acts: actsAt(ctx, from, k) });
    claim(ctx, from, k);
    i = k - 1;
  }
}

/**
 * Inside a transliterated name, «لافروف», «سيلفا», «باولو» only look like a prefixed word (لا، سي، با); the
 * nisba-name finder accepts them because it also requires the name to end where a name ends.
 */
function foreignNameWord(ctx: Ctx, t: Tok): boolean {
  if (!/^(لا|سي|ست|با)/u.test(t.fold) || t.fold.length < 4 || isStop(ctx, t) || hasTanween(t.text)) return false;
  // «بالذهبية», «بالبطولة», «بالمباريات»: «بـ» on a definite feminine or plural noun, or on one the article writes
  // with the article alone, is a phrase (not «بالوتيلي»)
  return !(t.fold.startsWith('\u0628\u0627\u0644') && (t.text.endsWith('\u0629') || t.fold.endsWith('\u0627\u062A') || writtenFolds(ctx).has(t.fold.slice(1))));
}

/**
 * Foreign names after a nationality adjective: «المهاجم البرازيلي كارلوس إدواردو», «نظيره الروسي سيرغي لافروف».
 * Two or three bare (indefinite) name words that end where a name ends; one word is too often a noun or verb.
 */
function findNisbaNames(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  for (let i = ctx.bodyTok; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !isDefinite(t) || !t.stems.some((s) => ctx.c.nisbas.has(s))) continue;
    const from = i + 1;
    // «واصلت المدفعية السعودية دك مواقع …»: a feminine nationality after a definite noun that is no role agrees with
    // that noun as its adjective; what follows is the clause, not a woman's name («اللاعبة السعودية سارة …» has a role)
    const before = toks[i - 1];
    if (t.text.endsWith('\u0629') && isWord(before) && isDefinite(before) && !isStop(ctx, before) && !stemIn(before, ctx.c.titleWords) && !(ctx.article.pack.possessedBases?.(before.fold) ?? []).some((b) => ctx.c.titleWords.has(b))) continue;
    let k = from;
    // (a «ف» opens a later word of a transliterated name, «أرسين فينجر», not a clause: only «و» stays out there)
    // (a feminine plural of six letters or more is a noun: «… لعرض إمكانيات …»; so is a known word in the accusative
    // after the name: «… أدولف ليما هدفا», «… كيتاني أولا»)
    while (k < toks.length && k - from < 3 && !(k > from + 1 && knownAccusative(ctx, toks[k])) && !ctx.claimed[k] && isWord(toks[k]) && (isNameWord(ctx, toks[k], k - from) || (k > from && foreignNameWord(ctx, toks[k]))) && !isDefinite(toks[k]) && !isVerb(ctx, toks[k]) && !looksImperfect(toks[k]) && !(/ات$/u.test(toks[k].fold) && toks[k].fold.length >= 6) && !gazetteerAt(ctx, k) && !(k > from ? /^و/u : /^[وف]/u).test(toks[k].fold) && !(k > from && /^ف/u.test(toks[k].fold) && toks[k].fold.length < 5)) k++;
    // «السوري جهاد الحمصي»: one family name with the article closes a name of one or two bare words (not a title
    // word, a nationality or a participle: «… كارلوس المهاجم», «… كارلوس القادم»)
    const fam = toks[k];
    // (the first word no verb or prepositional phrase: «الأمريكي تواصل التعافي», «… لسد الفراغ», «… عادت البورصة»)
    const first = toks[from];
    const plainFirst = givenNameAt(ctx, first) || !(/^[لبكوفتي]/u.test(first.fold) || /ت$/u.test(first.fold));
    // (an imperfect verb of up to five letters opens no name: «النادي الإنجليزي يراقب موقف اللاعب»)
    if (!givenNameAt(ctx, first) && /^[يتن]/u.test(first.fold) && first.fold.length <= 5 && k > from) continue;
    // (nor a noun with a preposition on it: «… الإسباني بعرض لضم المهاجم»)
    if (!givenNameAt(ctx, first) && /^[بل]/u.test(first.fold) && first.stems.includes(first.fold.slice(1)) && isWord(toks[from + 1]) && /^[بل]/u.test(toks[from + 1].fold)) continue;
    // (a future verb, «ستهبط», «سيعود», opens no name before a definite noun: foreign names there go on bare, «ستيفن جيرارد»)
    const futureFirst = /^س[يتن].{3,}/u.test(first.fold) && !givenNameAt(ctx, first);
    if (plainFirst && !futureFirst && k > from && k - from < 3 && isWord(fam) && !ctx.claimed[k] && isDefinite(fam) && !/^[وفبلك]/u.test(fam.fold) && isNameWord(ctx, fam, k - from) && !activeParticiple(fam) && !/^الم/u.test(fam.fold) && !stemIn(fam, ctx.c.genericAdjectives) && !stemIn(fam, ctx.c.notTeams) && !fam.stems.some((s) => ctx.c.titleWords.has(s) || ctx.c.nisbas.has(s)) && nameBoundary(ctx, k + 1)) k++;
    // a definite word right after the bare words is an apposition («… ريستريبو القادم من»), so the name ends there too
    const apposition = isWord(toks[k]) && activeParticiple(toks[k]) && !isStop(ctx, toks[k]);
    // (or a preposition or «أن» after two bare words: «بقيادة مدربه الفرنسي أرسين فينجر في …»)
    // (only after a role noun, «مدربه الفرنسي»: «الجو السوري قصف مناطق في» is a clause)
    const role = toks[i - 1];
    const roleNoun = isWord(role) && (stemIn(role, ctx.c.titleWords) || (ctx.article.pack.possessedBases?.(role.fold) ?? []).some((b) => ctx.c.titleWords.has(b)));
    const prepAfter = k - from === 2 && isWord(toks[k]) && (ctx.c.nameEndPrepositions.has(toks[k].fold) || ctx.c.complementisers.has(toks[k].fold)) && roleNoun && !/ه$/u.test(t.core);
    // (or a family name the article tells again alone: «رجل الأعمال الكندي جيمس هارلو اشترى … إن هارلو دفع …»)
    if (k - from === 1 && loneForeignName(ctx, i, from)) k = from + 1;
    else if (k - from < 2 || !(nameBoundary(ctx, k) || apposition || prepAfter || (k - from === 2 && knownAccusative(ctx, toks[k])) || (k - from === 2 && plainFirst && toldFamilyNameAt(ctx, k - 1)))) continue;
    out.push({ type: 'person', from, to: k, span: span(ctx, from, k), rule: 'ar:nisba+name', role: 'name', acts: actsAt(ctx, from, k) });
    claim(ctx, from, k);
    i = k - 1;
  }
}

/** «هدفا», «أولا», «جديدا»: a word the pack or the article knows, in the accusative with a final alef. */
function knownAccusative(ctx: Ctx, t: Tok): boolean {
  if (!isWord(t) || !t.fold.endsWith('\u0627') || t.fold.length < 3) return false;
  const rest = t.fold.slice(0, -1);
  const def = '\u0627\u0644' + rest;
  return ctx.c.sportsWords.has(rest) || ctx.c.ordinals.has(def) || ctx.c.genericAdjectives.has(def) || ctx.c.notTeams.has(rest) || ctx.c.notTeams.has(def) || writtenFolds(ctx).has(def);
}

/**
 * «باستثناء البرازيلي ماركوس الذي …», «تحت قيادة الإسباني غارسيا بعد …»: a masculine nationality used as a noun (after
 * no definite noun it would describe: «الاقتصاد الصيني») and one bare word of a name's shape, then a relative pronoun,
 * a preposition, a particle or a punctuation mark: a foreigner known by one name. Not a word the article also writes
 * with the article (a common noun), a feminine or plural noun, an adverb in «ـيا», nor a known given name alone.
 */
function loneForeignName(ctx: Ctx, nisbaAt: number, k: number): boolean {
  const { toks } = ctx;
  const nisba = toks[nisbaAt];
  const t = toks[k];
  const prev = toks[nisbaAt - 1];
  if (ctx.cased || !isWord(t) || nisba.text.endsWith('\u0629') || !/^ال/u.test(nisba.fold)) return false;
  if (isWord(prev) && isDefinite(prev) && !isStop(ctx, prev) && !hasLineBreak(ctx.text, prev.end, nisba.start)) return false;
  if (t.fold.length < 4 || givenNameAt(ctx, t) || ctx.c.genericAdjectives.has('\u0627\u0644' + t.fold) || ctx.c.notTeams.has(t.fold)) return false;
  // (a clitic on a word the article writes without it: «… بعرض», «… وقال»; an adverb «حاليا», «رسميا», «تدريجيا»)
  const written = writtenFolds(ctx);
  if (/^[وفبلك]/u.test(t.fold) && (written.has(t.fold.slice(1)) || written.has('\u0627\u0644' + t.fold.slice(1)))) return false;
  if (t.text.endsWith('\u0629') || /(ات|ين|ون)$/u.test(t.fold) || (/يا$/u.test(t.fold) && (t.fold.length === 5 || /^[مت]/u.test(t.fold))) || written.has('\u0627\u0644' + t.fold)) return false;
  const next = toks[k + 1];
  if (!next) return true;
  if (next.kind === 'punct') return /[،,.:؛]/u.test(next.text);
  return ctx.c.relativePronouns.has(next.fold) || ctx.c.nameEndPrepositions.has(next.fold) || ctx.c.stop.has(next.fold) || isVerb(ctx, next);
}

/**
 * «تصحيح أوضاع اليمنيين», «من السوريين»: a definite masculine plural of a nationality adjective used as a noun (not
 * right after a definite noun it would describe: «المواطنين اليمنيين») names a people, a group actor, when the
 * headline names it or the body three times so.
 */
function findNationalityPlurals(ctx: Ctx, out: Candidate[]): void {
  if (ctx.cased || !ctx.c.nisbas.size) return;
  const { toks } = ctx;
  const plural = (t: Tok): string | undefined => {
    if (!isWord(t)) return undefined;
    for (const s of t.stems) {
      const m = /^(ال.{3,})(ين|ون)$/u.exec(s);
      if (m && ctx.c.nisbas.has(m[1]) && m[1].endsWith('ي')) return m[1] + 'ين';
    }
    return undefined;
  };
  const hits = new Map<string, number[]>(); // the people's mentions as a noun
  const inHeadline = new Set<string>();
  const headline = ctx.article.headline?.span;
  for (let i = 0; headline && i < toks.length && toks[i].start < headline[1]; i++) {
    const key = toks[i].start >= headline[0] ? plural(toks[i]) : undefined;
    if (key) inHeadline.add(key);
  }
  for (let i = ctx.bodyTok; i < toks.length; i++) {
    if (ctx.claimed[i]) continue;
    const key = plural(toks[i]);
    if (!key) continue;
    const prev = toks[i - 1];
    // «غير السعوديين» (non-Saudis) is not the people
    if (isWord(prev) && prev.fold === 'غير') continue;
    const described = isWord(prev) && isDefinite(prev) && !isStop(ctx, prev) && toks[i].start - prev.end <= 1 && !/^[وف]/u.test(toks[i].fold);
    // (an adjective describes another group: «الحكام السعوديين» are referees)
    if (!described) hits.set(key, [...(hits.get(key) ?? []), i]);
  }
  // (a people named in passing — «توظيف السعوديين» — is no actor of the story: in the headline, or three times)
  for (const [key, at] of hits) {
    if (!inHeadline.has(key) && at.length < 3) continue;
    for (const i of at) {
      const t = toks[i];
      const stem = t.stems.find((s) => s.startsWith('ال')) ?? t.fold;
      out.push({ type: 'group', from: i, to: i + 1, span: [t.start + cliticOffset(t, stem), t.end], rule: 'ar:nationality-plural', role: 'name', id: 'people:' + key, acts: actsAt(ctx, i, i + 1) });
      claim(ctx, i, i + 1);
    }
  }
}

/** Sports articles use enough words of the trade: at least this many. */
/**
 * A news headline opens with its subject: «نادي الفجر يهزم …», ««ريادة» تطلق …», «سالم الحربي: …». A run of one
 * to three name words at the very start of the headline (or one or two words in quotation marks), right before an
 * imperfect verb or a colon, is an actor when the body repeats it: the whole run once when it has two words or more,
 * a lone bare word twice and never with the article (a proper noun takes none; «أمطار» is «الأمطار» elsewhere),
 * a lone definite word («الزهراني») only as the family name after a known given name in the body. Common nouns that
 * head a body, a place or a title («وزارة …», «الرئيس …») are left to their own finders.
 */
/** A headline's verb: a listed verb, or the shape of an imperfect («يطلق», «تستضيف») that is no given name («تركي», «يوسف»). */
function headlineVerb(ctx: Ctx, t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  if (isVerb(ctx, t)) return true;
  return /^[يت]/u.test(t.fold) && t.fold.length >= 3 && t.fold.length <= 6 && !isDefinite(t) && !t.text.endsWith('\u0629') && !givenNameAt(ctx, t);
}

function findHeadlineSubjects(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const headline = ctx.article.headline?.span;
  if (!headline) return;
  let i = 0;
  while (i < toks.length && toks[i].start < headline[0]) i++;
  if (i >= toks.length || toks[i].start >= headline[1]) return;
  const quoted = toks[i].kind === 'punct' && OPEN_QUOTES.has(toks[i].text);
  const from = quoted ? i + 1 : i;
  let k = from;
  while (k < toks.length && k - from < 3 && toks[k].end <= headline[1] && !ctx.claimed[k] && isWord(toks[k])) {
    const t = toks[k];
    const lone = isDefinite(t) && !quoted && k === from;
    if (lone && (stemIn(t, ctx.c.orgHeads) || stemIn(t, ctx.c.groupHeads) || stemIn(t, ctx.c.placeWrappers) || isStop(ctx, t))) break;
    if (!lone && !isNameWord(ctx, t, k - from)) break;
    if (gazetteerAt(ctx, k) || stemIn(t, ctx.c.titleWords) || stemIn(t, ctx.c.eventHeads) || stemIn(t, ctx.c.competitionHeads) || (k > from && headlineVerb(ctx, t))) break;
    k++;
    if (lone) break;
  }
  const n = k - from;
  if (n < 1 || (quoted && n > 2)) return;
  // «أسعار النفط تتراجع», «معلم سعودي يفوز»: a noun with its genitive or its nationality is no name; after a word
  // that is no given name, a definite word must be a family name of the nisba shape («… الحربي»)
  for (let m = from + 1; m < k; m++) {
    const t = toks[m];
    if (ctx.c.nisbas.has('ال' + t.core) || (isDefinite(t) && !givenNameAt(ctx, toks[from]) && !/ي$/u.test(t.fold))) return;
  }
  let next = k;
  if (quoted) {
    if (toks[next]?.kind !== 'punct' || !CLOSE_QUOTES.has(toks[next].text)) return;
    next++;
  }
  const after = toks[next];
  if (!after || after.start >= headline[1]) return;
  const colon = after.kind === 'punct' && after.text === ':';
  if (!colon && !headlineVerb(ctx, after) && !quoted) return;
  // the body's mentions of the run
  const cores = toks.slice(from, k).map((t) => t.core);
  let repeats = 0;
  let withArticle = false;
  let afterGiven = false;
  let campaign = false;
  let team = false;
  for (let j = ctx.bodyTok; j + n <= toks.length; j++) {
    if (!isWord(toks[j])) continue;
    if (n === 1 && toks[j].stems.includes('ال' + cores[0])) withArticle = true;
    let same = true;
    for (let m = 0; m < n && same; m++) same = isWord(toks[j + m]) && toks[j + m].core === cores[m];
    if (!same) continue;
    repeats++;
    if (givenNameAt(ctx, toks[j - 1]) && toks[j].fold.startsWith('ال')) afterGiven = true;
    // «الدرعاني: …» and «… سعيد الدرعاني لـ«الصحيفة»»: before a colon, any bare name word before it in the body will do
    // (the speaker of a headline; «الصحة:», «الأهلي:» are never written after a bare name)
    else if (colon && n === 1 && toks[j].fold.startsWith('ال') && !ctx.claimed[j - 1] && isNameWord(ctx, toks[j - 1], 0) && !isDefinite(toks[j - 1]) && !hasLineBreak(ctx.text, toks[j - 1].end, toks[j].start) && !stemIn(toks[j - 1], ctx.c.sportsWords)) {
      // («حملة الطمأنينة»: a campaign's name after its head noun speaks for the campaign)
      campaign = stemIn(toks[j - 1], ctx.c.eventHeads);
      if (!campaign) {
        out.push({ type: 'person', from: j - 1, to: j + 1, span: span(ctx, j - 1, j + 1), rule: 'ar:headline-subject', role: 'name', acts: true });
        claim(ctx, j - 1, j + 1);
      }
      afterGiven = true;
    }
    // «إقليم كردستان»: a place the body names with its wrapper is the place finders' to type
    if (isWord(toks[j - 1]) && (stemIn(toks[j - 1], ctx.c.placeWrappers) || stemIn(toks[j - 1], ctx.c.facilityHeads))) return;
    if (isWord(toks[j - 1]) && (stemIn(toks[j - 1], ctx.c.teamCues) || stemIn(toks[j - 1], ctx.c.clubHeads))) team = true;
  }
  const definite = isDefinite(toks[from]);
  if (n === 1 && definite ? !afterGiven : n === 1 ? repeats < 2 || withArticle : repeats < 1) return;
  // a club when the body names it after a word of a match or a club («فوز الفجر», «لاعبي الفجر»), a body when
  // quoted or named with a word of a press title («سكاي نيوز»); else a person
  const press = toks.slice(from, k).some((t) => ctx.c.pressNameWords.has(t.fold));
  const person = !press && !campaign && (colon || afterGiven || !!givenNameAt(ctx, toks[from]) || (!quoted && !team));
  out.push({ type: person ? 'person' : 'organization', from, to: k, span: span(ctx, from, k), rule: 'ar:headline-subject', role: 'name', acts: true });
  claim(ctx, from, k);
}

/**
 * A story about an unnamed person: «معلم سعودي يفوز بجائزة …», «مشجع نادي الفجر يستفز …», «طالب هندسة أردني يفوز …».
 * An indefinite noun opening the headline, with a nationality adjective or an organisation after it (one or two
 * words), right before the headline's verb, is the story's person when the body takes the noun up with the article
 * («المعلم»): named by the headline's words, with the definite noun as alias. Not a document («تقرير أمريكي يكشف»,
 * «دراسة بريطانية تؤكد»: documentNouns), a plural or a word that is a name itself.
 */
function findHeadlineProtagonist(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const headline = ctx.article.headline?.span;
  if (!headline || !ctx.c.documentNouns.size) return;
  let i = 0;
  while (i < toks.length && toks[i].start < headline[0]) i++;
  const head = toks[i];
  if (!isWord(head) || ctx.claimed[i] || head.start >= headline[1] || isDefinite(head) || isStop(ctx, head) || isVerb(ctx, head) || givenNameAt(ctx, head)) return;
  if (stemIn(head, ctx.c.documentNouns) || stemIn(head, ctx.c.orgHeads) || stemIn(head, ctx.c.groupHeads) || stemIn(head, ctx.c.eventHeads) || gazetteerAt(ctx, i) || /(ون|ين|ات)$/u.test(head.fold) || hasTanween(head.text) || looksMasdar(head.core)) return;
  let k = i + 1;
  let qualified = false;
  while (k < toks.length && k - i <= 3 && isWord(toks[k]) && toks[k].end <= headline[1] && !ctx.claimed[k] && !headlineVerb(ctx, toks[k])) {
    const t = toks[k];
    if (ctx.c.nisbas.has('ال' + t.core) || (isDefinite(t) && t.stems.some((s) => ctx.c.nisbas.has(s)))) qualified = true;
    else if (k > i + 1 && qualified) break;
    k++;
  }
  // (or an organisation the body names: «مشجع نادي الساحل»)
  if (!qualified) {
    const rest = toks.slice(i + 1, k).map((t) => t.core).join(' ');
    qualified = rest.length > 0 && out.some((c) => c.type === 'organization' && c.from >= ctx.bodyTok && toks.slice(c.from, c.to).map((t) => t.core).join(' ') === rest);
    // (or a foreign club by its name's ending: «مشجع مانشستر سيتي يستفز …»)
    if (!qualified && k > i + 2 && stemIn(toks[k - 1], ctx.c.clubNameEnds)) qualified = true;
  }
  if (!qualified || k === i + 1 || k - i > 4 || !headlineVerb(ctx, toks[k]) || toks[k].start >= headline[1]) return;
  // the body takes the noun up with the article
  const definite = 'ال' + head.core;
  let taken = -1;
  for (let j = ctx.bodyTok; j < toks.length && taken < 0; j++) if (isWord(toks[j]) && toks[j].stems.includes(definite)) taken = j;
  if (taken < 0) return;
  const t = toks[taken];
  const alias = ctx.text.slice(t.start + cliticOffset(t, definite), t.end);
  out.push({ type: 'person', from: i, to: k, span: span(ctx, i, k), rule: 'ar:headline-protagonist', role: 'name', acts: true, forms: [alias] });
  claim(ctx, i, k);
}

/**
 * «ضبط شخص قام بطعن رجل أمن», «إصابة شاب سعودي في حادث»: an unnamed person a headline is about, named by an
 * indefinite noun of a person (pack list personNouns) as written, with a nationality adjective or (after a compound
 * person noun, pack list compoundPersonNouns: «رجل») an indefinite genitive, when the body takes it up with the article («الشاب», «رجل الأمن»: another form). At most two
 * per headline.
 */
function findHeadlinePersonNouns(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const headline = ctx.article.headline?.span;
  if (!headline || !ctx.c.personNouns.size) return;
  let found = 0;
  for (let i = 0; i < toks.length && toks[i].start < headline[1] && found < 2; i++) {
    const t = toks[i];
    if (t.start < headline[0] || !isWord(t) || ctx.claimed[i] || isDefinite(t) || hasTanween(t.text)) continue;
    const stem = t.stems.find((s) => ctx.c.personNouns.has(s));
    if (!stem || (t.fold !== stem && !/^[وب]/u.test(t.fold))) continue;
    // (not a count: «إسلام 286 رجلا وامرأة»)
    if ([toks[i - 1], toks[i - 2]].some((x) => x && (x.kind === 'number' || /^\p{Nd}+$/u.test(x.text)))) continue;
    const compound = ctx.c.compoundPersonNouns.has(stem);
    let k = i + 1;
    const n = toks[k];
    const inHeadline = (x: Tok | undefined) => !!x && x.end <= headline[1];
    const nisbaAt = (x: Tok | undefined) => isWord(x) && inHeadline(x) && !isDefinite(x) && ctx.c.nisbas.has('ال' + x.core);
    if (isWord(n) && inHeadline(n) && !ctx.claimed[k] && !isDefinite(n) && (nisbaAt(n) || (compound && !isStop(ctx, n) && !isVerb(ctx, n)))) k++;
    // «طالب طب سوداني»: one indefinite genitive, then the nationality
    else if (isWord(n) && inHeadline(n) && !ctx.claimed[k] && !isDefinite(n) && !isStop(ctx, n) && !isVerb(ctx, n) && nisbaAt(toks[k + 1])) k += 2;
    const words = toks.slice(i, k).map((x, q) => (q === 0 ? stem : x.core));
    const definite = k === i + 2 && compound ? `${stem} ال${words[1]}` : 'ال' + stem;
    let alias: string | undefined;
    for (let j = ctx.bodyTok; j < toks.length && !alias; j++) {
      if (!isWord(toks[j])) continue;
      if (compound && k === i + 2) {
        if (toks[j].stems.includes(stem) && isWord(toks[j + 1]) && toks[j + 1].fold === 'ال' + words[1]) alias = ctx.text.slice(toks[j].start + cliticOffset(toks[j], stem), toks[j + 1].end);
      } else if (toks[j].stems.includes(definite)) alias = ctx.text.slice(toks[j].start + cliticOffset(toks[j], definite), toks[j].end);
    }
    // (the body must take the person up with the article, as for the headline's protagonist: a noun the body never
    // takes up is a generic mention)
    if (!alias) continue;
    const start = t.start + cliticOffset(t, stem);
    out.push({ type: 'person', from: i, to: k, span: [start, toks[k - 1].end], rule: 'ar:headline-person-noun', role: 'name', acts: true, forms: alias ? [alias] : undefined });
    claim(ctx, i, k);
    found++;
    i = k - 1;
  }
}

/**
 * «زوار الطائف يستمتعون …», «انقطاع المياه يقلق أهالي النسيم», «طلاب "الانتساب" يطالبون …»: a plural noun of people in
 * the construct state (peopleOfNouns) and its genitive in the headline — a place, a definite noun, a bare word, a
 * quoted name, or an event's head and its quoted name — is the unnamed group the story is about, named as written.
 * The first one only; only the people noun is claimed (the place or the event stays an actor of its own).
 */
/**
 * The people a headline counts or names by a plural — «322 معلماً جديداً», «مع المتقدمين للوظائف», «إصابة 5 مشجعين»
 * — and the body names with the article («المعلمين الجدد», «المتقدمين»): a group actor, named as the body first writes
 * it, with its plural adjectives. A sound masculine plural of a participle («م…ين/ون»; not the «مفاعيل» shape of
 * «ملايين», «ميادين») or a pack plural of people; after a number the singular («معلماً») stands for it.
 */
function findHeadlinePlurals(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const headline = ctx.article.headline?.span;
  if (!headline || ctx.cased) return;
  const bases = new Set<string>();
  const plurals = new Set<string>();
  for (let i = 0; i < toks.length && toks[i].start < headline[1]; i++) {
    const t = toks[i];
    if (t.start < headline[0] || !isWord(t)) continue;
    // (not the genitive of a body's head: «حزب العمال»)
    if (isWord(toks[i - 1]) && !isDefinite(toks[i - 1]) && stemIn(toks[i - 1], ctx.c.orgHeads)) continue;
    for (const st of t.stems) {
      const bare = st.startsWith('ال') ? st.slice(2) : st;
      if (ctx.c.peoplePlurals.has('ال' + bare)) plurals.add('ال' + bare);
      const m = /^(م.{2,})(ين|ون)$/u.exec(bare);
      if (m && !/^م.ا.ين$/u.test(bare)) bases.add(m[1]);
    }
    // «322 معلماً»: a counted singular in the accusative (the number right before it)
    const prev = toks[i - 1];
    if (prev && prev.kind === 'number' && /^م.{2,}ا$/u.test(t.fold) && !isDefinite(t)) bases.add(t.fold.slice(0, -1));
  }
  if (!bases.size && !plurals.size) return;
  for (let i = ctx.bodyTok; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || ctx.claimed[i]) continue;
    const def = t.stems.find((s) => s.startsWith('ال') && s.length >= 6);
    // (a form with «لل» is not written as the group's name: «للمرشحين»; nor a body's genitive, «حزب العمال»)
    if (!def || t.fold.startsWith('لل') || (isWord(toks[i - 1]) && !isDefinite(toks[i - 1]) && stemIn(toks[i - 1], ctx.c.orgHeads))) continue;
    const m = /^ال(م.{2,})(ين|ون)$/u.exec(def);
    if (!plurals.has(def) && !(m && bases.has(m[1]))) continue;
    // (not a plural described by a known group or people: «المتمردين الحوثيين» are «الحوثيين», who are found apart)
    if (gazetteerAt(ctx, i + 1)) return;
    // («المعلمين الجدد»: one plural adjective after it belongs to the group's name)
    let end = i + 1;
    while (end < toks.length && end < i + 2 && isWord(toks[end]) && !ctx.claimed[end] && isDefinite(toks[end]) && !isStop(ctx, toks[end]) && !/^[وف]/u.test(toks[end].fold) && (/(ين|ون)$/u.test(toks[end].fold) || stemIn(toks[end], ctx.c.pluralAdjectives)) && !toks[end].stems.some((s) => ctx.c.nisbas.has(s))) end++;
    out.push({ type: 'group', from: i, to: end, span: [t.start + cliticOffset(t, def), toks[end - 1].end], rule: 'ar:headline-plural', role: 'name', acts: true });
    claim(ctx, i, end);
    return;
  }
}

function findHeadlinePeopleOf(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const headline = ctx.article.headline?.span;
  if (!headline || !ctx.c.peopleOfNouns.size) return;
  const inHeadline = (x: Tok | undefined) => !!x && x.start >= headline[0] && x.end <= headline[1];
  for (let i = 0; i + 1 < toks.length && toks[i].start < headline[1]; i++) {
    const t = toks[i];
    if (!inHeadline(t) || !isWord(t) || ctx.claimed[i] || isDefinite(t) || hasTanween(t.text)) continue;
    const stem = t.stems.find((s) => ctx.c.peopleOfNouns.has(s));
    // (the noun itself or with «لـ», «و», «بـ»: «لأهالي النسيم»)
    if (!stem || (t.fold !== stem && !/^[ولب]/u.test(t.fold))) continue;
    let k = i + 1;
    const n = toks[k];
    if (!inHeadline(n)) continue;
    if (OPEN_QUOTES.has(n.text)) {
      const close = closingQuote(ctx, k, 4);
      if (close < 0 || !inHeadline(toks[close])) continue;
      k = close + 1;
    } else if (isWord(n) && !isStop(ctx, n) && !isVerb(ctx, n) && !looksImperfect(n) && !/^[وف]/u.test(n.fold) && !/^(لل|بال|كال)/u.test(n.fold)) {
      const g = gazetteerAt(ctx, k);
      k = g ? g.to : k + 1;
      // «زوار معرض «شوفة»»: an event's or a body's head takes its quoted name
      if (!g && (stemIn(n, ctx.c.eventHeads) || stemIn(n, ctx.c.quotedNameHeads) || stemIn(n, ctx.c.orgHeads)) && OPEN_QUOTES.has(toks[k]?.text ?? '')) {
        const close = closingQuote(ctx, k, 4);
        if (close < 0 || !inHeadline(toks[close])) continue;
        k = close + 1;
      }
    } else continue;
    out.push({ type: 'group', from: i, to: k, span: [t.start + cliticOffset(t, stem), toks[k - 1].end], rule: 'ar:headline-people-of', role: 'name', acts: true });
    claim(ctx, i, i + 1);
    return;
  }
}

/**
 * «بعض الشباب», «بعض المواطنين»: a part of a people the story is about, a group with no name. Taken when «بعض» stands
 * right before a definite plural noun of people (peoplePlurals) and the body tells that plural again (two times in
 * all): named «بعض X», with «X» as alias. The first such phrase only; not «بعض» with a pronoun («بعضهم») or before
 * a noun of things.
 */
function findQuantifiedPeople(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.peoplePlurals.size || !ctx.c.partitives.size) return;
  for (let i = ctx.bodyTok; i + 1 < toks.length; i++) {
    const q = toks[i];
    const t = toks[i + 1];
    const some = q.stems.find((s) => ctx.c.partitives.has(s));
    if (!isWord(q) || !isWord(t) || ctx.claimed[i] || ctx.claimed[i + 1] || !some || q.fold.length > some.length + 1) continue;
    const stem = t.stems.find((s) => ctx.c.peoplePlurals.has(s));
    // (the noun itself with no preposition: «بعض الشباب», not «بعض للشباب»)
    if (!stem || t.fold !== stem) continue;
    let told = 0;
    for (let j = ctx.bodyTok; j < toks.length && told < 2; j++) if (isWord(toks[j]) && toks[j].stems.includes(stem)) told++;
    if (told < 2) continue;
    // («بعض الشباب المتحمسين»: plural adjectives after the noun belong to the group's name)
    let end = i + 2;
    while (end < toks.length && end < i + 4 && isWord(toks[end]) && !ctx.claimed[end] && isDefinite(toks[end]) && isAdjective(ctx, toks[end]) && /(ين|ون)$/u.test(toks[end].fold) && !toks[end].stems.some((s) => ctx.c.nisbas.has(s))) end++;
    const forms = end > i + 2 ? [ctx.text.slice(t.start, toks[end - 1].end), t.text] : [t.text];
    out.push({ type: 'group', from: i, to: end, span: [q.start + cliticOffset(q, some), toks[end - 1].end], rule: 'ar:quantified-people', role: 'name', acts: true, forms });
    claim(ctx, i, end);
    return;
  }
}

/**
 * Unnamed groups a story is about, by two conventions of news writing: a pair of plural nouns of people
 * («المواطنين والمقيمين», «الطلاب والطالبات»: whom an authority addresses or warns) is one group, named as written
 * with each noun as alias; and a plural noun of people the body tells three times or more («الطلاب» of a story
 * about a school) is a group. Bare definite nouns only (not «للمواطنين»'s preposition forms as the name); each
 * noun once.
 */
function findAddressedPeople(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.peoplePlurals.size) return;
  const plural = (k: number): string | undefined => {
    const t = toks[k];
    if (!isWord(t) || ctx.claimed[k]) return undefined;
    // «المهندسين المقيمين» (resident engineers): after a definite plural noun it is an adjective
    const prev = toks[k - 1];
    if (isWord(prev) && isDefinite(prev) && /(ين|ون)$/u.test(prev.core) && !/^[وف]/u.test(t.fold)) return undefined;
    return t.stems.find((s) => ctx.c.peoplePlurals.has(s));
  };
  const counts = new Map<string, number>();
  for (let j = ctx.bodyTok; j < toks.length; j++) {
    const st = plural(j);
    if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
  }
  const done = new Set<string>();
  for (let i = ctx.bodyTok; i < toks.length; i++) {
    const a = plural(i);
    if (!a || done.has(a) || ctx.claimed[i]) continue;
    const t = toks[i];
    // the noun as written with the article (a «و» or «ف» on it is left out of the name)
    const bare = t.fold === a || t.fold === 'و' + a || t.fold === 'ف' + a;
    if (!bare) continue;
    const b = plural(i + 1);
    const n = toks[i + 1];
    // (a pair the sentence addresses or names — after a verb, a particle, punctuation or a name —, not a genitive of
    // a noun: «ووصايا الآباء والمعلمين» is no group of the story)
    const p = toks[i - 1];
    const addressed = !isWord(p) || !!ctx.claimed[i - 1] || isStop(ctx, p) || isVerb(ctx, p) || p.stems.some((st) => ctx.c.speechVerbs.has(st)) || t.fold !== a;
    if (b && b !== a && n.fold === 'و' + b && addressed) {
      out.push({ type: 'group', from: i, to: i + 2, span: [t.start + cliticOffset(t, a), n.end], rule: 'ar:people-pair', role: 'name', acts: true, forms: [t.text.slice(cliticOffset(t, a)), n.text.slice(cliticOffset(n, b))] });
      claim(ctx, i, i + 2);
      done.add(a).add(b);
      i++;
      continue;
    }
    if ((counts.get(a) ?? 0) >= 3) {
      out.push({ type: 'group', from: i, to: i + 1, span: [t.start + cliticOffset(t, a), t.end], rule: 'ar:people-told', role: 'name', acts: true });
      claim(ctx, i, i + 1);
      done.add(a);
    }
  }
}

/**
 * «اجتمع الوزير بمديري التعليم … وأكد مديرو التعليم …», «طالب منسوبي الجامعة … وقال منسوبو الجامعة»: a plural noun of
 * people in the construct state — a pack one (peopleOfNouns) or the sound plural of a role noun («مديري/مديرو» of
 * «مدير») — told twice or more in the body with the same definite genitive is a group of the story, named as first
 * written (its other case form an alias).
 */
function findToldPeopleOf(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (ctx.cased || !ctx.c.peopleOfNouns.size) return;
  const nounAt = (k: number): [string, string] | undefined => {
    const t = toks[k];
    if (!isWord(t) || ctx.claimed[k] || isDefinite(t) || hasTanween(t.text)) return undefined;
    for (const st of t.stems) {
      // (the key drops the case ending: «منسوبي» and «منسوبو» are one noun)
      if (ctx.c.peopleOfNouns.has(st)) return [st, st.replace(/[يو]$/u, '')];
      if (/[يو]$/u.test(st) && st.length >= 5 && ctx.c.titleWords.has(st.slice(0, -1))) return [st, st.slice(0, -1)];
    }
    return undefined;
  };
  const seen = new Map<string, number[]>();
  for (let k = ctx.bodyTok; k + 1 < toks.length; k++) {
    const noun = nounAt(k);
    const n = toks[k + 1];
    // (the genitive may be a body found already, «الجامعة»: the group is its people, the body stays an actor)
    if (!noun || !isWord(n) || !isDefinite(n) || isStop(ctx, n) || /^(لل|بال|كال|وال|فال)/u.test(n.fold) || n.stems.some((st) => ctx.c.nisbas.has(st))) continue;
    const key = `${noun[1]} ${n.core}`;
    const list = seen.get(key);
    if (list) list.push(k);
    else seen.set(key, [k]);
  }
  // «طالب أهالي حي الروضة … وقال الأهالي …»: the noun alone with the article is the same group told again, when one
  // genitive only goes with that noun in the text
  const byNoun = new Map<string, number>();
  for (const key of seen.keys()) byNoun.set(key.split(' ')[0], (byNoun.get(key.split(' ')[0]) ?? 0) + 1);
  const bareDefinite = (noun: string): number[] => {
    const out: number[] = [];
    const def = 'ال' + noun;
    for (let k = ctx.bodyTok; k < toks.length; k++) {
      const t = toks[k];
      if (isWord(t) && !ctx.claimed[k] && (t.fold === def || t.fold === 'و' + def || t.fold === 'ف' + def)) out.push(k);
    }
    return out;
  };
  for (const [key, at] of seen) {
    const noun = nounAt(at[0])![0];
    const bare = byNoun.get(key.split(' ')[0]) === 1 && ctx.c.peopleOfNouns.has(noun) ? bareDefinite(noun) : [];
    if (at.length < 2 && !bare.length) continue;
    const form = (k: number) => {
      const t = toks[k];
      return ctx.text.slice(t.start + cliticOffset(t, nounAt(k)![0]), toks[k + 1].end);
    };
    const [i] = at;
    const t = toks[i];
    const bareForms = bare.map((k) => toks[k].text.slice(cliticOffset(toks[k], 'ال' + noun)));
    out.push({ type: 'group', from: i, to: i + 2, span: [t.start + cliticOffset(t, noun), toks[i + 1].end], rule: 'ar:people-of-told', role: 'name', acts: true, forms: [...new Set([...at.map(form), ...bareForms])] });
    for (const k of at) claim(ctx, k, k + 1);
    for (const k of bare) claim(ctx, k, k + 1);
  }
}

/**
 * «كأس الاتحاد الإنجليزي», «كأس خادم الحرمين الشريفين», «دوري أبطال آسيا»: a body, a person or a place right after an
 * indefinite competition head is part of the competition's name, no actor of the story. Claims those words first.
 */
function claimCompetitionNames(ctx: Ctx): void {
  const { toks } = ctx;
  if (!ctx.c.namedCompetitionHeads.size) return;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || isDefinite(t) || !stemIn(t, ctx.c.namedCompetitionHeads)) continue;
    let k = i + 1;
    const g = gazetteerAt(ctx, k);
    if (g) k = g.to;
    else if (isWord(toks[k]) && isDefinite(toks[k]) && stemIn(toks[k], ctx.c.orgHeads) && !/^(لل|بال|كال|وال|فال)/u.test(toks[k].fold)) {
      k++;
      while (isWord(toks[k]) && isAdjective(ctx, toks[k])) k++;
    } else continue;
    claim(ctx, i, k);
    i = k - 1;
  }
}

const SPORTS_CONTEXT = 3;

/**
 * Arabic sports articles name clubs bare, with no head noun: «ضد النجمة», «فوز الوحدة على النجمة», «القادم من
 * بنفيكا البرتغالي», «رحل للعربي القطري» (a masculine nationality after the club's name: the club, not the
 * place or the common noun). Only in an article with several words of sports reporting; each team found is then found bare
 * everywhere by the second look (rediscover).
 */
function findTeamsArabic(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.teamCues.size) return;
  let sports = 0;
  for (let i = ctx.bodyTok; i < toks.length && sports < SPORTS_CONTEXT; i++) if (toks[i].kind === 'word' && stemIn(toks[i], ctx.c.sportsWords)) sports++;
  if (sports < SPORTS_CONTEXT) return;
  const push = (from: number, to: number) => {
    const t = toks[from];
    const stem = t.stems.find((s) => s.startsWith('ال')) ?? t.fold;
    out.push({ type: 'organization', from, to, span: [t.start + cliticOffset(t, stem), toks[to - 1].end], rule: 'ar:team', role: 'name', acts: actsAt(ctx, from, to) });
    claim(ctx, from, to);
  };
  for (let i = ctx.bodyTok; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t)) continue;
    // (a definite cue — «المباراة الأولى» — takes an adjective, not a team)
    if (stemIn(t, ctx.c.teamCues) && !isDefinite(t) && teamWord(ctx, i + 1)) {
      push(i + 1, i + 2);
      // «فوز الوحدة على النجمة», «مباراة الوحدة والنجمة»: the opponent
      const j = i + 2;
      if (isWord(toks[j]) && ['علي', 'امام', 'مع'].includes(toks[j].fold) && teamWord(ctx, j + 1)) push(j + 1, j + 2);
      else if (isWord(toks[j]) && /^[وب]ال/u.test(toks[j].fold) && teamWord(ctx, j, true)) push(j, j + 1);
      continue;
    }
    // «المنتقل للوحدة من النجمة», «القادم من الفتح»: the clubs a player moves between
    if (stemIn(t, ctx.c.transferCues)) {
      for (let j = i + 1; j < toks.length && j <= i + 4 && toks[j].kind === 'word'; j++) {
        if (ctx.c.transferPrepositions.has(toks[j].fold) && teamWord(ctx, j + 1)) push(j + 1, ++j + 1);
        else if (/^لل/u.test(toks[j].fold) && teamWord(ctx, j, true)) push(j, j + 1);
      }
      continue;
    }
    // «فريق الوادي» is read by the organisation chains; «فريق ورقان» (a bare name) only here, in a sports article
    if (stemIn(t, ctx.c.clubHeads) && !isDefinite(t) && !ctx.claimed[i + 1] && isWord(toks[i + 1]) && !isDefinite(toks[i + 1]) && isNameWord(ctx, toks[i + 1], 0) && !looksImperfect(toks[i + 1]) && !givenNameAt(ctx, toks[i + 1]) && !/[يه]$/u.test(toks[i + 1].fold) && !toks[i + 1].stems.some((s) => ctx.c.notTeams.has(s)) && teamNameEnds(ctx, i + 2)) {
      const head = t.stems.find((s) => ctx.c.clubHeads.has(s))!;
      out.push({ type: 'organization', from: i, to: i + 2, span: [t.start + cliticOffset(t, head), toks[i + 1].end], rule: 'ar:team', role: 'name', head, mods: [keyOf(toks[i + 1])], acts: actsAt(ctx, i, i + 2) });
      claim(ctx, i, i + 2);
      i++;
      continue;
    }
    // «من بنفيكا البرتغالي», «للعربي القطري»: a club with its country after a preposition of transfer
    const prep = ctx.c.transferPrepositions.has(t.fold) ? i + 1 : /^ل/u.test(t.fold) && isDefinite(t) ? i : -1;
    if (prep < 0 || ctx.claimed[prep]) continue;
    let k = prep;
    if (prep === i + 1 && !isDefinite(toks[k])) {
      while (k < toks.length && k - prep < 2 && !ctx.claimed[k] && isWord(toks[k]) && !isDefinite(toks[k]) && (isNameWord(ctx, toks[k], 0) || foreignNameWord(ctx, toks[k])) && !givenNameAt(ctx, toks[k]) && !looksImperfect(toks[k]) && !gazetteerAt(ctx, k)) k++;
    } else if (isWord(toks[k]) && isDefinite(toks[k]) && /ه$/u.test(toks[k].core) && teamWord(ctx, k, prep === i)) k++;
    if (k === prep) continue;
    const nisba = toks[k];
    if (!isWord(nisba) || !isDefinite(nisba) || !nisba.stems.some((s) => ctx.c.nisbas.has(s)) || /ه$/u.test(nisba.core)) continue;
    push(prep, k);
    i = k;
  }
}

/** After a bare club name: punctuation, a particle, a verb, a number or an apposition («أحد أقدم الفرق»). */
function teamNameEnds(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  // («نادي يوفنتوس حامل لقب الدوري», «فريق بوردو متصدر الترتيب»: a noun of standing in apposition)
  return !isWord(t) || isStop(ctx, t) || isVerb(ctx, t) || activeParticiple(t) || ctx.c.relativePronouns.has(t.fold) || stemIn(t, ctx.c.clubAppositions);
}

/** A definite word that can be a bare team name: not a particle, head, title, place, verbal noun or plural. */
function teamWord(ctx: Ctx, k: number, clitic = false): boolean {
  const t = ctx.toks[k];
  if (!isWord(t) || ctx.claimed[k] || !isDefinite(t) || isStop(ctx, t)) return false;
  if (!clitic && /^(لل|بال|كال|وال|فال)/u.test(t.fold)) return false;
  const c = ctx.c;
  for (const set of [c.orgHeads, c.groupHeads, c.titleWords, c.eventHeads, c.competitionHeads, c.notTeams, c.sportsWords]) if (stemIn(t, set)) return false;
  if (t.stems.some((s) => c.nisbas.has(s))) return false;
  // (and «التمثيل», «التسجيل»: the verbal noun of the second stem, تفعيل)
  if (looksMasdar(t.core) || /^ت..ي.$/u.test(t.core) || (t.core.length >= 5 && /(ات|ين|ون)$/u.test(t.core)) || gazetteerAt(ctx, k)) return false;
  // «أمام الفريق الضيف»: a noun with its adjective is a description
  return !(isWord(ctx.toks[k + 1]) && isAdjective(ctx, ctx.toks[k + 1]));
}

/**
 * The country the home word («المملكة») names in this article when it is not the home country: one other country
 * called by the same noun («مملكة البحرين», «المملكة المغربية») and no other name of the home country. Else null.
 */
const otherHomeWordCache = new WeakMap<Ctx, GazEntry | null>();
function otherCountryOfHomeWord(ctx: Ctx): GazEntry | null {
  if (otherHomeWordCache.has(ctx)) return otherHomeWordCache.get(ctx)!;
  let found: GazEntry | null = null;
  const home = ctx.rules.homeCountryWord;
  if (home && !ctx.cased) {
    const { toks } = ctx;
    const word = ctx.article.pack.fold(home.word);
    const bare = word.replace(/^ال/u, '');
    const others = new Set<string>();
    const named = new Map<string, number>(); // mentions of each country by a gazetteer name
    let homeAlone = 0;
    let homeNamed = false;
    const regionEntry = (code: string): GazEntry | undefined => {
      for (const list of ctx.c.gazetteer.values()) for (const e of list) if (e.id === `region:${code}`) return e;
      return undefined;
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!isWord(t)) continue;
      if (t.stems.some((s) => ctx.c.nisbas.get(s) === home.country)) homeNamed = true;
      const g = gazetteerAt(ctx, i);
      if (g && g.entry.country === home.country && g.entry.id.startsWith('region:') && !(g.to === i + 1 && t.stems.includes(word))) homeNamed = true;
      if (g && g.entry.country === home.country && g.to === i + 1 && t.stems.includes(word)) homeAlone++;
      if (g && g.entry.id.startsWith('region:') && g.entry.country) named.set(g.entry.country, (named.get(g.entry.country) ?? 0) + 1);
      if (t.stems.includes(bare) && !isDefinite(t)) {
        const n = gazetteerAt(ctx, i + 1);
        if (n && n.entry.id.startsWith('region:') && n.entry.country && n.entry.country !== home.country) others.add(n.entry.country);
      } else if (t.stems.includes(word) && isWord(toks[i + 1])) {
        const code = toks[i + 1].stems.map((s) => ctx.c.nisbas.get(s)).find((c) => !!c);
        if (code && code !== home.country) others.add(code);
      }
    }
    // (and only in a story about that country: named more often than the home word stands alone — a Saudi story
    // that lists «مملكة البحرين» once among markets still means Saudi Arabia by «المملكة»)
    const other = others.size === 1 ? [...others][0] : '';
    if (!homeNamed && other && (named.get(other) ?? 0) >= 2 && (named.get(other) ?? 0) > homeAlone) found = regionEntry(other) ?? null;
  }
  otherHomeWordCache.set(ctx, found);
  return found;
}

/** «وإداري», «واقتصادية»: «و» + an indefinite word of the nisba shape (ending in «ي» or «ية»), no place itself. */
function coordinatedNisba(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && /^و.{3,}(ي|يه)$/u.test(t.fold) && !isDefinite(t) && !isStop(ctx, t) && !gazetteerAt(ctx, k);
}

/** Gazetteer places and organisations over unclaimed tokens. */
function findGazetteer(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const homeWord = ctx.rules.homeCountryWord ? ctx.article.pack.fold(ctx.rules.homeCountryWord.word) : '';
  for (let i = 0; i < toks.length; i++) {
    if (ctx.claimed[i]) continue;
    let g = gazetteerAt(ctx, i);
    if (!g || !free(ctx, i, g.to)) continue;
    // «إصلاح مالي وإداري»: a one-word place shaped like a nisba adjective (ending in «ي») and coordinated with
    // another such adjective is an adjective too (financial and administrative), not the country
    if (!ctx.cased && g.to === i + 1 && g.entry.type === 'location' && /ي$/u.test(toks[i].fold) && coordinatedNisba(ctx, i + 1)) continue;
    // «بدعم مالي لأوكرانيا», «أول عجز مالي»: a place that is also an adjective, bare, right after an indefinite noun
    const prev = toks[i - 1];
    if (!ctx.cased && g.to === i + 1 && ctx.c.adjectivePlaces.has(toks[i].fold) && isWord(prev) && prev.end + 1 >= toks[i].start && !isDefinite(prev) && !isStop(ctx, prev) && !isVerb(ctx, prev) && !stemIn(prev, ctx.c.placeWrappers) && !stemIn(prev, ctx.c.titleWords)) {
      claim(ctx, i, i + 1);
      continue;
    }
    // «مملكة البحرين … وتؤكد المملكة»: the home word alone names the kingdom the article is about
    if (homeWord && g.to === i + 1 && g.entry.country === ctx.rules.homeCountryWord!.country && toks[i].stems.includes(homeWord)) {
      const other = otherCountryOfHomeWord(ctx);
      if (other) g = { ...g, entry: other };
    }
    // Latin script: "New York Times" is not New York; a gazetteer hit inside a longer capitalised run is left to that run
    if (ctx.cased && isWord(toks[g.to]) && toks[g.to].capital && (ctx.c.orgHeads.has(toks[g.to].fold) || (g.entry.type === 'location' && (ctx.c.placeSuffixes.has(toks[g.to].fold) || ctx.c.thingHeads.has(toks[g.to].bare))))) continue;
    // "US$40", "30 billion US dollars": a country naming a currency is no actor
    if (ctx.cased && g.entry.type === 'location' && ((toks[g.to]?.text === '$' && toks[g.to].start === toks[g.to - 1].end) || (isWord(toks[g.to]) && !toks[g.to].capital && ctx.c.currencyNouns.has(toks[g.to].fold)))) {
      claim(ctx, i, g.to);
      i = g.to - 1;
      continue;
    }
    if (ctx.cased && g.entry.type === 'location' && insideOrgName(ctx, i, g.to)) {
      // (and none of its words starts another place: "EADS North America" is not "America")
      i = g.to - 1;
      continue;
    }
    if (!ctx.cased && g.to === i + 1 && toks[i].stems.some((s) => ctx.c.nisbas.has(s)) && isWord(toks[i - 1]) && isDefinite(toks[i - 1]) && !isStop(ctx, toks[i - 1])) continue;
    // «بفعالية وحماس كبير», «استقبلوه بحماس»: a name that is also a common noun, with «بـ/كـ» on it or an indefinite
    // adjective of the فعيل shape after it, is the noun
    if (!ctx.cased && g.to === i + 1 && ctx.c.homographForms.size && toks[i].stems.some((s) => ctx.c.homographForms.has(s))) {
      const pre = toks[i].fold.slice(0, toks[i].fold.length - (toks[i].stems.find((s) => ctx.c.homographForms.has(s))?.length ?? 0));
      const n = toks[i + 1];
      if (/[بك]/u.test(pre) || (isWord(n) && !isDefinite(n) && !isStop(ctx, n) && /^..ي.$/u.test(n.fold))) {
        // (the noun is no name of any kind: «يقول بحماس» is said with enthusiasm)
        claim(ctx, i, i + 1);
        continue;
      }
    }
    // «المملكة الأردنية»: a one-word generic name followed by a nationality is another country's
    if (!ctx.cased && g.to === i + 1 && g.entry.type === 'location' && isWord(toks[i + 1]) && isDefinite(toks[i + 1]) && toks[i + 1].stems.some((s) => ctx.c.nisbas.has(s)) && !toks[i].stems.some((s) => ctx.c.nisbas.has(s))) continue;
    // «نائب خادم الحرمين الشريفين»: a title used as a name is part of a longer title after another title word
    if (!ctx.cased && g.entry.type === 'person' && isWord(toks[i - 1]) && titleAt(ctx, i - 1) > i - 1) continue;
    // «كأس آسيا», «بطولة أفريقيا»: a competition named after a place; the place does not act in it
    if (!ctx.cased && g.start === toks[i].start && isWord(toks[i - 1]) && toks[i - 1].stems.some((s) => ctx.c.competitionHeads.has(s))) {
      claim(ctx, i, g.to);
      i = g.to - 1;
      continue;
    }
    const hashtag = i > 0 && toks[i - 1].text === '#' && toks[i - 1].end === toks[i].start;
    const sp: Span = [g.start, possessiveEnd(ctx, toks[g.to - 1])];
    // a known organisation led by a head noun («تنظيم الدولة الإسلامية») answers to that head («التنظيم»)
    const headStem = !ctx.cased && g.entry.type !== 'location' ? toks[i].stems.find((s) => ctx.c.orgHeads.has(s) || ctx.c.groupHeads.has(s)) : undefined;
    // "San Francisco, California": a city with its state or country after a comma is one place
    const qualified = ctx.cased && g.entry.id.startsWith('place:') ? qualifiedPlaceEnd(ctx, g.to) : -1;
    out.push({
      head: headStem?.replace(/^ال/u, ''),
      type: g.entry.type,
      from: i,
      to: g.to,
      span: sp,
      rule: g.entry.id.startsWith('org:') ? 'gazetteer:organisation' : 'gazetteer:place',
      role: 'name',
      id: g.entry.id,
      country: g.entry.country,
      capital: g.entry.capital,
      seatOf: g.entry.seatOf,
      english: g.entry.english,
      forms: hashtag ? ['#' + ctx.text.slice(sp[0], sp[1])] : undefined,
      acts: actsAt(ctx, i, g.to),
    });
    claim(ctx, i, g.to);
    i = g.to - 1;
    if (qualified > 0) {
      qualifyPlace(ctx, out[out.length - 1], qualified);
    }
  }
}

/**
 * Latin script: where ", <state or country>" right after a place name ends ("Everett, Washington", "Lyon, France"),
 * or -1. The qualifier must close the name: no capitalised word or possessive after it ("Paris, France Telecom").
 */
function qualifiedPlaceEnd(ctx: Ctx, to: number): number {
  const { toks } = ctx;
  if (toks[to]?.text !== ',' || hasLineBreak(ctx.text, toks[to - 1].end, toks[to].start)) return -1;
  const g = gazetteerAt(ctx, to + 1);
  if (!g || g.entry.type !== 'location' || !g.entry.country ||  /['\u2019]s?$/u.test(toks[g.to - 1].text)) return -1;
  const after = toks[g.to];
  if (isWord(after) && after.capital) return -1;
  return g.to;
}

/** The end of the known town after a venue's name ("… Arena in Kestrel City"), else -1. */
function venueTownEnd(ctx: Ctx, to: number, last: string): number {
  const { toks } = ctx;
  if (!ctx.c.venueHeads.has(last) || toks[to]?.fold !== 'in' || hasLineBreak(ctx.text, toks[to - 1].end, toks[to + 1]?.start ?? toks[to].end)) return -1;
  const g = gazetteerAt(ctx, to + 1);
  if (!g || g.entry.type !== 'location' || /['\u2019]s?$/u.test(toks[g.to - 1].text)) return -1;
  // ("the Civic Centre in London Road": the town's name must end there)
  return isWord(toks[g.to]) && toks[g.to].capital ? -1 : g.to;
}

/** The place with its qualifier: the longer form is an alias (the state or country stays an actor of its own, a setting). */
function qualifyPlace(ctx: Ctx, c: Candidate, end: number): void {
  c.type = 'location';
  c.placed = true;
  c.forms = [...(c.forms ?? []), ctx.text.slice(c.span[0], ctx.toks[end - 1].end)];
}

/**
 * Latin script: a country or city named inside an organisation's name is left to the capitalised run —
 * "Bank of Japan", "University of Texas" (a head noun and "of" before it), "Air Canada", "Garuda Indonesia"
 * (a capitalised word right before it, mid-sentence), "China Eastern Airlines" (a head noun a few words on).
 */
function insideOrgName(ctx: Ctx, from: number, to: number): boolean {
  const { toks, c } = ctx;
  const capitalWord = (t: Tok | undefined) => isWord(t) && t.capital;
  let b = from - 1;
  if (toks[b]?.fold === 'the') b--;
  if (isWord(toks[b]) && (toks[b].fold === 'of' || toks[b].fold === 'for') && capitalWord(toks[b - 1]) && (c.orgHeads.has(toks[b - 1].bare) || c.thingHeads.has(toks[b - 1].bare))) return true;
  const prev = toks[from - 1];
  if (capitalWord(prev) && !ctx.sentenceStart[from - 1] && prev.end + 1 === toks[from].start && !c.stop.has(prev.bare) && !isVerb(ctx, prev) && !c.titleWords.has(prev.bare) && !c.nisbas.has(prev.bare) && !c.titleModifiers.has(prev.bare) && !c.gazetteer.has(prev.bare) && !/['\u2019]s?$/u.test(prev.text)) return true;
  for (let q = to; q < to + 3 && capitalWord(toks[q]) && !c.stop.has(toks[q].bare) && toks[q - 1].end + 1 === toks[q].start; q++) if (c.orgHeads.has(toks[q].bare)) return true;
  return false;
}

/** End offset of a Latin name without a possessive ’s ("Bush's" → "Bush"). */
function possessiveEnd(ctx: Ctx, t: Tok): number {
  if (!ctx.cased) return t.end;
  const m = /['\u2019]s?$/u.exec(t.text);
  return m ? t.end - m[0].length : t.end;
}

/**
 * Latin script: runs of capitalised words joined by connectors ("Bank of England"), split from their
 * titles ("Vice-President Laura Finch"), appositives ("Maria Alvarez, a Labour MP,") and
 * possessives; sentence-initial and headline-case words need support from elsewhere in the text.
 */
function findCapitalised(ctx: Ctx, out: Candidate[], lowerSeen: Set<string>, midCapSeen: Set<string>, repeatedCap: Set<string>): void {
  const { toks } = ctx;
  // acronyms the text defines by lower-case words ("liquid natural gas (LNG)"): things wherever they appear
  const thingAcronyms = new Set<string>();
  for (let i = 1; i < toks.length; i++) if (toks[i - 1].text === '(' && lowerCaseExpansion(ctx, i)) thingAcronyms.add(toks[i].bare);
  // "the CETA Treaty": an acronym before a document's head names the document
  for (let i = 0; i + 1 < toks.length; i++) if (isAcronym(toks[i]) && !ctx.c.gazetteer.has(toks[i].bare) && isWord(toks[i + 1]) && toks[i + 1].capital && ctx.c.documentHeads.has(toks[i + 1].bare)) thingAcronyms.add(toks[i].bare);
  const products = productAppositives(ctx);
  const works = workZones(ctx);
  // names seen as works («documentary X») stay things where they come back ("X director Y")
  const workNames = new Set<string>();
  const models = modelNumbers(ctx);
  const closed = closedNames(ctx);
  // "Sen. Ann Cole, D-Ohio,": a party-and-state tag names no actor
  if (ctx.c.affiliationTag) {
    let t = ctx.bodyTok;
    for (const m of ctx.text.matchAll(ctx.c.affiliationTag)) {
      const a = m.index, b = m.index + m[0].length;
      while (t < toks.length && toks[t].end <= a) t++;
      for (let q = t; q < toks.length && toks[q].start < b; q++) ctx.claimed[q] = 1;
    }
  }
  const titleCase = new Map<number, boolean>();
  for (let i = ctx.bodyTok; i < toks.length; i++) {
    if (ctx.claimed[i] || !isWord(toks[i])) continue;
    // title run (may be lower case: "chancellor", "first lady")
    let titleFrom = -1;
    let k = i;
    {
      let j = i;
      while (j < toks.length) {
        const tt = titleAt(ctx, j);
        if (tt > j) {
          j = tt;
          continue;
        }
        if (isWord(toks[j]) && (ctx.c.titleModifiers.has(toks[j].fold) || ctx.c.nisbas.has(toks[j].fold)) && titleAheadOf(ctx, j + 1)) {
          j++;
          continue;
        }
        break;
      }
      if (j > i && titleAt(ctx, j - 1) !== -2) {
        // "General Motors", "Justice Department": a title word before an organisation's name is part of that name
        if (hasTitleWord(ctx, i, j) && isWord(toks[j]) && toks[j].capital && namesPersonAfterTitle(ctx, j, lowerSeen)) {
          titleFrom = i;
          k = j;
        }
      }
    }
    if (!toks[k]?.capital || ctx.claimed[k] || ctx.c.units.has(toks[k].fold)) continue;
    // the capitalised run
    const start = k;
    let end = k;
    while (end < toks.length) {
      const t = toks[end];
      if (isWord(t) && t.capital && !ctx.claimed[end] && !ctx.c.units.has(t.fold) && (end === start || !ctx.c.stop.has(t.fold) || ctx.c.orgHeads.has(t.fold) || isAcronym(t) || surnameLikeStopword(ctx, end, start))) {
        end++;
        // a possessive ends the name — but a common noun's opens one ("People's Choice Awards", "Children's Hospital")
        if (/['\u2019]s?$/u.test(t.text) && !((lowerSeen.has(t.bare) || ctx.c.groupNouns.has(t.bare)) && isWord(toks[end]) && toks[end].capital && !ctx.c.stop.has(toks[end].fold))) break;
        if (ctx.text.slice(t.end, toks[end]?.start ?? t.end).includes('\n')) break;
        // "Chrysler LLC Jim Press": a legal form closes the firm's name; "Acme Inc." ends it at the full stop
        if (ctx.c.legalForms.has(t.fold) && end - start >= 2 && !(isWord(toks[end]) && ctx.c.legalForms.has(toks[end].fold))) break;
        continue;
      }
      // an initial: "Patrick F. Kennedy"; an abbreviation opening a place's name: "St. Louis"
      if (t.text === '.' && (/^\p{Lu}$/u.test(toks[end - 1].text) || ctx.c.nameAbbreviations.has(toks[end - 1].fold)) && toks[end + 1]?.capital && isWord(toks[end + 1]) && !hasLineBreak(ctx.text, t.end, toks[end + 1].start)) {
        end++;
        continue;
      }
      if (t.text === '&' && toks[end + 1]?.capital && isWord(toks[end + 1])) {
        end++;
        continue;
      }
      // "the European Aeronautic Defence and Space Company": "and" inside one organisation's name
      if (isWord(t) && t.fold === 'and' && end > start) {
        const q = orgNameAfterAnd(ctx, start, end, lowerSeen);
        if (q > 0) {
          end = q;
          break;
        }
      }
      if (isWord(t) && (ctx.c.connectors.has(t.fold) || (ctx.c.headConnectors.has(t.fold) && ctx.c.orgHeads.has(toks[end - 1].bare))) && end > start) {
        let q = end + 1;
        if (toks[q]?.fold === 'the') q++;
        // "Edward Alden of the Council on …": a name of two words or more with no head noun is a person's, and a
        // body "of the" after it is another name
        // ("Craig Holman of Public Citizen" too; not "Royal Bank of Scotland", "Rock Hall of Fame", "United States of America")
        const personOfThe = t.fold === 'of' && end - start >= 2 && end - start <= MAX_NAME_TOKENS && !hasOrgHead(ctx, start, end) && !toks.slice(start, end).some((x) => ctx.c.thingHeads.has(x.bare) || ctx.c.gazetteer.has(x.bare) || ctx.c.venueHeads.has(x.bare) || ctx.c.placeSuffixes.has(x.bare) || ctx.c.titleWords.has(x.bare) || !x.capital);
        if (toks[q]?.capital && isWord(toks[q]) && !personOfThe) {
          end = q;
          continue;
        }
      }
      break;
    }
    if (end === start) continue;
    // "Harbour Trust Chief Executive Nadia Okafor", "Senate Majority Leader Ann Cole": a role between a body's name
    // (two words or more) and a full personal name closes the body's name; the next pass reads the role as the title
    if (titleFrom < 0) {
      const roleAt = roleBeforePersonIn(ctx, start, end, lowerSeen);
      if (roleAt > 0) end = roleAt;
    }
    // "Maria Lopez Praised Local Farmers": in a Title Case line a name the article writes alone elsewhere ends there
    if (end - start >= 3) {
      const nameEnd = knownNameInTitleCase(ctx, start, end, closed, titleCase);
      if (nameEnd > 0) {
        // (the heading's ordinary words after it are no name either, up to one the article or the gazetteer knows)
        let q = nameEnd;
        while (q < end && !gazetteerAt(ctx, q) && !(q + 1 < end && closed.has(toks[q].bare + ' ' + toks[q + 1].bare))) q++;
        claim(ctx, nameEnd, q);
        end = nameEnd;
      }
    }
    // trim leading words that are only capitalised because they open a sentence
    let from = start;
    // a sentence-initial word: dropped when it is a common word; a lone one also needs a capitalised use mid-sentence
    // …unless it recurs capitalised and acts here ("Shell has signed … Shell's agreement"): a name leading its sentences
    const leadingName = end - start === 1 && !lowerSeen.has(toks[from].bare) && (((repeatedCap.has(toks[from].bare) || singularSubject(ctx, from) || /\p{Ll}\p{Lu}/u.test(toks[from].text)) && actsAt(ctx, from, end)) || (/['\u2019]s$/u.test(toks[from].text) && titleAheadOf(ctx, end)) || lowerRoleBeforeName(ctx, end, lowerSeen));
    if (titleFrom < 0 && ctx.sentenceStart[from] && !leadingName && !opensOrgName(ctx, from, end) && isSentenceCase(ctx, from, lowerSeen, midCapSeen, end - start === 1)) from++;
    // "Paris-based Acme", "US-led talks": a compound adjective opens no name
    while (from + 1 < end && HYPHENATED_ADJECTIVE.test(toks[from].text)) from++;
    // ("the Washington-based group": alone it is no name either)
    if (end - from === 1 && HYPHENATED_ADJECTIVE.test(toks[from].text)) from++;
    while (from < end && (ctx.c.stop.has(toks[from].bare) || isVerb(ctx, toks[from])) && !ctx.c.orgHeads.has(toks[from].fold) && !isAcronym(toks[from]) && !knownPhraseAt(ctx, from, end) && !(ctx.c.nameAdjectives.has(toks[from].fold) && !ctx.sentenceStart[from] && from + 1 < end)) from++;
    // leading nationality adjectives and party names are title words ("Russian President", "Democrat Hillary Clinton")
    let titleEnd = titleFrom >= 0 ? start : -1;
    // …but only before a title word or a personal name ("European Union" keeps its adjective)
    while (from + 1 < end && leadingTitleWord(ctx, from, end, titleEnd, lowerSeen)) {
      if (titleEnd < 0) titleFrom = from;
      const tt = titleAt(ctx, from);
      from = tt > from ? tt : from + 1;
      titleEnd = from;
    }
    // (a connector opens no name — but "LA" is not "la")
    // (…nor does one capitalised mid-sentence: "Der Spiegel", "Le Monde")
    while (from < end && ((ctx.c.connectors.has(toks[from].fold) && !isAcronym(toks[from]) && (!toks[from].capital || ctx.sentenceStart[from] || from + 1 >= end)) || toks[from].kind === 'punct')) from++;
    let to = end;
    while (to > from && (ctx.c.stop.has(toks[to - 1].fold) || (ctx.c.connectors.has(toks[to - 1].fold) && !isAcronym(toks[to - 1]))) && !(to - 1 > from && surnameLikeStopword(ctx, to - 1, from))) to--;
    // a title with no name after it ("a Republican Senator") is not an actor
    if (to > from && titleAt(ctx, from) >= to) to = from;
    if (to <= from) {
      claim(ctx, start, end);
      i = end - 1;
      continue;
    }
    // "Commissioner for Home Affairs Anna Berg": a portfolio after the title's "for"/"of" belongs to the title;
    // the person's name is the last two words (three with a middle initial)
    // "Chief Operating Officer of Acme Motors": the role belongs to someone unnamed; the run names the organisation
    if (titleFrom >= 0 && isWord(toks[from - 1]) && ctx.c.connectors.has(toks[from - 1].fold) && hasOrgHead(ctx, from, to)) {
      titleFrom = -1;
      titleEnd = -1;
    }
    // "the Ruritanian President, Ivan Petrov,": a run after an article that ends in a role names the role, not a
    // person; only a body's or a place's name before the role is a name ("the Bank of Ruritania Governor")
    if (titleFrom < 0 && to - from >= 2 && ctx.article.pack.articles.has(toks[from - 1]?.fold ?? '')) {
      const roleAt = trailingRole(ctx, from, to);
      if (roleAt > 0 && (hasOrgHead(ctx, from, roleAt) || (gazetteerAt(ctx, from)?.to ?? -1) === roleAt)) to = roleAt;
      else if (roleAt > 0) {
        claim(ctx, start, end);
        i = end - 1;
        continue;
      }
    }
    // "Acme Chief Executive Officer" with no name after the role: the organisation alone
    if (titleFrom < 0) to = beforeTrailingRole(ctx, from, to);
    // "Tarnow Air Flight 574": the numbered flight is a thing, the name before it its operator
    const operator = titleFrom < 0 && to === end && to - from >= 2 && ctx.c.serviceNouns.has(toks[to - 1].fold) && toks[to]?.kind === 'number';
    if (operator) to--;
    let portfolioEnd = -1;
    if (titleFrom >= 0 && to - from >= 3 && isWord(toks[from - 1]) && (toks[from - 1].fold === 'for' || toks[from - 1].fold === 'of')) {
      const nameWords = /^\p{Lu}$/u.test(toks[to - 2].text) && to - from >= 4 ? 3 : 2;
      portfolioEnd = to - nameWords;
      from = portfolioEnd;
      // "… Director General of the Northern Chambers of Commerce": no name after the portfolio, only its last words
      if (toks.slice(from, to).some((x) => ctx.c.connectors.has(x.fold) && !x.capital)) {
        claim(ctx, start, end);
        i = end - 1;
        continue;
      }
    }
    const words = toks.slice(from, to);
    const folded = words.map((w) => w.bare);
    // "PCs", "DVDs": an acronym's plural names things of a kind; a role's ("MPs", "MEPs") a group of people
    const pluralRole = titleFrom < 0 && words.length === 1 && PLURAL_ACRONYM.test(words[0].text) && ctx.c.titleWords.has(folded[0].slice(0, -1));
    if (titleFrom < 0 && words.length === 1 && PLURAL_ACRONYM.test(words[0].text) && !pluralRole) {
      claim(ctx, start, end);
      i = end - 1;
      continue;
    }
    // products and things: camel case (FaceTime), digits (A4), or a run ending in a common noun ("Marshall Plan")
    // (a camel-case name with a head noun is a firm: "AirTran Airways", "AirTanker Ltd")
    let thing = (words.some((w) => /\p{Ll}\p{Lu}|\d/u.test(w.text) && !SURNAME_PREFIX.test(w.text) && !ctx.c.gazetteer.has(w.fold)) && !(words.length >= 2 && hasOrgHead(ctx, from, to))) || (words.length >= 2 && lowerSeen.has(folded[folded.length - 1]) && !ctx.c.orgHeads.has(folded[folded.length - 1]) && !ctx.c.stop.has(folded[folded.length - 1]) && !ctx.c.placeSuffixes.has(folded[folded.length - 1]) && !headOfPortfolio(ctx, from, to) && titleFrom < 0);
    // "iSkate Classic": a word continuing a brand written in lower-case camel case names that brand's product
    const brand = toks[from - 1];
    if (!thing && words.length === 1 && isWord(brand) && LOWER_CAMEL.test(brand.text) && brand.end + 1 === words[0].start && !ctx.c.orgHeads.has(folded[0])) thing = true;
    // "World War Three", "Expo II": a thing's head noun with its number
    if (!thing && titleFrom < 0 && words.length >= 2 && ctx.c.thingHeads.has(folded[folded.length - 2]) && (ctx.c.stop.has(folded[folded.length - 1]) || /^[IVX]+$/u.test(words[words.length - 1].text))) thing = true;
    // "Bill for Crossrail", "Treaty of Rome": a thing's head noun with its complement
    if (!thing && titleFrom < 0 && words.length >= 3 && ctx.c.thingHeads.has(folded[0]) && (folded[1] === 'of' || folded[1] === 'for')) thing = true;
    // "BrightPath signed": one camel-case word that acts is a firm, not a product
    // (as the subject before its verb: "called QuickShare" names a product)
    if (thing && words.length === 1 && /\p{Ll}\p{Lu}/u.test(words[0].text) && !/\d/u.test(words[0].text) && (isVerb(ctx, toks[to]) || pastTenseVerb(ctx, toks[to]) || (isVerb(ctx, toks[to + 1]) && ['has', 'have', 'had', 'will', 'would'].includes(toks[to]?.fold ?? '')))) thing = false;
    // works and days: "documentary Silent Harbour", "Night Garden 2" (a title with a number after it), "Christmas Eve";
    // plans, laws and events by their last word ("Marshall Plan"); a product after its maker and model number
    const key = folded.join(' ');
    const last = folded[folded.length - 1];
    // (only a title read as a work is one wherever it comes back: "Larkin 520" is a model, Larkin still a firm)
    const namedWork = titleFrom < 0 && !hasOrgHead(ctx, from, to) && (works[from] === 1 || workNames.has(key) || afterModelNumber(ctx, from, models));
    if (namedWork) workNames.add(key);
    const namedDay = words.length >= 2 && ctx.c.timeNouns.has(last) && ctx.c.timePrepositions.has(toks[from - 1]?.fold ?? '');
    // "Orvane Lumina laptops", "Kestrel Core processors": a name of two or more words before a device's noun is a product
    const namedThing = words.length >= 2 && (ctx.c.thingHeads.has(last) || (to === end && isWord(toks[to]) && !toks[to].capital && ctx.c.productNouns.has(toks[to].fold)));
    if (namedWork || (titleFrom < 0 && !hasOrgHead(ctx, from, to) && (numberedTitle(ctx, to) || namedDay || namedThing))) thing = true;
    // "the console, the Zeta": a name the text gives a device is a product, and so is a longer name holding it ("Acme Zeta")
    if (!thing && titleFrom < 0 && folded.some((f) => products.has(f))) thing = true;
    if (thing && (gazetteerAt(ctx, from)?.to ?? -1) < to) {
      // "the Northern Trade Partnership … NTP": a thing's initials name the same thing
      const initialsOf = words.filter((w) => w.capital && !ctx.c.connectors.has(w.fold) && !ctx.c.stop.has(w.fold));
      if (initialsOf.length >= 2 && initialsOf.length === words.filter((w) => !ctx.c.connectors.has(w.fold) && !ctx.c.stop.has(w.fold)).length) thingAcronyms.add(initialsOf.map((w) => w.bare[0]).join(''));
      // "the Harbour Developers Conference (HDC)": the acronym names the same thing
      if (toks[end]?.text === '(' && isAcronym(toks[end + 1]) && toks[end + 2]?.text === ')') thingAcronyms.add(toks[end + 1].bare);
      claim(ctx, start, end);
      i = end - 1;
      continue;
    }
    // (the whole run is claimed: "R&B" leaves no "B" behind)
    if (ctx.c.falsePositives.has(folded.join(' '))) {
      claim(ctx, start, end);
      i = end - 1;
      continue;
    }
    // "Middle Eastern sheikhdom", "South East Asian countries": a capitalised adjective phrase before a common noun
    // "liquid natural gas (LNG)": an acronym spelled by the lower-case words before it names a thing
    if ((titleFrom < 0 && adjectivePhrase(ctx, words, to)) || (to - from === 1 && thingAcronyms.has(words[0].bare))) {
      claim(ctx, start, end);
      i = end - 1;
      continue;
    }
    // an adjective of place before a common noun ("Asian markets", "Romanian plant"): no actor
    if (to - from === 1 && titleFrom < 0 && placeAdjectiveBeforeNoun(ctx, from)) {
      claim(ctx, start, end);
      i = end - 1;
      continue;
    }
    // a lone nationality adjective or party adjective is not an actor ("Russian", "Democratic")
    // (…but a body's name that also qualifies titles — "the Treasury" — stays)
    if (to - from === 1 && (ctx.c.nisbas.has(folded[0]) || ctx.c.titleModifiers.has(folded[0])) && !ctx.c.orgHeads.has(folded[0])) {
      claim(ctx, start, end);
      i = end - 1;
      continue;
    }
    let title: string | undefined;
    if (titleFrom >= 0) title = ctx.text.slice(toks[titleFrom].start, toks[portfolioEnd > 0 ? portfolioEnd - 1 : (titleEnd > 0 ? titleEnd : k) - 1].end).replace(/\.$/u, '');
    // "Maria Alvarez, a Labour MP,": a description after the name (a weaker claim to a shared surname than a title before it)
    const appositive = !title;
    if (!title) title = appositiveTitle(ctx, to);
    const head = title ? null : appositiveHead(ctx, to);
    const describedAsBody = head !== null && (ctx.c.orgHeads.has(head) || ctx.c.bodyNouns.has(head));
    // "Arsenal boss Ann Lee", "Acme chairman Tom Hale": a lone word right before a lower-case role and a name is the body the role belongs to
    const roleOwner = !title && to === end && to - from === 1 && !PLURAL_ACRONYM.test(words[0].text) && lowerRoleBeforeName(ctx, to, lowerSeen);
    const type = pluralRole ? 'group' : describedAsBody || operator || roleOwner ? 'organization' : latinType(ctx, words, folded, !!title);
    const g = to - from >= 1 ? gazetteerAt(ctx, from) : null;
    const isGaz = g && g.to === to;
    // "the Obama campaign": a body a named person leads is an organisation of its own
    const body = toks[to];
    if (!title && !isGaz && to === end && to - from <= 2 && toks[from - 1]?.fold === 'the' && isWord(body) && !body.capital && ctx.c.ownedBodies.has(body.fold) && !/['\u2019]s?$/u.test(toks[to - 1].text)) {
      out.push({ type: 'organization', from, to: to + 1, span: [toks[from].start, body.end], rule: 'en:name+body', role: 'name', acts: actsAt(ctx, from, to + 1) });
      claim(ctx, start, to + 1);
      i = to;
      continue;
    }
    out.push({
      type: isGaz ? g.entry.type : type,
      from,
      to,
      span: [toks[from].start, possessiveEnd(ctx, toks[to - 1])],
      rule: title ? (appositive ? 'en:name+appositive' : 'en:title+name') : isGaz ? 'gazetteer:place' : describedAsBody ? 'en:appositive-organization' : 'en:capitalised',
      role: 'name',
      title: isGaz ? undefined : title,
      id: isGaz ? g.entry.id : undefined,
      country: isGaz ? g.entry.country : undefined,
      capital: isGaz ? g.entry.capital : undefined,
      seatOf: isGaz ? g.entry.seatOf : undefined,
      acts: actsAt(ctx, from, to),
      placed: (to - from <= 2 && !title && afterPlacePreposition(ctx, from)) || (!title && placeNounAround(ctx, from, to)),
      listed: (inListOfNames(ctx, from, to) && !(to - from === 1 && lowerSeen.has(folded[0]))) || exampleOfKind(ctx, from),
      ownsRole: (/['\u2019]s?$/u.test(toks[to - 1].text) && titleAheadOf(ctx, to)) || roleOwner,
    });
    const made = out[out.length - 1];
    // "President Ann Lee", "Acme CEO Dana Reed": the name with its title before it is another way the text names the person
    if (title && !appositive && !isGaz) {
      const titled = ctx.text.slice(toks[titleFrom].start, made.span[1]);
      if (!titled.includes('\n')) made.forms = [...(made.forms ?? []), titled];
    }
    if (made.placed && !isGaz && !isAcronym(words[0]) && !hasOrgHead(ctx, from, to)) made.type = 'location';
    claim(ctx, titleFrom >= 0 ? titleFrom : start, end);
    i = end - 1;
    // "Everett, Washington": a town with its state or country after a comma is one place
    if (!title && !hasOrgHead(ctx, from, to) && to === end && !(isGaz && g.entry.id.startsWith('region:'))) {
      const qualified = qualifiedPlaceEnd(ctx, to);
      if (qualified > 0) {
        qualifyPlace(ctx, made, qualified);
      }
    }
    // "the Harbour Arena in Kestrel City, Ontario": a venue written with its town is a place, the longer form an alias
    if (!title && !isGaz && to === end) {
      const town = venueTownEnd(ctx, to, folded[folded.length - 1]);
      if (town > 0) qualifyPlace(ctx, made, Math.max(town, qualifiedPlaceEnd(ctx, town)));
    }
  }
}

/**
 * Names of two words or more that the article writes as a whole capitalised run outside Title Case lines,
 * with their tails ("Senator Ann Cole" gives "ann cole" too): keys of bare words joined by spaces.
 */
function closedNames(ctx: Ctx): Set<string> {
  const { toks, c } = ctx;
  const out = new Set<string>();
  let i = ctx.bodyTok;
  while (i < toks.length) {
    if (!isWord(toks[i]) || !toks[i].capital) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && isWord(toks[j]) && toks[j].capital && !c.stop.has(toks[j].fold) && !hasLineBreak(ctx.text, toks[j - 1].end, toks[j].start)) j++;
    // (a run that goes on in lower case after a full stop or a comma is closed; one in a heading is not)
    const closedAfter = j >= toks.length || !isWord(toks[j]) || !toks[j].capital;
    if (closedAfter && j - i >= 2 && j - i <= 6) for (let k = i; k + 2 <= j; k++) out.add(toks.slice(k, j).map((t) => t.bare).join(' '));
    i = j;
  }
  return out;
}

/** Is the line holding token i written in Title Case (three words of four letters or more, all capitalised)? */
function inTitleCaseLine(ctx: Ctx, i: number, cache: Map<number, boolean>): boolean {
  const text = ctx.text;
  const lineStart = text.lastIndexOf('\n', ctx.toks[i].start) + 1;
  const cached = cache.get(lineStart);
  if (cached !== undefined) return cached;
  const nl = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const long = line.match(/\p{L}[\p{L}'\u2019-]{3,}/gu) ?? [];
  const yes = long.length >= 3 && long.length <= 20 && long.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?]["\u201d']?\s*$/u.test(line);
  cache.set(lineStart, yes);
  return yes;
}

/**
 * In a Title Case heading the capitals mark no names: a run [start, end) that opens with a personal name the
 * article writes alone elsewhere (two words or more, no body's or thing's head) ends after that name when the
 * next word is no head either. The longest such name wins; -1 when none.
 */
function knownNameInTitleCase(ctx: Ctx, start: number, end: number, closed: Set<string>, cache: Map<number, boolean>): number {
  const { toks, c } = ctx;
  if (!inTitleCaseLine(ctx, start, cache)) return -1;
  const heads = (t: Tok) => c.orgHeads.has(t.bare) || c.thingHeads.has(t.bare) || c.placeSuffixes.has(t.bare) || c.venueHeads.has(t.bare) || c.legalForms.has(t.fold);
  for (let p = Math.min(end - 1, start + 4); p >= start + 2; p--) {
    const words = toks.slice(start, p);
    if (!words.every(isWord) || words.some(heads) || !isWord(toks[p]) || heads(toks[p]) || c.connectors.has(toks[p].fold)) continue;
    if (closed.has(words.map((t) => t.bare).join(' '))) return p;
  }
  return -1;
}

/**
 * Where a role starts inside a capitalised run [start, end) between a body's name and a personal name of two or
 * three words ("Harbour Trust Chief Executive Nadia Okafor" → the role's first word), or -1. The words before the
 * role must hold one that is no title, title modifier or nationality ("Shadow Home Secretary" is all title), and
 * the words after it must read as a name: capitalised, no stopword, no title, no head of a body, thing or place.
 */
function roleBeforePersonIn(ctx: Ctx, start: number, end: number, lowerSeen: Set<string>): number {
  const { toks, c } = ctx;
  // (one word before the role only when it is a body's head: "Senate Majority Leader …"; "Acme CEO" stays a title)
  for (let q = c.orgHeads.has(toks[start].bare) ? start + 1 : start + 2; q + 3 <= end; q++) {
    const r = titleAt(ctx, q);
    if (r <= q || end - r < 2 || !isWord(toks[q]) || !toks[q].capital || c.connectors.has(toks[q - 1].fold)) continue;
    // (the middle of a longer role: "Chief Executive Officer" is not read from "Executive")
    let inside = false;
    for (let p = start; p < q; p++) if (titleAt(ctx, p) > q) inside = true;
    if (inside) continue;
    let bodyWord = false;
    for (let p = start; p < q; p++) if (isWord(toks[p]) && titleAt(ctx, p) < 0 && !c.titleModifiers.has(toks[p].fold) && !c.nisbas.has(toks[p].fold) && !c.connectors.has(toks[p].fold)) bodyWord = true;
    if (!bodyWord) continue;
    let nameWords = 0;
    let ok = true;
    // (an honorific between the role and the name: "Police Commissioner Sir John Stevens")
    let n0 = r;
    while (n0 < end && titleAt(ctx, n0) > n0 && ctx.c.genderWords.has(toks[n0].fold)) n0 = titleAt(ctx, n0);
    for (let p = n0; p < end && ok; p++) {
      const t = toks[p];
      if (t.text === '.') continue;
      if (!isWord(t) || !t.capital || c.stop.has(t.fold) || c.connectors.has(t.fold) || titleAt(ctx, p) >= 0 || c.orgHeads.has(t.bare) || c.thingHeads.has(t.bare) || c.placeSuffixes.has(t.bare) || c.venueHeads.has(t.bare) || isAcronym(t)) ok = false;
      else nameWords++;
    }
    if (ok && nameWords >= 2 && nameWords <= 3 && !(nameWords === 2 && lowerSeen.has(toks[end - 1].bare) && lowerSeen.has(toks[r].bare))) return q;
    return -1;
  }
  return -1;
}


/** Where a capitalised role closing the run [from, to) starts ("Ruritanian Prime Minister" → "Prime"), or -1. */
function trailingRole(ctx: Ctx, from: number, to: number): number {
  // (not a title that is also a surname, "the John Major government", nor a body's complement, "the High Courts of Justice")
  for (let q = from + 1; q < to; q++) if (titleAt(ctx, q) === to && ctx.toks[q].capital && !ctx.c.orgHeads.has(ctx.toks[q].bare) && !ctx.c.capitalisedTitles.has(ctx.toks[q].bare) && !ctx.c.connectors.has(ctx.toks[q - 1].fold)) return q;
  return -1;
}

/** The end of a run without a role that closes it ("Acme Chief Executive Officer" → "Acme"). */
function beforeTrailingRole(ctx: Ctx, from: number, to: number): number {
  const { toks } = ctx;
  for (let q = from + 1; q < to; q++) {
    if (titleAt(ctx, q) < to || ctx.c.orgHeads.has(toks[q].bare)) continue;
    // one title word closing a name is more often a surname ("Martin Luther King", "John Major") or part of
    // the name ("Courts of Justice"); only after an acronym is it a role ("ECB President")
    if (to - q >= 2 || isAcronym(toks[q - 1])) return q;
  }
  return to;
}

/**
 * After a title word, the capitalised words up to the next break must read as a personal name: none of them an
 * organisation's head ("General Motors", "Justice Department", "Major League") and, alone, not a word the article
 * also writes in lower case ("General Electric" where "electric" appears).
 */
function namesPersonAfterTitle(ctx: Ctx, j: number, lowerSeen: Set<string>): boolean {
  const { toks } = ctx;
  // "Lord of the Rings": a title word with a complement led by "the" names no one
  if (isWord(toks[j]) && ctx.c.connectors.has(toks[j].fold) && toks[j + 1]?.fold === 'the') return false;
  let k = j;
  while (k < toks.length && isWord(toks[k]) && toks[k].capital && !ctx.c.stop.has(toks[k].fold)) {
    // (a thing's head closes a name: "President Cup"; one with a capitalised word after it is a given name: "President Bill Clinton")
    const nameGoesOn = isWord(toks[k + 1]) && toks[k + 1].capital && !ctx.c.stop.has(toks[k + 1].fold) && !ctx.c.orgHeads.has(toks[k + 1].bare) && !ctx.c.thingHeads.has(toks[k + 1].bare);
    if (ctx.c.orgHeads.has(toks[k].bare) || (ctx.c.thingHeads.has(toks[k].bare) && !(k === j && nameGoesOn))) return false;
    k++;
    if (/['\u2019]s?$/u.test(toks[k - 1].text)) break;
  }
  return !(k === j + 1 && lowerSeen.has(toks[j].bare) && !ctx.c.gazetteer.has(toks[j].bare));
}

/**
 * Is the word at `from` part of a title before the rest of the run [from, end)? A title word with a personal name
 * after it ("President Ann Lee", not "General Motors"), an organisation before a role ("Acme CEO Dana Reed"), or a
 * nationality or party word before a title, or before a name that is no body's and no thing's
 * ("Russian Ivan Sokolov", not "British Nuclear Fuels" or "Republican National Convention").
 */
function leadingTitleWord(ctx: Ctx, from: number, end: number, titleEnd: number, lowerSeen: Set<string>): boolean {
  const { toks, c } = ctx;
  const title = titleAt(ctx, from);
  if (title > from) return namesPersonAfterTitle(ctx, title, lowerSeen);
  if (orgQualifiedTitle(ctx, from, end, titleEnd)) return true;
  if (!c.nisbas.has(toks[from].fold) && !c.titleModifiers.has(toks[from].fold)) return false;
  if (titleAheadOf(ctx, from + 1)) return true;
  // "Swede Johansson", "American Dent" (Latin script): a nationality before one word the article also writes as a
  // surname after a given name ("Joachim Johansson") is no part of the name.
  if (ctx.cased && end - from === 2 && !hasOrgHead(ctx, from, end) && !c.thingHeads.has(toks[from + 1].bare) && !commonWordIn(ctx, from + 1, end, lowerSeen) && surnameElsewhere(ctx, from + 1)) return true;
  return end - from >= 3 && !hasOrgHead(ctx, from, end) && !c.thingHeads.has(toks[end - 1].bare) && !commonWordIn(ctx, from + 1, end, lowerSeen);
}

/** Whether the word at `k` also closes a two-word capitalised name in the article (a given name before it). */
function surnameElsewhere(ctx: Ctx, k: number): boolean {
  let closing = SURNAMES.get(ctx);
  if (!closing) {
    // (Built once per article: one pass over the tokens.)
    const { toks, c } = ctx;
    closing = new Set<string>();
    for (let q = 1; q < toks.length; q++) {
      const g = toks[q - 1];
      if (!isWord(toks[q]) || !toks[q].capital || !isWord(g) || !g.capital || g.end + 1 !== toks[q].start) continue;
      if (c.nisbas.has(g.fold) || c.stop.has(g.bare) || c.titleWords.has(g.bare) || c.titleModifiers.has(g.fold) || c.orgHeads.has(g.bare) || c.gazetteer.has(g.bare)) continue;
      closing.add(toks[q].bare);
    }
    SURNAMES.set(ctx, closing);
  }
  return closing.has(ctx.toks[k].bare);
}
const SURNAMES = new WeakMap<Ctx, Set<string>>();

/** "British Nuclear Fuels": a word the article also writes in lower case makes the rest no personal name. */
function commonWordIn(ctx: Ctx, from: number, to: number, lowerSeen: Set<string>): boolean {
  for (let q = from; q < to; q++) if (lowerSeen.has(ctx.toks[q].bare) && !ctx.c.titleModifiers.has(ctx.toks[q].fold) && !ctx.c.nisbas.has(ctx.toks[q].fold)) return true;
  return false;
}

/** A sentence-initial word before an organisation's head ("General Motors said", "National Grid Company"): part of the name. */
function opensOrgName(ctx: Ctx, from: number, end: number): boolean {
  const { toks } = ctx;
  const t = toks[from];
  if (end - from < 2 || ctx.c.stop.has(t.bare) || isVerb(ctx, t)) return false;
  // "Bank of America": a head noun with its complement
  if (ctx.c.orgHeads.has(t.bare) && ctx.c.connectors.has(toks[from + 1].fold)) return true;
  // the head among the next capitalised words, before any connector ("Shares of General Motors" is not one name)
  for (let q = from + 1; q < end && isWord(toks[q]) && !ctx.c.connectors.has(toks[q].fold); q++) if (ctx.c.orgHeads.has(toks[q].bare)) return true;
  return false;
}

/**
 * "Theresa May", "Tony Will": a capitalised stopword (month, modal) closing a run of at least one ordinary
 * capitalised word mid-sentence is a surname, not the month or the verb.
 */
function surnameLikeStopword(ctx: Ctx, i: number, start: number): boolean {
  const { toks } = ctx;
  const prev = toks[i - 1];
  if (i === start || !prev || ctx.c.stop.has(prev.fold) || ctx.sentenceStart[i] || ctx.c.timeNouns.has(toks[i].fold)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i].text)) return false;
  const next = toks[i + 1];
  return !next || !isWord(next) || !next.capital;
}

/** A capitalised word joined to a lower-case one by a hyphen ("Paris-based", "Gangster-themed", "US-led"). */
const HYPHENATED_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;

/** Endings of adjectives of place ("Eastern", "Asian", "Japanese", "European", "Kurdish"). */
const PLACE_ADJECTIVE = /(ern|ian|ican|ese|ean|ish)$/u;

/** A run of two or more capitalised words ending in an adjective of place, followed by a lower-case noun. */
function adjectivePhrase(ctx: Ctx, words: Tok[], to: number): boolean {
  if (words.length < 2 || !PLACE_ADJECTIVE.test(words[words.length - 1].bare)) return false;
  const next = ctx.toks[to];
  return isWord(next) && !next.capital && !ctx.c.stop.has(next.fold) && !isVerb(ctx, next);
}

/**
 * A sentence-initial word right before a verb of saying or acting that is no plural, no body or group noun and no
 * title ("Xinhua reported", not "Analysts said", "Police said"): the subject is a name.
 */
function singularSubject(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  const f = t.bare;
  if ((f.endsWith('s') && !f.endsWith('ss')) || ctx.c.stop.has(f) || ctx.c.stateBodies.has(f) || ctx.c.groupNouns.has(f) || ctx.c.titleWords.has(f) || ctx.c.orgHeads.has(f) || ctx.c.nisbas.has(f)) return false;
  return isVerb(ctx, ctx.toks[i + 1]) && !['is', 'was', 'has', 'have', 'had', 'will', 'would', 'could', 'should'].includes(ctx.toks[i + 1].fold);
}

/**
 * A one-word adjective of place or people ("Asian", "Romanian", "Sudanese", "Western") or one the language lists
 * ("Olympic") right before a lower-case noun (or a number and a noun: "his Olympic 100m title").
 */
function placeAdjectiveBeforeNoun(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  let next = ctx.toks[i + 1];
  const listed = ctx.c.capitalisedAdjectives.has(t.bare);
  if (listed && next?.kind === 'number' && isWord(ctx.toks[i + 2])) next = ctx.toks[i + 2];
  if (!(listed || /^\p{Lu}\p{Ll}{3,}(ian|ese|ish|ean|ern)$/u.test(t.text)) || !isWord(next) || next.capital) return false;
  return !ctx.c.stop.has(next.fold) && !isVerb(ctx, next) && !pastTenseVerb(ctx, next);
}

/** "(LNG)" right after lower-case words whose initials spell it: an abbreviation of a common noun phrase. */
function lowerCaseExpansion(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const t = toks[i];
  if (!isAcronym(t) || toks[i - 1]?.text !== '(') return false;
  const letters = t.text.toLowerCase();
  let initials = '';
  for (let k = i - 2; k >= 0 && i - 2 - k < letters.length + 2 && isWord(toks[k]); k--) {
    if (toks[k].capital) return false;
    initials = toks[k].fold[0] + initials;
    if (initials === letters) return true;
  }
  return false;
}

/** "Punjab province", "Kerala state", "the city of Multan": a lower-case noun of place names the run a place. */
function placeNounAround(ctx: Ctx, from: number, to: number): boolean {
  const { toks } = ctx;
  const after = toks[to];
  if (isWord(after) && !after.capital && ctx.c.placeNouns.has(after.fold)) return true;
  const of = toks[from - 1];
  const noun = toks[from - 2];
  return isWord(of) && of.fold === 'of' && isWord(noun) && !noun.capital && ctx.c.placeNouns.has(noun.fold);
}


/** "Department for Education", "Ministry of Defence": an organisation head, a connector, then its portfolio. */
function headOfPortfolio(ctx: Ctx, from: number, to: number): boolean {
  return to - from >= 3 && ctx.c.orgHeads.has(ctx.toks[from].fold) && ctx.c.connectors.has(ctx.toks[from + 1].fold);
}

/** "Night Garden 2", "Route 66": a capitalised title with a number right after it names a work or a model. */
function numberedTitle(ctx: Ctx, to: number): boolean {
  const next = ctx.toks[to];
  return !!next && /^\p{N}/u.test(next.text) && next.start === ctx.toks[to - 1].end + 1;
}

/** "Boeing 787 Dreamliner", "Acme X5 Pro": a name after a maker and a model number is the product's (and stays one later). */
function afterModelNumber(ctx: Ctx, from: number, models: ReadonlySet<string>): boolean {
  const { toks } = ctx;
  const model = toks[from - 1];
  const maker = toks[from - 2];
  if (!!model && model.kind === 'number' && isWord(maker) && maker.capital && maker.end + 1 === model.start && model.end + 1 === toks[from].start) return true;
  // "the new 787 Dreamliner", "the 787 “Dreamliner”": a model number the text gives its maker elsewhere ("Brantco 787")
  let k = from - 1;
  while (k > 0 && from - k <= 2 && toks[k].kind === 'punct' && MODEL_QUOTES.has(toks[k].text)) k--;
  return k >= 0 && toks[k].kind === 'number' && models.has(toks[k].text) && !hasLineBreak(ctx.text, toks[k].end, toks[from].start);
}

const LOWER_CAMEL = /^\p{Ll}{1,2}\p{Lu}/u;
/** Quotation marks around a work's title, opening → closing. */
const QUOTE_PAIRS = new Map([['"', '"'], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ['«', '»']]);
/** A quoted title is at most this many tokens long. */
const MAX_QUOTED_TITLE = 24;

/**
 * Latin script: names the text gives a device in apposition ("its new console, the Zeta"): the last word of each
 * (folded), a product wherever it comes back.
 */
function productAppositives(ctx: Ctx): Set<string> {
  const { toks } = ctx;
  const out = new Set<string>();
  for (let i = ctx.bodyTok; i + 3 < toks.length; i++) {
    if (!isWord(toks[i]) || toks[i].capital || !ctx.c.productNouns.has(toks[i].fold) || toks[i + 1].text !== ',' || toks[i + 2].fold !== 'the') continue;
    let q = i + 3;
    while (q - i - 3 <= 3 && isWord(toks[q]) && toks[q].capital && !ctx.c.stop.has(toks[q].fold)) q++;
    // (the appositive closes at a comma or a clause's end: "the console, the Zeta, sold out")
    if (q > i + 3 && q - i - 3 <= 3 && (toks[q]?.kind === 'punct') && !ctx.c.gazetteer.has(toks[q - 1].bare)) out.add(toks[q - 1].bare);
  }
  return out;
}
const MODEL_QUOTES = new Set(['"', '\u201C', '`', "'", '\u2018', '«']);
/** A model number: three or four digits that are no year ("787", "2200"; not "2009"). */
const MODEL_NUMBER = /^(?!19\d\d$|20\d\d$)\d{3,4}$/u;

/** Model numbers the text writes right after a capitalised maker's name ("Brantco 787"), headline included. */
function modelNumbers(ctx: Ctx): Set<string> {
  const { toks } = ctx;
  const out = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'number' && MODEL_NUMBER.test(t.text) && isWord(toks[i - 1]) && toks[i - 1].capital && toks[i - 1].end + 1 === t.start) out.add(t.text);
  }
  return out;
}

/**
 * Tokens inside titles of works: after a lower-case work noun ("documentary", "shows"), the capitalised words
 * up to the next lower-case word other than "and", "of", "the" ("shows Night and Day and Harbour Lights").
 */
function workZones(ctx: Ctx): Uint8Array {
  const { toks } = ctx;
  const zone = new Uint8Array(toks.length);
  if (!ctx.c.workNouns.size) return zone;
  for (let w = ctx.bodyTok; w + 1 < toks.length; w++) {
    const t = toks[w];
    // "Ruiz's The Long Harbour": a capitalised «The» right after a name's possessive opens a work's title
    const ownersWork = isWord(t) && t.capital && /['\u2019]s$/u.test(t.text) && toks[w + 1].text === 'The';
    // "the book “Losing Ground: How Farmers Lost”": a quoted title after a work noun, up to its closing mark
    const open = toks[w + 1].text;
    if (isWord(t) && !t.capital && ctx.c.workNouns.has(t.fold) && QUOTE_PAIRS.has(open) && toks[w + 2]?.capital) {
      let q = w + 2;
      while (q < toks.length && q <= w + 2 + MAX_QUOTED_TITLE && toks[q].text !== QUOTE_PAIRS.get(open) && !hasLineBreak(ctx.text, toks[q - 1].end, toks[q].start)) q++;
      if (toks[q]?.text === QUOTE_PAIRS.get(open)) {
        zone.fill(1, w + 2, q);
        w = q;
        continue;
      }
    }
    if (!ownersWork && (!isWord(t) || t.capital || !ctx.c.workNouns.has(t.fold) || !toks[w + 1].capital)) continue;
    let j = w + 1;
    // (after a maker's possessive only the one title: "Nine's The Late Hour and Ana Ruiz's …")
    const joiners = ownersWork ? ['of', 'the'] : ['and', 'or', 'of', 'the'];
    while (j < toks.length && (toks[j].capital || /^[,:&'\u2019-]$/u.test(toks[j].text) || /^\p{N}/u.test(toks[j].text) || joiners.includes(toks[j].fold))) {
      zone[j++] = 1;
      // a possessive ends the title: what follows is another name's
      if (/['\u2019]s$/u.test(toks[j - 1].text)) break;
    }
    w = j - 1;
  }
  return zone;
}

/**
 * "Chrysler, Ford and Acme Motors": a name with another capitalised name next to it in a list (a comma, "and" or
 * "or" between them) is named as one of a kind with it.
 */
function inListOfNames(ctx: Ctx, from: number, to: number): boolean {
  const { toks } = ctx;
  const nameWord = (t: Tok | undefined) => isWord(t) && t.capital && !ctx.c.stop.has(t.bare) && !ctx.c.units.has(t.fold);
  const joiner = (t: Tok | undefined) => !!t && (t.text === ',' || t.fold === 'and' || t.fold === 'or');
  // a long run of bare names is a roster or a table ("Canale, Masi, Troncon, …"), not a list of actors
  const inChain = (t: Tok) => nameWord(t) || t.text === ',' || t.text === ';' || t.fold === 'and' || (t.kind === 'word' && ctx.c.connectors.has(t.fold));
  let separators = 0;
  for (let q = from - 1; q >= 0 && q >= from - 16 && inChain(toks[q]); q--) if (toks[q].text === ',' || toks[q].text === ';') separators++;
  for (let q = to; q < toks.length && q < to + 16 && inChain(toks[q]); q++) if (toks[q].text === ',' || toks[q].text === ';') separators++;
  if (separators >= 4) return false;
  // (a comma on one side: "Standard and Poor's", "Marks and Spencer" are one name each)
  let b = from - 1;
  if (joiner(toks[b])) {
    const comma = toks[b].text === ',' || toks[b - 1]?.text === ',';
    if (toks[b].text !== ',' && toks[b - 1]?.text === ',') b--;
    if (comma && nameWord(toks[b - 1]) && !ctx.sentenceStart[b - 1]) return true;
  }
  let a = to;
  if (toks[a]?.text === ',') {
    if (toks[a + 1]?.fold === 'and' || toks[a + 1]?.fold === 'or') a++;
    return nameWord(toks[a + 1]);
  }
  return false;
}

/** "activist groups like Greenpeace", "firms such as Acme": a name given as an example of a plural noun of people or bodies. */
function exampleOfKind(ctx: Ctx, from: number): boolean {
  const { toks } = ctx;
  for (const cue of ctx.c.exampleCues) {
    const at = from - cue.length;
    if (at < 1 || !cue.every((w, n) => isWord(toks[at + n]) && toks[at + n].fold === w)) continue;
    const noun = toks[at - 1];
    if (isWord(noun) && !noun.capital && ctx.c.groupNouns.has(noun.fold)) return true;
  }
  return false;
}

/** "in Lahore", "between Srinagar and Muzaffarabad", "in Karachi and Mumbai": a place preposition before the name. */
function afterPlacePreposition(ctx: Ctx, from: number): boolean {
  const { toks } = ctx;
  const before = toks[from - 1];
  if (!isWord(before)) return false;
  // "shares in Rolls-Royce", "a stake in Brantco": a firm
  if (before.fold === 'in' && isWord(toks[from - 2]) && ctx.c.stakeNouns.has(toks[from - 2].fold)) return false;
  if (ctx.c.placePrepositions.has(before.fold)) return true;
  // the second of a pair: "in Karachi and Mumbai"
  return before.fold === 'and' && !!toks[from - 2]?.capital && isWord(toks[from - 3]) && ctx.c.placePrepositions.has(toks[from - 3].fold);
}

function isAcronym(t: Tok): boolean {
  return /^\p{Lu}{2,6}$/u.test(t.text);
}

function hasOrgHead(ctx: Ctx, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (ctx.c.orgHeads.has(ctx.toks[q].fold)) return true;
  return false;
}

/**
 * "Apple CEO Tim Cook", "ECB President Helena Vogt", "Fed Chair Jerome Powell": an organisation (an acronym or a
 * capitalised word) right before a role belongs to the title when a full name (two words or more) follows the role.
 */
function orgQualifiedTitle(ctx: Ctx, k: number, end: number, titleEnd: number): boolean {
  const t = ctx.toks[k];
  if (titleEnd >= 0 || !isWord(t) || !(isAcronym(t) || t.capital) || ctx.c.stop.has(t.bare)) return false;
  let q = k + 1;
  while (q < end && isWord(ctx.toks[q]) && (ctx.c.titleModifiers.has(ctx.toks[q].fold) || ctx.c.nisbas.has(ctx.toks[q].fold))) q++;
  const roleEnd = titleAt(ctx, q);
  return roleEnd > q && end - roleEnd >= 2;
}

/** "PCs", "MPs": an acronym with a plural "s". */
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;

/**
 * "Arsenal boss Ann Lee": a lower-case role word at `j` (no capitalised title such as "President"), then a
 * personal name of two capitalised words or more.
 */
function lowerRoleBeforeName(ctx: Ctx, j: number, lowerSeen: Set<string>): boolean {
  const { toks, c } = ctx;
  const t = toks[j];
  // (not a common noun capitalised at a sentence's start: "Club captain Tom Hale", "Party leader …")
  const owner = toks[j - 1];
  if (!isWord(t) || t.capital || !isWord(owner) || c.orgHeads.has(owner.bare) || c.bodyNouns.has(owner.bare) || c.groupNouns.has(owner.bare) || c.placeNouns.has(owner.bare) || c.workNouns.has(owner.bare) || c.thingHeads.has(owner.bare) || c.stop.has(owner.bare)) return false;
  const r = titleAt(ctx, j);
  if (r <= j) return false;
  let q = r;
  while (q < toks.length && isWord(toks[q]) && toks[q].capital && !ctx.c.stop.has(toks[q].fold) && titleAt(ctx, q) < 0) q++;
  return q - r >= 2 && namesPersonAfterTitle(ctx, r, lowerSeen);
}

function titleAheadOf(ctx: Ctx, j: number): boolean {
  let q = j;
  while (q < ctx.toks.length && isWord(ctx.toks[q]) && (ctx.c.titleModifiers.has(ctx.toks[q].fold) || ctx.c.nisbas.has(ctx.toks[q].fold))) q++;
  return titleAt(ctx, q) > q;
}

function hasTitleWord(ctx: Ctx, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (titleAt(ctx, q) > q) return true;
  return false;
}

/** A capitalised word that is probably capitalised only because it opens a sentence. */
function isSentenceCase(ctx: Ctx, i: number, lowerSeen: Set<string>, midCapSeen: Set<string>, alone: boolean): boolean {
  const t = ctx.toks[i];
  const f = t.bare;
  // "New York Times": a known name of several words opening the run
  if (knownPhraseAt(ctx, i, ctx.toks.length)) return false;
  if (ctx.c.stop.has(f) || isVerb(ctx, t)) return true;
  // ("Democrats said": a group's name is capitalised wherever it stands)
  if (gazetteerAt(ctx, i) || ctx.c.groupWords.has(f)) return false;
  // capitals are no sentence case ("GM said"); nor is a head noun with its complement ("Bank of Ireland")
  if (isAcronym(t) || (ctx.c.orgHeads.has(f) && ctx.c.connectors.has(ctx.toks[i + 1]?.fold ?? ''))) return false;
  // "Shares of Acme": a word before a connector opens a name only where the article capitalises it mid-sentence
  // (not before a name particle: "Jeremy de Souza")
  if (isWord(ctx.toks[i + 1]) && (ctx.toks[i + 1].fold === 'of' || ctx.toks[i + 1].fold === 'for') && !midCapSeen.has(f) && !ctx.c.titleWords.has(f)) return true;
  if (lowerSeen.has(f)) return true;
  return alone && !midCapSeen.has(f);
}

/** "Maria Alvarez, a Labour MP, said": the appositive is the title. */
function appositiveTitle(ctx: Ctx, to: number): string | undefined {
  const { toks } = ctx;
  if (toks[to]?.text !== ',') return undefined;
  const art = toks[to + 1];
  if (!art || !['a', 'an', 'the'].includes(art.fold)) return undefined;
  for (let k = to + 2; k < toks.length && k <= to + 8; k++) {
    if (toks[k].text === ',') {
      if (k === to + 2) return undefined;
      // "Eurostat, the EU's statistics agency,": an organisation noun heads it, so it describes a body, not a role
      if (ctx.c.orgHeads.has(toks[k - 1].fold) || ctx.c.bodyNouns.has(toks[k - 1].fold)) return undefined;
      return ctx.text.slice(toks[to + 2].start, toks[k - 1].end);
    }
    if (toks[k].kind === 'punct') return undefined;
  }
  return undefined;
}

/** The head noun (last word, folded) of an appositive «, a/an/the … ,» after the name, or null. */
function appositiveHead(ctx: Ctx, to: number): string | null {
  const { toks } = ctx;
  if (toks[to]?.text !== ',' || !toks[to + 1] || !['a', 'an', 'the'].includes(toks[to + 1].fold)) return null;
  for (let k = to + 2; k < toks.length && k <= to + 8; k++) {
    if (toks[k].text === ',') return k > to + 2 ? toks[k - 1].fold : null;
    if (toks[k].kind === 'punct') return null;
  }
  return null;
}

function latinType(ctx: Ctx, words: Tok[], folded: string[], titled: boolean): ActorType {
  if (titled) return 'person';
  if (words.length >= 2 && (ctx.c.placeSuffixes.has(folded[folded.length - 1]) || ctx.c.nameAbbreviations.has(folded[0]))) return 'location';
  if (words.length >= 2 && ctx.c.orgFirstWords.has(folded[0])) return 'organization';
  if (folded.some((f) => ctx.c.orgHeads.has(f))) return 'organization';
  // "British Nuclear Fuels", "American Express": a nationality left at the head of a name (not split off as a title) names a body
  if (words.length >= 2 && ctx.c.nisbas.has(folded[0])) return 'organization';
  // "Lloyds TSB": a person's name has no acronym in it
  if (words.length >= 2 && words.some((w) => isAcronym(w) && w.text.length >= 3 && !ctx.c.stop.has(w.fold))) return 'organization';
  // "Procter & Gamble": an ampersand joins firms' names, not a person's
  if (words.some((w) => w.text === '&')) return 'organization';
  // "Royal Courts of Justice": personal names take particles (de, van, bin), never "of" or "for"
  if (words.some((w) => w.fold === 'of' || w.fold === 'for')) return 'organization';
  // "People's Choice Awards": a possessive inside the name
  if (words.slice(0, -1).some((w) => /['\u2019]s?$/u.test(w.text))) return 'organization';
  // "Air Canada", "Ford Australia": a name ending in a country's name is a body there, not a person
  if (words.length >= 2 && ctx.c.gazetteer.get(folded[folded.length - 1])?.some((e) => e.words.length === 1 && e.id.startsWith('region:'))) return 'organization';
  if (folded.length === 1 && ctx.c.groupWords.has(folded[0])) return 'group';
  if (words.length === 1 && /^[\p{Lu}\d&.]{2,6}$/u.test(words[0].text.replace(/['\u2019]s?$/u, ''))) return 'organization';
  if (words.length >= 2) return 'person';
  return 'organization';
}

/** Latin adjectives of people and places not in the nationality table ("Punjabi", "Sudanese", "Bosnian", "Kurdish"). */
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(i|ese|ian|ish)$/u;

/**
 * Latin script: a nationality or a country before a lower-case noun of a state's body or of people —
 * "the Kenyan government", "a US government survey", "Korean shoppers", "Punjabi farmers" — is one actor:
 * an organisation or a group.
 */
function findNationalBodies(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  if (!ctx.c.stateBodies.size && !ctx.c.groupNouns.size) return;
  for (let i = ctx.bodyTok; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (ctx.claimed[i] || !isWord(t) || !t.capital) continue;
    let to = -1;
    let country: GazHit | null = null;
    if (ctx.c.nisbas.has(t.fold) || PEOPLE_ADJECTIVE.test(t.text)) to = i + 1;
    else {
      const g = gazetteerAt(ctx, i);
      if (g && g.entry.type === 'location' && g.entry.country && g.entry.id.startsWith('region:')) {
        to = g.to;
        country = g;
      }
    }
    const noun = toks[to];
    if (to < 0 || !isWord(noun) || noun.capital) continue;
    const body = ctx.c.stateBodies.has(noun.fold);
    if (!body && !ctx.c.groupNouns.has(noun.fold)) continue;
    const end = to + 1;
    out.push({ type: body ? 'organization' : 'group', from: i, to: end, span: [t.start, noun.end], rule: body ? 'en:nation+body' : 'en:nation+people', role: 'name', head: body ? noun.fold : undefined, acts: actsAt(ctx, i, end) });
    // "UK voters", "US government": the country is named there too
    if (country) out.push({ type: 'location', from: i, to, span: [t.start, possessiveEnd(ctx, toks[to - 1])], rule: 'gazetteer:place', role: 'name', id: country.entry.id, country: country.entry.country, capital: country.entry.capital, english: country.entry.english });
    claim(ctx, i, end);
    i = end - 1;
  }
}

/** Common-noun references ("the administration") that stand for an actor. */
function findReferents(ctx: Ctx, out: Candidate[]): void {
  const { toks } = ctx;
  const byFirst = ctx.c.referentsByFirst;
  if (!byFirst.size) return;
  for (let i = 0; i < toks.length; i++) {
    if (ctx.claimed[i] || toks[i].kind !== 'word') continue;
    const candidates = byFirst.get(toks[i].bare);
    if (!candidates) continue;
    for (const r of candidates) {
      let ok = true;
      for (let w = 1; w < r.words.length; w++) {
        const t = toks[i + w];
        if (!t || t.bare !== r.words[w]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const to = i + r.words.length;
      if (opensLongerName(ctx, to)) break;
      out.push({ type: r.type, from: i, to, span: [toks[i].start, possessiveEnd(ctx, toks[to - 1])], rule: 'referent', role: 'head', head: r.words[r.words.length - 1], acts: actsAt(ctx, i, to) });
      claim(ctx, i, to);
      i = to - 1;
      break;
    }
  }
}

/**
 * The end of an organisation's name that runs on over "and" (token `end` is the "and"), or -1: after "the", the
 * words before "and" with no head noun or known name among them, the words after it ending in a head noun
 * ("the Aeronautic Defence and Space Company"; not "Boeing and Lockheed Martin Corp", two firms).
 */
function orgNameAfterAnd(ctx: Ctx, start: number, end: number, lowerSeen: Set<string>): number {
  const { toks, c } = ctx;
  // "the Securities and Exchange Commission (SEC)": the acronym in brackets after the run spells the whole name
  {
    let q = end + 1;
    while (q < end + 5 && isWord(toks[q]) && toks[q].capital && !c.stop.has(toks[q].bare)) q++;
    if (q > end + 1 && toks[q]?.text === '(' && isAcronym(toks[q + 1]) && toks[q + 2]?.text === ')' && spellsLatinName(ctx, toks[q + 1].text, ctx.text.slice(toks[start].start, toks[q - 1].end))) return q;
    // …or that the article writes elsewhere ("the Securities and Exchange Commission said … the SEC")
    if (q > end + 1 && q - start <= 6 && c.orgHeads.has(toks[q - 1].bare)) {
      const name = ctx.text.slice(toks[start].start, toks[q - 1].end);
      for (const a of acronymsOf(ctx)) if (a.length >= 3 && spellsLatinName(ctx, a, name)) return q;
    }
  }
  // "the Department of Trade and Industry": a head with its complement, and after "and" only words the article
  // also writes in lower case (common nouns of a portfolio, not another body's name)
  if (c.orgHeads.has(toks[start].bare) && isWord(toks[start + 1]) && (toks[start + 1].fold === 'of' || toks[start + 1].fold === 'for')) {
    let q = end + 1;
    while (q < end + 3 && isWord(toks[q]) && toks[q].capital && lowerSeen.has(toks[q].bare) && !c.orgHeads.has(toks[q].bare)) q++;
    return q > end + 1 && !(isWord(toks[q]) && toks[q].capital) ? q : -1;
  }
  // after "the", or opening with an adjective of nationality ("European Aeronautic Defence and Space Company")
  const opened = toks[start - 1]?.fold === 'the' || (ctx.sentenceStart[start] && toks[start].fold === 'the') || (end - start >= 2 && c.nisbas.has(toks[start].fold));
  if (!opened) return -1;
  for (let q = start; q < end; q++) if (c.orgHeads.has(toks[q].bare) || (q > start && c.gazetteer.has(toks[q].bare))) return -1;
  for (let q = end + 1; q < end + 5 && isWord(toks[q]) && toks[q].capital && !c.stop.has(toks[q].bare); q++) {
    if (c.orgHeads.has(toks[q].bare) || (c.thingHeads.has(toks[q].bare) && !(isWord(toks[q + 1]) && toks[q + 1].capital))) return q + 1;
    if (/['\u2019]s?$/u.test(toks[q].text)) break;
    // "the Northern Council of Harbour and Waterway Authorities (NCHWA)": a long name with its
    // complement before "and", closed by the acronym the article gives the whole
    if (toks[q + 1]?.text === '(' && isAcronym(toks[q + 2]) && toks[q + 3]?.text === ')' && toks.slice(start + 1, end).some((x) => x.fold === 'of' || x.fold === 'for')) return q + 1;
  }
  return -1;
}

/** A known place or body of two words or more ("New York", "New Zealand") starts at i and ends by `end`. */
function knownPhraseAt(ctx: Ctx, i: number, end: number): boolean {
  const g = gazetteerAt(ctx, i);
  return !!g && g.to - i >= 2 && g.to <= end;
}

/** "the Bank of Japan", "the Government Accountability Office": a capitalised head with more of a name after it. */
function opensLongerName(ctx: Ctx, to: number): boolean {
  const { toks } = ctx;
  const head = toks[to - 1];
  if (!ctx.cased || !head.capital || /['\u2019]s?$/u.test(head.text)) return false;
  const next = toks[to];
  if (isWord(next) && next.capital && !ctx.c.stop.has(next.bare)) return true;
  // ("the Council on Foreign Relations": a head's own preposition)
  return isWord(next) && (ctx.c.connectors.has(next.fold) || (ctx.c.headConnectors.has(next.fold) && ctx.c.orgHeads.has(head.bare))) && isWord(toks[to + 1]) && (toks[to + 1].capital || toks[to + 1].fold === 'the');
}

/** Embedded post signature: "— UN Health Mission (@UNHealthMsn) March 4, 2021" names an account and its handle. */
function findSignatures(ctx: Ctx, out: Candidate[]): void {
  const re = /^[ \t]*[\u2014\u2013-][ \t]*([^\n(@]{1,60}?)[ \t]*\(@([A-Za-z0-9_]{1,30})\)/gmu;
  for (const m of ctx.text.matchAll(re)) {
    const nameStart = m.index + m[0].indexOf(m[1]);
    const handleStart = m.index + m[0].lastIndexOf('@');
    const fromTok = ctx.toks.findIndex((t) => t.start >= nameStart);
    if (fromTok < 0) continue;
    const name = m[1].trim();
    const nameEnd = nameStart + name.length;
    let toTok = fromTok + 1;
    while (toTok < ctx.toks.length && ctx.toks[toTok].end <= nameEnd) toTok++;
    // (an account, a person's or a body's: merged by name with the actor the body names, an organisation otherwise)
    out.push({ type: 'organization', from: fromTok, to: toTok, span: [nameStart, nameEnd], rule: 'post-signature', role: 'acronym', forms: ['@' + m[2]] });
    for (let k = fromTok; k < ctx.toks.length && ctx.toks[k].start < handleStart + m[2].length + 1; k++) ctx.claimed[k] = 1;
  }
}

// ---------------------------------------------------------------------------------------------------
// Merging

function formOf(ctx: Ctx, c: Candidate): string {
  return articleRestored(ctx, c, ctx.text.slice(c.span[0], c.span[1]));
}

/**
 * A name read from inside «لل» (ل + ال written with one alif less): the text after the preposition lacks the article's
 * alif («للقوات المسلحة» → «لقوات المسلحة»), so the form is given its article back («القوات المسلحة»). A word that
 * itself starts with «ل» («للبنان» → «لبنان») keeps its text: its core is the word after the preposition.
 */
function articleRestored(ctx: Ctx, c: Candidate, text: string): string {
  const t = ctx.toks[c.from];
  if (!t || c.span[0] <= t.start || c.span[0] >= t.end || !t.fold.startsWith('لل') || t.core === t.fold.slice(1) || !text.startsWith('\u0644')) return text;
  return '\u0627' + text;
}

/** Comparison key of a candidate's name: its words' keys. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function keysOf(ctx: Ctx, c: Candidate): string[] {
  if (c.keys) return c.keys;
  const out: string[] = [];
  for (let k = c.from; k < c.to; k++) {
    const t = ctx.toks[k];
    if (t.kind === 'punct') continue;
    // Latin keys drop possessives, dots (U.S.) and a joined article particle (al-Assad = Assad)
    if (ctx.cased) {
      out.push(t.bare.replace(/\./gu, '').replace(/^(al|el)[-'\u2019]/u, ''));
      continue;
    }
    // «عبد الرحيم» and «عبدالرحيم» are one name part, however it is spelled
    const joined = k + 1 < c.to ? joinedCompound(ctx, t, ctx.toks[k + 1]) : null;
    if (joined) {
      out.push(joined);
      k++;
      continue;
    }
    out.push(keyOf(t));
  }
  c.keys = out;
  return out;
}

/** «عبد» + «الرحمن» written apart, as the one word «عبدالرحمن», or null. */
function joinedCompound(ctx: Ctx, t: Tok, next: Tok): string | null {
  const prefix = ctx.rules.compoundGivenPrefix;
  if (!prefix || !isWord(next) || !t.stems.includes(prefix)) return null;
  const definite = next.stems.find((s) => s.startsWith('ال') && s.length >= 4);
  return definite ? prefix + definite : null;
}

function initials(words: string[]): string {
  return words.map((w) => w[0] ?? '').join('').toUpperCase();
}

/** Does `acronym` spell the initials of `words`, in order, or (cross-script) as the same multiset of letters? */
function spells(acronym: string, words: string[], anyOrder: boolean, optional: Set<string>): boolean {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/gu, '');
  if (letters.length < 2) return false;
  const content = words.filter((w) => !optional.has(w.toLowerCase()));
  if (!anyOrder) return initials(content) === letters || initials(words) === letters;
  const need = [...letters].sort().join('');
  const must = [...initials(content)].sort();
  const extra = words.filter((w) => optional.has(w.toLowerCase())).map((w) => w[0].toUpperCase());
  // every content initial must be used; function-word initials may fill the rest
  const pool = [...need];
  for (const ch of must) {
    const at = pool.indexOf(ch);
    if (at < 0) return false;
    pool.splice(at, 1);
  }
  for (const ch of pool) {
    const at = extra.indexOf(ch);
    if (at < 0) return false;
    extra.splice(at, 1);
  }
  return true;
}

const FUNCTION_WORDS = new Set(['of', 'for', 'in', 'the', 'and', 'on', 'to', 'de', 'du', 'des', 'la', 'le']);

/** English words of an Arabic organisation name, via the glossary and gazetteer English names. */
function englishWords(ctx: Ctx, c: Candidate): string[] {
  const out: string[] = [];
  let k = c.from;
  while (k < c.to) {
    const t = ctx.toks[k];
    if (t.kind === 'punct') {
      k++;
      continue;
    }
    const g = gazetteerAt(ctx, k);
    if (g && g.to <= c.to && g.entry.english) {
      out.push(...g.entry.english.split(/\s+/u));
      k = g.to;
      continue;
    }
    const gl = t.stems.map((s) => ctx.c.glossary.get(s)).find((x) => x);
    if (gl) out.push(...gl.split(/\s+/u));
    else if (t.fold === 'في') out.push('in');
    k++;
  }
  return out;
}

function mergeCandidates(ctx: Ctx, cands: Candidate[]): Entity[] {
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  // buckets of entities by full key, last word and head noun: merging looks only where a match can be
  const buckets = new Map<string, Entity[]>();
  const index = (e: Entity, c: Candidate) => {
    if (c.role !== 'name') return;
    const sig = formSignature(ctx, c);
    const seen = e.forms.has(sig);
    e.forms.set(sig, c);
    if (seen) return;
    const keys = keysOf(ctx, c);
    for (const b of bucketKeys(c, keys)) {
      const list = buckets.get(b) ?? [];
      if (!list.includes(e)) list.push(e);
      buckets.set(b, list);
    }
  };
  const add = (c: Candidate): Entity => {
    const e: Entity = { type: c.type, cands: [c], title: c.title ?? null, id: c.id, extraForms: new Set(c.forms ?? []), forms: new Map() };
    entities.push(e);
    if (c.id) byId.set(c.id, e);
    index(e, c);
    return e;
  };
  const join = (e: Entity, c: Candidate) => {
    e.cands.push(c);
    if (!e.title && c.title) e.title = c.title;
    for (const f of c.forms ?? []) e.extraForms.add(f);
    index(e, c);
  };
  const near = (c: Candidate, keys: string[]): Entity[] => {
    const out = new Set<Entity>();
    for (const b of bucketKeys(c, keys)) for (const e of buckets.get(b) ?? []) out.add(e);
    return [...out];
  };
  const namedHeads = new Set(cands.filter((c) => c.role === 'name' && c.head && !c.descriptive).map((c) => c.head!));
  for (const c of cands) if (c.descriptive && namedHeads.has(c.head!)) c.role = 'head';
  const ordered = [...cands].sort((a, b) => a.span[0] - b.span[0]);
  const names = ordered.filter((c) => c.role === 'name');
  // 1. gazetteer identities; 2. full names before shorter ones
  const byLength = [...names].sort((a, b) => keysOf(ctx, b).length - keysOf(ctx, a).length || a.span[0] - b.span[0]);
  const entityOf = new Map<Candidate, Entity>();
  for (const c of byLength) {
    if (c.id && byId.has(c.id)) {
      join(byId.get(c.id)!, c);
      entityOf.set(c, byId.get(c.id)!);
      continue;
    }
    const keys = keysOf(ctx, c);
    const match = findNameMatch(ctx, near(c, keys), c, keys);
    // a bare surname two people share, with nothing to choose between them, is left out rather than guessed
    if (match === null) continue;
    if (match) {
      join(match, c);
      entityOf.set(c, match);
      if (c.id && !match.id) {
        match.id = c.id;
        byId.set(c.id, match);
      }
    } else entityOf.set(c, add(c));
  }
  // groups of a person («قوات الورفلي»): one group per owner entity
  const groupsByOwner = new Map<Entity, Entity>();
  const dead = new Set<Entity>();
  const redirect = new Map<Entity, Entity>();
  for (const e of [...entities]) {
    const owned = e.cands.find((c) => c.owner);
    if (!owned) continue;
    const ownerEntity = entityOf.get(owned.owner!);
    if (!ownerEntity) continue;
    const prior = groupsByOwner.get(ownerEntity);
    if (prior && prior !== e && ownedHead(ctx, prior) === ownedHead(ctx, e)) {
      for (const c of e.cands) join(prior, c);
      dead.add(e);
      redirect.set(e, prior);
    } else groupsByOwner.set(ownerEntity, e);
  }
  // «قالت شركة نتفليكس … وقالت نتفليكس»: a company named by one word that a verb before it made a person: the word alone
  // is the company (a person told only by one bare word, with no title and no given name, owns no company here)
  for (const e of entities) {
    if (dead.has(e) || e.type !== 'organization') continue;
    const owned = e.cands.find((c) => c.owner && c.head && ctx.c.foreignCompanyHeads.has(c.head));
    const person = owned ? entityOf.get(owned.owner!) : undefined;
    if (!person || dead.has(person) || person === e || person.type !== 'person' || person.title) continue;
    if (!person.cands.every((c) => c.to - c.from === 1 && !givenNameAt(ctx, ctx.toks[c.from]) && !c.titled)) continue;
    for (const c of person.cands) join(e, c.role === 'name' ? { ...c, type: 'organization', role: 'short' } : c);
    dead.add(person);
  }
  // bare definite heads and referents: the last organisation with that head, else the next one
  const referentEntities = new Map<string, Entity>();
  const resolve = (e: Entity): Entity => {
    let x = e;
    while (redirect.has(x)) x = redirect.get(x)!;
    return x;
  };
  // which heads a named organisation answers to: its head noun, or (Latin script) its last word
  const headsOf = (c: Candidate): string[] => {
    if (c.type === 'person' || c.rule === 'referent') return [];
    if (c.head) return [c.head];
    const keys = keysOf(ctx, c);
    return ctx.cased && keys.length >= 2 ? [keys[keys.length - 1]] : [];
  };
  const firstByHead = new Map<string, Entity>();
  for (const c of names) for (const h of headsOf(c)) if (!firstByHead.has(h) && entityOf.has(c)) firstByHead.set(h, entityOf.get(c)!);
  const lastByHead = new Map<string, { e: Entity; pos: number }>();
  for (const c of ordered) {
    if (c.role === 'name') {
      const e = entityOf.get(c);
      if (e) for (const h of headsOf(c)) lastByHead.set(h, { e, pos: c.span[0] });
      continue;
    }
    if (c.role !== 'head') continue;
    const referent = c.rule === 'referent' ? ctx.c.referents.find((r) => r.words[r.words.length - 1] === c.head) : undefined;
    const heads = referent ? [...referent.heads] : [c.head!];
    let pick: { e: Entity; pos: number } | undefined;
    for (const h of heads) {
      const last = lastByHead.get(h);
      if (last && (!pick || last.pos > pick.pos)) pick = last;
    }
    let target = pick?.e;
    if (!target) for (const h of heads) target ??= firstByHead.get(h);
    if (target) {
      join(resolve(target), c);
      continue;
    }
    if (!referent && c.rule === 'ar:definite-head' && ctx.c.standaloneHeads.has(c.head!)) {
      // «الشرطة» with no named police: kept aside, an actor if it acts (promoteStandaloneHeads)
      const same = referentEntities.get('head:' + c.head);
      if (same) join(same, c);
      else referentEntities.set('head:' + c.head, add({ ...c }));
      continue;
    }
    if (referent?.standalone) {
      // "the administration" with no named administration: an actor of its own, shared by its synonyms
      const group = [...referent.heads].sort().join('|');
      const same = referentEntities.get(group);
      if (same) join(same, c);
      else referentEntities.set(group, add({ ...c, role: 'name' }));
    }
  }
  // acronyms and post accounts: an organisation whose initials they spell (also across scripts)
  const acronymOwner = new Map<string, Entity | undefined>();
  for (const c of ordered.filter((x) => x.role === 'acronym')) {
    // a post signed with a name the story gives (a person's or a body's account) is that actor
    const named = c.rule === 'post-signature' ? entities.find((e) => !dead.has(e) && e.cands.some((x) => x.role === 'name' && sameKeys(keysOf(ctx, x), keysOf(ctx, c)))) : undefined;
    if (named) {
      join(named, c);
      continue;
    }
    const acronym = formOf(ctx, c);
    if (acronymOwner.has(acronym)) {
      const known = acronymOwner.get(acronym);
      if (known) join(known, c);
      continue;
    }
    const owner = entities.find((e) => e.type !== 'person' && e.cands.some((x) => x.role === 'name' && (spells(acronym, ctx.text.slice(x.span[0], x.span[1]).split(/\s+/u), false, FUNCTION_WORDS) || (!ctx.cased && spells(acronym, englishWords(ctx, x), true, FUNCTION_WORDS)))));
    if (owner) join(owner, c);
    acronymOwner.set(acronym, owner ?? add({ ...c, role: 'name' }));
  }
  // Latin acronyms of multi-word organisations written as names: "European Union" … "EU"
  const multiWordOrgs = entities.filter((o) => o.type !== 'person' && o.cands.some((x) => x.role === 'name' && keysOf(ctx, x).length >= 2));
  for (const e of [...entities]) {
    if (dead.has(e) || e.cands.some((x) => x.role !== 'name')) continue;
    const c = e.cands[0];
    const form = formOf(ctx, c);
    if (!/^[A-Z]{2,6}$/u.test(form) || c.id) continue;
    // (or gives in brackets right after its name, spelled in another language: "… Administrations (CEPT)")
    const owner = multiWordOrgs.find((o) => o !== e && !dead.has(o) && o.cands.some((x) => x.role === 'name' && keysOf(ctx, x).length >= 2 && (spellsLatinName(ctx, form, formOf(ctx, x)) || bracketedAfter(ctx, x, form))));
    if (owner) {
      for (const x of e.cands) join(owner, { ...x, role: 'acronym' });
      dead.add(e);
    }
  }
  // a capital acting for its state: alias of the country when the article names it
  for (const e of entities) {
    if (dead.has(e)) continue;
    const capital = e.cands.find((x) => x.capital && x.country);
    // (a capital named only as a setting — «في الرياض», «بالرياض» in the headline too — stays a place)
    if (!capital || e.cands.every((x) => isSetting(ctx, x) && !x.acts)) continue;
    // a city that seats a regional body stands for that body when the article names it («بروكسل» → the EU)
    const body = capital.seatOf ? byId.get(capital.seatOf) : undefined;
    const country = body ?? byId.get(`region:${capital.country}`);
    if (!country || country === e) continue;
    for (const x of e.cands) join(country, { ...x, role: 'metonym' });
    dead.add(e);
  }
  // another name given in parentheses («(البنك المركزي الأمريكي)») and used elsewhere on its own: one actor
  const byExtraForm = new Map<string, Entity>();
  for (const e of entities) if (!dead.has(e)) for (const f of e.extraForms) byExtraForm.set(normalForm(ctx, f), e);
  if (byExtraForm.size) {
    for (const e of entities) {
      if (dead.has(e)) continue;
      const owner = [...e.forms.values()].map((c) => byExtraForm.get(normalForm(ctx, formOf(ctx, c)))).find((o) => o && o !== e && !dead.has(o));
      if (!owner) continue;
      for (const c of e.cands) join(owner, c.role === 'name' ? { ...c, role: 'short' } : c);
      dead.add(e);
    }
  }
  // «إدارة مطار الملك سالم الدولي» and «مطار الملك فهد الدولي»: the management of a facility or body is one
  // organisation with it (the facility's mentions join the management's actor)
  if (ctx.c.managementHeads.size) {
    const byKey = new Map<string, Entity>();
    for (const e of entities) if (!dead.has(e) && e.type !== 'person') for (const c of e.forms.values()) byKey.set(keysOf(ctx, c).join(' '), e);
    for (const e of entities) {
      if (dead.has(e) || e.type !== 'organization') continue;
      for (const c of [...e.forms.values()]) {
        const keys = keysOf(ctx, c);
        // (not a club's: «إدارة النادي الأهلي» is the board, which signs and decides; «النادي الأهلي» the club and its
        // team on the pitch)
        if (keys.length < 3 || !ctx.c.managementHeads.has(keys[0]) || ctx.c.clubHeads.has(keys[1])) continue;
        // (or its shorter form: «قيادة القوات البرية الملكية» runs «القوات البرية»)
        let inner: Entity | undefined;
        for (let n = keys.length; n >= 3 && !inner; n--) inner = byKey.get(keys.slice(1, n).join(' '));
        if (!inner || inner === e || dead.has(inner) || inner.type === 'person') continue;
        for (const x of inner.cands) join(e, x.role === 'name' ? { ...x, role: 'short' } : x);
        dead.add(inner);
      }
    }
  }
  // «فريق الفيصلي الأول لكرة القدم» and «الفيصلي»: a club's squad named with the club's name is the club
  if (ctx.c.clubHeads.size && !ctx.cased) {
    const byKey = new Map<string, Entity>();
    for (const e of entities) if (!dead.has(e) && e.type === 'organization') for (const c of e.forms.values()) byKey.set(keysOf(ctx, c).join(' '), e);
    for (const e of entities) {
      if (dead.has(e) || e.type !== 'organization') continue;
      const c = e.cands[0];
      const keys = keysOf(ctx, c);
      if (keys.length < 2 || !ctx.c.clubHeads.has(keys[0])) continue;
      let club: Entity | undefined;
      // «فريق الوحدة» and «نادي الوحدة»: the same name under another club head is the same club
      // (the bare name alone only after a longer squad's name: «فريق العمل» is no body «العمل»)
      for (const other of ctx.c.clubHeads) if (!club && other !== keys[0]) club = byKey.get([other, ...keys.slice(1)].join(' '));
      for (let n = keys.length - 1; n >= 1 && !club && keys.length >= 3; n--) club = byKey.get(keys.slice(1, 1 + n).join(' '));
      if (!club || club === e || dead.has(club)) continue;
      for (const x of e.cands) join(club, x.role === 'name' ? { ...x, role: 'short' } : x);
      dead.add(e);
    }
  }
  return entities.filter((e) => !dead.has(e));
}

/** An acronym of a Latin name, with or without its closing head or legal form ("EADS": "… Defence and Space Company"). */
const acronymCache = new WeakMap<Ctx, Set<string>>();
/** The acronyms the article writes (words of two to six capitals). */
function acronymsOf(ctx: Ctx): Set<string> {
  let out = acronymCache.get(ctx);
  if (!out) {
    out = new Set();
    for (const t of ctx.toks) if (isAcronym(t)) out.add(t.text);
    acronymCache.set(ctx, out);
  }
  return out;
}

/** "Name (ACR)": the acronym in brackets right after the name. */
function bracketedAfter(ctx: Ctx, x: Candidate, acronym: string): boolean {
  const { toks } = ctx;
  return toks[x.to]?.text === '(' && toks[x.to + 1]?.text === acronym && toks[x.to + 2]?.text === ')';
}

function spellsLatinName(ctx: Ctx, acronym: string, name: string): boolean {
  const words = name.split(/\s+/u);
  if (spells(acronym, words, false, FUNCTION_WORDS)) return true;
  let n = words.length;
  while (n > 2 && ctx.c.orgHeads.has(ctx.article.pack.fold(words[n - 1]))) n--;
  return n < words.length && spells(acronym, words.slice(0, n), false, FUNCTION_WORDS);
}

function normalForm(ctx: Ctx, s: string): string {
  return tokenize(s, ctx.article.pack.fold).filter((t) => t.kind !== 'punct').map((t) => t.fold).join(' ');
}

/** Where a name may find its match: the full key, the last word (surnames, "US Congress"), the head noun. */
function bucketKeys(c: Candidate, keys: string[]): string[] {
  const out = ['=' + keys.join(' ')];
  if (keys.length) out.push('$' + keys[keys.length - 1], '<' + keys[0]);
  if (c.head) out.push('^' + c.head);
  return out;
}

/** A place named only as where something happens: "in Moscow", «في موسكو», «بموسكو». */
function isSetting(ctx: Ctx, c: Candidate): boolean {
  const first = ctx.toks[c.from];
  if (!ctx.cased && c.span[0] > first.start && /^[ب]/u.test(first.fold)) return true;
  const prev = ctx.toks[c.from - 1];
  return !!prev && ctx.c.settingPrepositions.has(prev.fold);
}

function ownedHead(ctx: Ctx, e: Entity): string {
  return e.cands.find((c) => c.head)?.head ?? '';
}

/** Two spellings of one transliterated word: at least four letters, one letter substituted, added or dropped. */
function nearSpelling(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

/**
 * A shorter organisation form drops words of the full one but adds no other nationality or scope: «الاتحاد اليمني
 * للصحفيين» is not «الاتحاد الدولي للصحفيين». When the full name has one, the shorter form's must be among them (a
 * nationality the full name leaves unsaid is optional: «لجنة (5+5) الليبية» for «اللجنة العسكرية المشتركة (5+5)»).
 */
function sameNationality(short: Candidate, long: Candidate): boolean {
  if (!long.nats?.length) return true;
  return (short.nats ?? []).every((n) => long.nats!.includes(n));
}

/** «الوكالة اليمنية»: a head with its nationality only, as the short form of a longer name with that nationality. */
function shortNational(short: Candidate, long: Candidate): boolean {
  return !!short.nats?.length && !!long.nats?.length && short.rule === 'ar:head+genitive' && long.rule === 'ar:head+genitive';
}

/** The entity a name candidate belongs to: same full name, surname, or a shorter organisation form. */
function findNameMatch(ctx: Ctx, entities: Entity[], c: Candidate, keys: string[]): Entity | null | undefined {
  if (!keys.length) return undefined;
  const joined = keys.join(' ');
  let best: Entity | undefined;
  let bestPos = -Infinity;
  const surnameOf: Entity[] = [];
  const givenOf: Entity[] = [];
  const hg = c.type === 'person' && ctx.c.genderWords.size ? honorificGender(ctx, c) : undefined;
  const genders = new Map<Entity, 'm' | 'f' | undefined>();
  const clashes = (e: Entity): boolean => {
    if (!genders.has(e)) genders.set(e, entityGender(ctx, e));
    const g = genders.get(e);
    return !!g && g !== hg;
  };
  for (const e of entities) {
    for (const x of e.forms.values()) {
      const xk = keysOf(ctx, x);
      let ok = false;
      if (xk.join(' ') === joined) ok = (x.type === c.type) || c.type !== 'person' && x.type !== 'person' || !c.head && !x.head;
      else if (!ctx.cased && c.rule === 'ar:team') {
        // a bare team («الوحدة») is the club named with its head noun («نادي الوحدة»)
        ok = e.type !== 'person' && !!x.head && x.mods?.length === 1 && x.mods[0] === keys[0];
      } else if (ctx.cased && e.type === 'organization' && firmOpening(ctx, c, keys, xk)) {
        // "Harbin Delta" … "Harbin Delta Financial Group": a firm named by its first words, typed a person by default
        ok = true;
      } else if (c.type === 'person' || (e.type === 'person' && keys.length === 1 && !c.head && !c.id)) {
        // a person's surname, or first + last of a longer name
        ok = e.type === 'person' && keys.length < xk.length && (keys.length === 1 ? keys[0] === xk[xk.length - 1] : (keys[keys.length - 1] === xk[xk.length - 1] && keys[0] === xk[0]) || keys.every((k, n) => xk[n] === k));
        // Arabic: a title before the first name alone («الدكتور نايف») refers to the person named in full
        if (!ok && !ctx.cased && e.type === 'person' && keys.length === 1 && xk.length >= 2 && !!c.title && keys[0] === xk[0]) ok = true;
        // Arabic: a family name of two words («عبد الرحيم», «آل سعود») after a first name
        if (!ok && !ctx.cased && e.type === 'person' && keys.length >= 2 && keys.length < xk.length && ctx.c.kinship.has(keys[0])) ok = keys.every((k, n) => xk[xk.length - keys.length + n] === k);
        // Arabic: the last two words of a three-word name whose family name has no article («كمال أوزتورك» for «علي
        // كمال أوزتورك»); with the article, «ناصر العتيبي» may be the father of «سالم ناصر العتيبي»
        if (!ok && !ctx.cased && e.type === 'person' && keys.length === 2 && xk.length === 3 && !keys[1].startsWith('ال') && !xk.some((w) => ctx.c.connectors.has(w) || ctx.c.kinship.has(w))) ok = keys[0] === xk[1] && keys[1] === xk[2];
        // one name transliterated two ways: «فرانسوا كارار» / «فرونسوا كارار»
        if (!ok && e.type === 'person' && keys.length === xk.length && keys.length >= 2 && keys[keys.length - 1] === xk[xk.length - 1]) ok = keys.every((k, n) => k === xk[n] || nearSpelling(k, xk[n]));
        // "Steve McGregor … Roy and Steve": a first name alone, with no title, for the one person it opens (below a surname)
        // (a first name alone stands in a quote or for someone the text titles or calls he/she; "Celtic" is not "Celtic Park")
        if (!ok && ctx.cased && e.type === 'person' && keys.length === 1 && xk.length >= 2 && keys[0] === xk[0] && (!c.title || c.rule.endsWith('+appositive') || ctx.c.givenNameTitles.has(ctx.article.pack.fold(c.title))) && !c.id && !c.head && surnameEnds(ctx, x) && (quoteZones(ctx)[c.from] === 1 || !!e.title || !!entityGender(ctx, e) || !!entityGender(ctx, { cands: [c] } as unknown as Entity))) {
          if (!givenOf.includes(e)) givenOf.push(e);
          continue;
        }
      } else if (c.head && x.head === c.head && c.mods && x.mods && (c.mods.length || shortNational(c, x)) && c.mods.length < x.mods.length) {
        // («الوكالة اليمنية» for «وكالة الأنباء اليمنية»: the head and its nationality alone are a short form too)
        ok = c.mods.every((m) => x.mods!.includes(m)) && c.owner === x.owner && sameNationality(c, x);
      } else if (c.head && x.head === c.head && c.mods && x.mods && c.mods.length && c.mods.length > x.mods.length) {
        ok = x.mods.length > 0 && x.mods.every((m) => c.mods!.includes(m)) && c.owner === x.owner && sameNationality(x, c);
      } else if (!ctx.cased && c.head && x.head === c.head && c.mods?.length && x.mods && c.mods.length === x.mods.length && c.mods.every((m, n) => x.mods![n] === m) && c.owner === x.owner && !c.nats?.length !== !x.nats?.length) {
        // «مجلس الشورى» and «مجلس الشورى السعودي», «قوات الأمن» and «قوات الأمن التونسية»: the same body with and
        // without its nationality, unless the article names it with two nationalities
        ok = nationalitiesOf(entities, c) <= 1;
      } else if (ctx.cased && c.id?.startsWith('org:') && e.type !== 'person' && keys.length < xk.length && keys.every((k, n) => xk[n] === k) && xk.slice(keys.length).every((w) => ctx.c.unitNouns.has(w))) {
        // "BBC Radio", "Reuters News": a known organisation with a unit noun after it is that organisation
        // (not "United Nations Charter", a treaty)
        ok = true;
      } else if (ctx.cased && !c.id && e.type !== 'person' && keys.length < xk.length && shortFirmName(ctx, keys, xk)) {
        // "Ford" for "Ford Motor Company", "Goldman" for "Goldman Sachs Group Inc"
        ok = true;
      } else if (ctx.cased && e.type !== 'person' && keys.length < xk.length && keys.length >= 1) {
        // "Congress" for "US Congress": the same head word with fewer modifiers
        // (a shorter form of two words or more drops only leading words: "Rugby Football Union" for "Welsh Rugby Football
        // Union", but "Welsh Rugby Union" is not "Welsh Students Rugby Football Union")
        ok = keys[keys.length - 1] === xk[xk.length - 1] && keys.every((k) => xk.includes(k)) && !(ctx.c.gazetteer.has(keys[0]) && keys.length === 1) && (keys.length === 1 || xk.slice(xk.length - keys.length).join(' ') === joined);
      }
      // «حزب العدالة بتركيا» and «حزب العدالة والتنمية»: without the place it sits in, one form's modifiers are
      // among the other's (two different seats stay apart)
      if (!ok && !ctx.cased && c.head && x.head === c.head && c.mods && x.mods && (c.seatMods?.length || x.seatMods?.length) && c.owner === x.owner) {
        const a = c.mods.filter((m) => !(c.seatMods ?? []).includes(m));
        const b = x.mods.filter((m) => !(x.seatMods ?? []).includes(m));
        const [short, long] = a.length <= b.length ? [a, b] : [b, a];
        const seats = !c.seatMods?.length || !x.seatMods?.length || c.seatMods.join(' ') === x.seatMods.join(' ');
        ok = short.length > 0 && short.every((m) => long.includes(m)) && seats && sameNationality(c, x) && sameNationality(x, c);
      }
      // «جامعة الأمير سطام» and «جامعة الأمير سطام بن عبدالعزيز», «شركة جوجل» and «شركة جوجل الأمريكية»: a body's
      // name and the same name with a patronym or a nationality after it
      if (!ok && !ctx.cased && c.type !== 'person' && e.type !== 'person' && keys.length >= 2 && keys.length !== xk.length) {
        const [short, long] = keys.length < xk.length ? [keys, xk] : [xk, keys];
        const rest = long.slice(short.length);
        const nisba = (w: string) => ctx.c.nisbas.has(w) || ctx.c.nisbas.has('ال' + w);
        ok = short.every((k, n) => long[n] === k) && (ctx.c.connectors.has(rest[0]) || (rest.every(nisba) && !twoNationalities(ctx, entities, short)));
      }
      // «Mrs. Reyes» is not the man whose bare surname «Reyes» came before
      if (ok && e.type === 'person' && hg && clashes(e)) ok = false;
      // a bare surname may fit several people (Obama: Barack, Michelle): chosen below; other forms take the latest
      if (ok && e.type === 'person' && keys.length < xk.length) {
        if (!surnameOf.includes(e)) surnameOf.push(e);
        continue;
      }
      if (ok && x.span[0] > bestPos) {
        best = e;
        bestPos = x.span[0];
      }
    }
  }
  if (best || surnameOf.length || givenOf.length !== 1) return best ?? surnameOwner(ctx, genderAgreeing(ctx, c, surnameOf));
  return givenOf[0];
}

/** A personal name's last word: no head noun, role, place, acronym or number ("Steve McGregor", not "Celtic Park", "Windows XP"). */
function surnameEnds(ctx: Ctx, x: Candidate): boolean {
  const t = ctx.toks[x.to - 1];
  const { c } = ctx;
  return isWord(t) && !isAcronym(t) && !/\d/u.test(t.text) && !c.orgHeads.has(t.bare) && !c.thingHeads.has(t.bare) && !c.venueHeads.has(t.bare) && !c.placeSuffixes.has(t.bare) && !c.titleWords.has(t.bare) && !c.gazetteer.has(t.bare) && !c.stop.has(t.bare);
}

const quoteZoneCache = new WeakMap<Ctx, Uint8Array>();
/** Fewer words than this between quotation marks quote a term or a name ("the \"Apple\" brand"), not speech. */
const MIN_QUOTE_TOKENS = 4;

/** Tokens inside quoted speech (a paragraph break closes an open quote: multi-paragraph quotes reopen). */
function quoteZones(ctx: Ctx): Uint8Array {
  let z = quoteZoneCache.get(ctx);
  if (z) return z;
  const { toks } = ctx;
  const zone = new Uint8Array(toks.length);
  let open = -1;
  const close = (i: number) => {
    if (open >= 0 && i - open - 1 >= MIN_QUOTE_TOKENS) zone.fill(1, open + 1, i);
    open = -1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].text;
    if (i > 0 && open >= 0 && hasLineBreak(ctx.text, toks[i - 1].end, toks[i].start)) close(i);
    // (a straight mark glued to the next word opens a quote even where one is open: "… rugby. "Denis has been …")
    const opens = t === '\u201C' || (t === '"' && (open < 0 || (isWord(toks[i + 1]) && toks[i + 1].start === toks[i].end)));
    if (opens) {
      close(i);
      open = i;
    } else if (t === '\u201D' || t === '"') close(i);
  }
  close(toks.length);
  quoteZoneCache.set(ctx, zone);
  return zone;
}

/** How many nationalities the article gives bodies with this candidate's head and modifiers. */
/** Two forms among the entities that are the short name with two different nationalities after it («وزارة الخارجية السعودية / الأمريكية»). */
function twoNationalities(ctx: Ctx, entities: Entity[], short: string[]): boolean {
  const seen = new Set<string>();
  for (const e of entities) {
    for (const x of e.forms.values()) {
      const xk = keysOf(ctx, x);
      if (xk.length === short.length + 1 && short.every((k, n) => xk[n] === k)) seen.add(xk[short.length]);
    }
  }
  return seen.size > 1;
}

function nationalitiesOf(entities: Entity[], c: Candidate): number {
  const seen = new Set<string>();
  for (const e of entities) {
    for (const x of e.forms.values()) {
      if (x.head !== c.head || !x.mods || x.mods.length !== c.mods!.length || !x.mods.every((m, n) => c.mods![n] === m)) continue;
      for (const n of x.nats ?? []) seen.add(n);
    }
  }
  for (const n of c.nats ?? []) seen.add(n);
  return seen.size;
}

/** The gender an honorific right before a name gives it («Mrs. Lopez» → f), when the language lists one. */
function honorificGender(ctx: Ctx, c: Candidate): 'm' | 'f' | undefined {
  let k = c.from - 1;
  if (k >= 0 && ctx.toks[k].text === '.') k--;
  return k >= 0 ? ctx.c.genderWords.get(ctx.toks[k].fold) : undefined;
}

/**
 * A person's gender from their honorifics and the first gendered pronoun after each mention in a few words
 * («Anna Reyes said she …»): a clear majority only.
 */
function entityGender(ctx: Ctx, e: Entity): 'm' | 'f' | undefined {
  let m = 0;
  let f = 0;
  for (const c of e.cands.slice(0, 12)) {
    let g = honorificGender(ctx, c);
    const stop = Math.min(ctx.toks.length, c.to + PRONOUN_WINDOW);
    for (let k = c.to; !g && k < stop; k++) {
      if (/^[.!?]$/u.test(ctx.toks[k].text)) break;
      if (ctx.c.personalPronouns.has(ctx.toks[k].fold)) g = ctx.c.genderWords.get(ctx.toks[k].fold) ?? 'x' as never;
    }
    if (g === 'm') m++;
    else if (g === 'f') f++;
  }
  return m > 2 * f ? 'm' : f > 2 * m ? 'f' : undefined;
}

/** «Mrs. Reyes» when Tom and Anna Reyes share the surname: only the people whose gender does not clash with the honorific. */
function genderAgreeing(ctx: Ctx, c: Candidate, people: Entity[]): Entity[] {
  if (people.length <= 1 || ctx.c.genderWords.size === 0) return people;
  const g = honorificGender(ctx, c);
  if (!g) return people;
  const fit = people.filter((e) => {
    const eg = entityGender(ctx, e);
    return !eg || eg === g;
  });
  return fit.length ? fit : people;
}

/** How far after a name a personal pronoun marks it as a person's ("Harbin Delta said he …"). */
const PRONOUN_WINDOW = 6;

/**
 * Latin script: a two-or-more-word name typed a person only by default (no title, no description) that opens a
 * longer organisation's name ending in a head noun is that organisation cut short — wherever either comes first —
 * unless a personal pronoun right after it shows a person ("Harbin Delta … he").
 */
function firmOpening(ctx: Ctx, c: Candidate, keys: string[], long: string[]): boolean {
  if (c.type !== 'person' || c.rule !== 'en:capitalised' || c.title || keys.length < 2 || keys.length >= long.length) return false;
  if (!keys.every((k, n) => long[n] === k) || !ctx.c.orgHeads.has(long[long.length - 1])) return false;
  // (bodies named after a person stay apart from that person: "Maria Lopez Foundation", "Alan Reed Institute")
  if (long.slice(keys.length).some((w) => ctx.c.eponymousHeads.has(w))) return false;
  const stop = Math.min(ctx.toks.length, c.to + PRONOUN_WINDOW);
  for (let k = c.to; k < stop; k++) if (ctx.c.personalPronouns.has(ctx.toks[k].fold)) return false;
  return true;
}

/**
 * Latin script: a firm's name cut short at its start — the longer name's first words, then only head nouns and
 * legal forms ("Chrysler" / "Chrysler Group LLC", "Bank of America" / "Bank of America Corp"), or its first word
 * alone when that word is no known place, head noun or common word ("Goldman" / "Goldman Sachs Group Inc").
 */
function shortFirmName(ctx: Ctx, keys: string[], long: string[]): boolean {
  // (a known place stays itself: "US" is not the "US government")
  if (!keys.every((k, n) => long[n] === k) || ctx.c.gazetteer.has(keys[0])) return false;
  const rest = long.slice(keys.length);
  // (a person's body is not the person: "Trump" is not the "Trump campaign")
  if (rest.some((w) => ctx.c.ownedBodies.has(w) || ctx.c.eponymousHeads.has(w))) return false;
  if (rest.every((w) => ctx.c.orgHeads.has(w))) return true;
  const first = keys[0];
  return keys.length === 1 && long.some((w) => ctx.c.orgHeads.has(w)) && !ctx.c.gazetteer.has(first) && !ctx.c.orgHeads.has(first) && !ctx.c.nisbas.has(first) && !ctx.c.stop.has(first) && !ctx.c.connectors.has(long[1]);
}

/**
 * The person a bare surname stands for when several share it — the most salient one: introduced with a title
 * before the name (in politics the bare surname is the office-holder, not the spouse), else with any title, else
 * named clearly more often, else alone in the headline or lead, else introduced paragraphs before the others.
 * With nothing to choose by it is ambiguous (null): better no alias than a wrong one.
 */
function surnameOwner(ctx: Ctx, people: Entity[]): Entity | null | undefined {
  if (people.length <= 1) return people[0];
  const unique = (pool: Entity[]) => (pool.length === 1 ? pool[0] : undefined);
  const titledBefore = people.filter((e) => e.cands.some((c) => c.rule.endsWith(':title+name')));
  const pick = unique(titledBefore) ?? unique(people.filter((e) => e.title));
  if (pick) return pick;
  const most = Math.max(...people.map((e) => e.cands.length));
  // …else the one the story opens with: named in the headline or the lead paragraph when the other is not
  const lead = ctx.article.paragraphs.find((p) => p.start >= ctx.article.bodyStart && p.end > p.start);
  const headline = ctx.article.headline?.span;
  const opens = (e: Entity) => e.cands.some((c) => (lead && c.span[0] >= lead.start && c.span[1] <= lead.end) || (headline && c.span[0] >= headline[0] && c.span[1] <= headline[1]));
  const busiest = unique(people.filter((e) => e.cands.length === most)) ?? unique(people.filter(opens));
  if (busiest) return busiest;
  // …else the one introduced first, when every other one is introduced in a later paragraph (the story's own
  // person, with a relative named further down); two introduced together («Anna Reyes met Tom Reyes») stay ambiguous
  const first = (e: Entity) => Math.min(...e.cands.map((c) => c.span[0]));
  const paragraphOf = (pos: number) => ctx.article.paragraphs.findIndex((p) => pos >= p.start && pos < p.end);
  const ordered = [...people].sort((a, b) => first(a) - first(b));
  const p0 = paragraphOf(first(ordered[0]));
  return ordered.slice(1).every((e) => paragraphOf(first(e)) > p0) ? ordered[0] : null;
}

// ---------------------------------------------------------------------------------------------------
// Second look: known names found bare elsewhere

function rediscover(ctx: Ctx, entities: Entity[]): void {
  const { toks } = ctx;
  // forms to look for: each name candidate's full word sequence, and a person's surname
  const forms = new Map<string, { words: string[]; entity: Entity; role: MentionRole }[]>();
  const addForm = (words: string[], entity: Entity, role: MentionRole) => {
    if (!words.length) return;
    const list = forms.get(words[0]) ?? [];
    if (list.some((f) => f.words.join(' ') === words.join(' '))) return;
    list.push({ words, entity, role });
    forms.set(words[0], list);
  };
  for (const e of entities) {
    for (const c of e.forms.values()) {
      const words = writtenWords(ctx, c);
      if (!words.length) continue;
      addForm(words, e, 'name');
      if (e.type === 'person' && words.length >= 2) {
        // the family name: the last word, or the last two after a kinship word («عبد الرحيم», «آل سعود»)
        // (and the two words of a theophoric family name, «العبد الله»: «الله» alone is nobody's name)
        const kin = !ctx.cased && words.length >= 3 && (ctx.c.kinship.has(words[words.length - 2]) || (words[words.length - 1] === ctx.rules.divineName && words[words.length - 2].startsWith('ال')));
        if (kin) {
          addForm(words.slice(-2), e, 'short');
          const joined = ctx.rules.compoundGivenPrefix === words[words.length - 2] && words[words.length - 1].startsWith('ال') ? words[words.length - 2] + words[words.length - 1] : null;
          if (joined) addForm([joined], e, 'short');
        } else if (words[words.length - 1] === ctx.rules.divineName) {
          // «رسول الله», «حسن نصر الله»: the compound is the short form, never «الله» alone
          if (words.length >= 3) addForm(words.slice(-2), e, 'short');
        } else addForm([words[words.length - 1]], e, 'short');
      }
    }
  }
  // a surname shared by two people is ambiguous: drop it
  for (const [first, list] of forms) {
    const singles = list.filter((f) => f.words.length === 1);
    if (new Set(singles.map((f) => f.entity)).size > 1) forms.set(first, list.filter((f) => f.words.length > 1));
  }
  for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (let i = 0; i < toks.length; i++) {
    if (ctx.claimed[i] || !isWord(toks[i])) continue;
    const t = toks[i];
    if (ctx.cased && !t.capital) continue;
    let done = false;
    for (const stem of ctx.cased ? [t.bare] : t.stems) {
      for (const f of forms.get(stem) ?? []) {
        let k = i + 1;
        let ok = true;
        for (let w = 1; w < f.words.length; w++, k++) {
          const tk = toks[k];
          if (!tk || ctx.claimed[k] || (tk.fold !== f.words[w] && !has(tk, f.words[w]) && tk.bare !== f.words[w])) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        // «على» (on), «إلى» (to), «حتى», «لدى» fold onto the names «علي»…: only the spelling with «ي» is the name
        if (!ctx.cased && f.words.length === 1 && MAQSURA_PARTICLES.has(stem) && !t.text.endsWith('\u064A')) continue;
        // «المالي» is not «مالي»: a name written without the article is not found with it
        if (!ctx.cased && !stem.startsWith('ال') && t.stems.includes('ال' + stem)) continue;
        // «المملكة الأردنية»: a one-word place followed by a nationality names another country
        if (!ctx.cased && f.entity.type === 'location' && f.words.length === 1 && isWord(toks[k]) && isDefinite(toks[k]) && toks[k].stems.some((s) => ctx.c.nisbas.has(s))) continue;
        // «سوق الأسهم السعودية»: a one-word place that is also a nationality, after a definite noun, is its
        // adjective (as the gazetteer finder reads it)
        if (!ctx.cased && f.entity.type === 'location' && f.words.length === 1 && t.stems.some((s) => ctx.c.nisbas.has(s)) && isWord(toks[i - 1]) && isDefinite(toks[i - 1]) && !isStop(ctx, toks[i - 1])) continue;
        // Arabic: a bare one-word form followed by a name word would be somebody else's first name
        const c: Candidate = {
          type: f.entity.type,
          from: i,
          to: k,
          span: [t.start + (ctx.cased ? 0 : cliticOffset(t, stem)), possessiveEnd(ctx, toks[k - 1])],
          rule: 'known-name',
          role: f.role,
          acts: actsAt(ctx, i, k),
        };
        f.entity.cands.push(c);
        claim(ctx, i, k);
        i = k - 1;
        done = true;
        break;
      }
      if (done) break;
    }
  }
}

/** The folded words of a candidate as written (clitics kept; a Latin possessive «'s» dropped). */
function writtenWords(ctx: Ctx, c: Candidate): string[] {
  const text = ctx.text.slice(c.span[0], c.span[1]);
  return tokenize(text, ctx.article.pack.fold).filter((t) => t.kind !== 'punct' || /[()+]/u.test(t.text)).map((t) => t.fold.replace(/['\u2019]s?$/u, ''));
}

// ---------------------------------------------------------------------------------------------------
// Output

function toActor(ctx: Ctx, e: Entity): Actor | null {
  const mentions: Mention[] = e.cands
    .filter((c) => c.span[1] > c.span[0])
    .sort((a, b) => a.span[0] - b.span[0])
    .map((c) => ({ span: c.span, text: ctx.text.slice(c.span[0], c.span[1]), rule: c.rule }));
  // aliases read through «لل» get their article back (see articleRestored); mention texts stay as written
  const readable = new Map(e.cands.filter((c) => c.span[1] > c.span[0]).map((c) => [ctx.text.slice(c.span[0], c.span[1]), formOf(ctx, c)]));
  const allNames = e.cands.filter((c) => c.role === 'name');
  if (!allNames.length) return null;
  const plain = allNames.filter((c) => !c.titled);
  const nameCands = plain.length ? plain : allNames;
  // the fullest written form: most words, then the first seen
  const best = nameCands.reduce((a, b) => {
    const la = keysOf(ctx, a).length;
    const lb = keysOf(ctx, b).length;
    if (lb !== la) return lb > la ? b : a;
    const ca = a.span[0] === ctx.toks[a.from].start ? 0 : 1;
    const cb = b.span[0] === ctx.toks[b.from].start ? 0 : 1;
    if (ca !== cb) return ca < cb ? a : b;
    return a.span[0] <= b.span[0] ? a : b;
  });
  const name = formOf(ctx, best).trim();
  if (!name) return null;
  // Latin script: one unexplained capitalised word seen once, doing nothing, is more often a thing than an actor
  // …but an acronym that owns something ("XR's plant") is a firm or a body
  // (not a role: "each MP's vote")
  const owner = best.span[1] < ctx.toks[best.from].end && /^\p{Lu}{2,6}$/u.test(ctx.text.slice(best.span[0], best.span[1])) && !ctx.c.titleWords.has(ctx.toks[best.from].bare) && !ctx.c.stop.has(ctx.toks[best.from].bare);
  if (ctx.cased && e.cands.length === 1 && best.rule === 'en:capitalised' && keysOf(ctx, best).length === 1 && !best.acts && !best.placed && !best.listed && !best.ownsRole && !e.title && e.type !== 'group' && !owner) return null;
  // a common-noun reference standing alone ("the administration") must recur to be an actor
  if (e.cands.every((c) => c.rule === 'referent') && e.cands.length < 2) return null;
  if (ctx.c.falsePositives.has(writtenWords(ctx, best).join(' '))) return null;
  const aliases: string[] = [];
  const seen = new Set([name]);
  const push = (s: string) => {
    const v = s.trim();
    if (v && !seen.has(v)) {
      seen.add(v);
      aliases.push(v);
    }
  };
  // a bare head noun («اللجنة») is listed as an alias only by the actor it most often stands for (see extractActors)
  const headTexts = new Set(e.cands.filter((c) => c.rule === 'ar:definite-head' || (c.role === 'head' && !ctx.cased && c.to - c.from === 1)).map((c) => formOf(ctx, c)));
  for (const m of mentions) if (!headTexts.has(m.text) || m.text === name) push(readable.get(m.text) ?? m.text);
  for (const f of e.extraForms) push(f);
  // "Lord Falconer", "Sir John Stevens": a title of nobility written with the whole name is part of the canonical name.
  const titledName = e.type === 'person' && ctx.c.nameTitles.size > 0 ? aliases.find((a) => a.startsWith(' ', a.length - name.length - 1) && a.endsWith(name) && a.length > name.length + 1 && ctx.c.nameTitles.has(ctx.article.pack.fold(a.slice(0, a.length - name.length - 1)))) : undefined;
  if (titledName) return { name: titledName, type: e.type, aliases: [name, ...aliases.filter((a) => a !== titledName)], title: e.title, mentions, salience: 0, rule: best.rule };
  return { name, type: e.type, aliases, title: e.title, mentions, salience: 0, rule: best.rule };
}

/** Lines at the top of the body that may be bylines (a reporter's name, a role, a place) before the story starts. */
const BYLINE_LINES = 3;
/** A byline line is short: a marker, a name of up to four words, a role or place. */
const BYLINE_WORDS = 8;

/**
 * Bylines: among the first lines of the body, a short line opened by a byline marker («By Sarah Jones», «كتب: فهد
 * العتيبي») or made of a name alone names the reporter, who is not an actor of the story. Their mentions are
 * dropped, and an actor named only there with them.
 */
function withoutBylines(ctx: Ctx, actors: Actor[]): Actor[] {
  const spans = [...bylineSpans(ctx), ...footerSpans(ctx)];
  if (!spans.length) return actors;
  const outside = (m: Mention) => spans.every(([a, b]) => m.span[1] <= a || m.span[0] >= b);
  return actors.flatMap((a) => {
    if (a.mentions.every(outside)) return [a];
    const mentions = a.mentions.filter(outside);
    return mentions.length ? [{ ...a, mentions }] : [];
  });
}

/**
 * A web article's closing link line («رابط الخبر بصحيفة …: <headline>»): from its marker to the end of the
 * paragraph it names the publisher and repeats the headline — the page's furniture, not the story.
 */
/**
 * A site's closing tag line («… في وقت لاحق. سمات المدارس تعليم نجران»): a marker word (not after a particle: «من
 * سمات القائد …») followed by words alone to the end of the text lists keywords side by side; its tokens are claimed
 * first, so no name runs across two of them («خالد طاهر خالد متعب»).
 */
function claimTagLine(ctx: Ctx): void {
  const markers = ctx.rules.tagLineMarkers;
  if (!markers?.length) return;
  const { toks } = ctx;
  const folded = new Set(markers.map((m) => ctx.article.pack.fold(m)));
  // from the end: only words back to the marker, on one line
  for (let i = toks.length - 1; i > ctx.bodyTok && toks.length - i <= MAX_TAG_WORDS; i--) {
    const t = toks[i];
    if (!isWord(t) || (i + 1 < toks.length && hasLineBreak(ctx.text, t.end, toks[i + 1].start))) return;
    if (!folded.has(t.fold) || i + 2 >= toks.length) continue;
    const prev = toks[i - 1];
    if (isWord(prev) && !hasLineBreak(ctx.text, prev.end, t.start) && isStop(ctx, prev)) return;
    claim(ctx, i, toks.length);
    return;
  }
}
/** Longest tag line read (words after the marker and the marker). */
const MAX_TAG_WORDS = 24;

function footerSpans(ctx: Ctx): Span[] {
  const markers = (ctx.rules.footerMarkers ?? []).map((m) => tokenize(m, ctx.article.pack.fold).filter((t) => t.kind === 'word').map((t) => t.fold));
  if (!markers.length) return [];
  const { toks } = ctx;
  for (let i = ctx.bodyTok; i < toks.length; i++) {
    const at = markers.find((m) => m.length && m.every((w, n) => isWord(toks[i + n]) && toks[i + n].fold === w));
    if (!at) continue;
    const para = ctx.article.paragraphs.find((p) => p.start <= toks[i].start && toks[i].start < p.end);
    return [[toks[i].start, para ? para.end : ctx.text.length]];
  }
  return [];
}

function bylineSpans(ctx: Ctx): Span[] {
  const markers = new Set((ctx.rules.bylineMarkers ?? []).map((m) => ctx.article.pack.fold(m)));
  const { text } = ctx;
  const out: Span[] = [];
  let pos = ctx.article.bodyStart;
  for (let n = 0; n < BYLINE_LINES && pos < text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    if (line.trim()) {
      n++;
      const words = tokenize(line, ctx.article.pack.fold).filter((t) => t.kind === 'word');
      if (!words.length || words.length > BYLINE_WORDS) break;
      const marked = markers.has(words[0].fold) || (words.length > 1 && markers.has(words[0].fold + ' ' + words[1].fold));
      // a name alone: two to four words, no sentence punctuation, (cased script) all capitalised
      const nameAlone = words.length >= 2 && words.length <= 4 && !/[.!?؟،,:;«»"]/u.test(line) && (!ctx.cased || words.every((w) => /^\p{Lu}/u.test(w.text)));
      if (!marked && !nameAlone) break;
      out.push([pos, end]);
    }
    pos = end + 1;
  }
  return out;
}

/** Person referred to by a title alone («الوزير», "the president"): alias of the one person with that title head. */
function attachTitleReferences(ctx: Ctx, actors: Actor[]): void {
  const people = actors.filter((a) => a.type === 'person' && a.title);
  if (!people.length) return;
  const titleStems = people.map((p) => new Set(tokenize(p.title!, ctx.article.pack.fold).filter((t) => t.kind === 'word').flatMap((w) => ctx.article.pack.stems(w.fold))));
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (ctx.claimed[i] || !isWord(toks[i])) continue;
    const definite = ctx.cased ? toks[i - 1]?.fold === 'the' : toks[i].stems.some((s) => s.startsWith('ال'));
    if (!definite) continue;
    const end = titleAt(ctx, i);
    if (end !== i + 1) continue;
    if (isWord(toks[end]) && (ctx.cased ? toks[end].capital : !isStop(ctx, toks[end]) && !isVerb(ctx, toks[end]) && !isDefinite(toks[end]))) continue;
    const key = toks[i].core;
    const holders = people.filter((p, n) => titleStems[n].has(key));
    if (holders.length !== 1) continue;
    const sp: Span = [ctx.cased ? toks[i - 1].start : toks[i].start + cliticOffset(toks[i], toks[i].stems.find((s) => s.startsWith('ال')) ?? toks[i].fold), toks[i].end];
    const text = ctx.text.slice(sp[0], sp[1]);
    holders[0].mentions.push({ span: sp, text, rule: 'title-reference' });
    if (!holders[0].aliases.includes(text) && text !== holders[0].name) holders[0].aliases.push(text);
  }
  for (const p of people) p.mentions.sort((a, b) => a.span[0] - b.span[0]);
}

export function extractActors(article: Article): Actor[] {
  const rules = article.pack.actors as ActorRules;
  if (!rules || !Array.isArray((rules as Partial<ActorRules>).titles)) return [];
  const ctx = makeContext(article);
  claimTagLine(ctx);
  const cands: Candidate[] = [];
  findSignatures(ctx, cands);
  if (ctx.cased) {
    const lowerSeen = new Set<string>();
    const midCapSeen = new Set<string>();
    const capSeen = new Set<string>();
    const repeatedCap = new Set<string>();
    for (let i = ctx.bodyTok; i < ctx.toks.length; i++) {
      const t = ctx.toks[i];
      if (!isWord(t)) continue;
      const f = t.bare;
      if (!t.capital) lowerSeen.add(f);
      else {
        if (!ctx.sentenceStart[i]) midCapSeen.add(f);
        if (capSeen.has(f)) repeatedCap.add(f);
        capSeen.add(f);
      }
    }
    findNationalBodies(ctx, cands);
    findReferents(ctx, cands);
    findGazetteer(ctx, cands);
    findCapitalised(ctx, cands, lowerSeen, midCapSeen, repeatedCap);
  } else {
    // the headline is read for known names only after the body has taught them
    const headline = article.headline?.span;
    const hold: number[] = [];
    if (headline) {
      for (let i = 0; i < ctx.toks.length && ctx.toks[i].start < headline[1]; i++) {
        if (ctx.toks[i].start >= headline[0] && !ctx.claimed[i]) {
          ctx.claimed[i] = 1;
          hold.push(i);
        }
      }
    }
    claimCompetitionNames(ctx);
    findPlaceChainsArabic(ctx, cands);
    findTitledArabic(ctx, cands);
    findForeignOutlets(ctx, cands);
    findForeignCompanies(ctx, cands);
    findForeignClubs(ctx, cands);
    findClubsByCountry(ctx, cands);
    findOrgChainsArabic(ctx, cands, cands.filter((c) => c.type === 'person'));
    findSpeakerNames(ctx, cands);
    findTopicNames(ctx, cands);
    findNamesBeforeSpeech(ctx, cands);
    findAppositiveNamesArabic(ctx, cands);
    // before kinship names: «خالد بن سعد المطيري» is one name, not «بن سعد المطيري»
    findGivenNames(ctx, cands);
    findKinshipNames(ctx, cands);
    findNisbaNames(ctx, cands);
    findTeamsArabic(ctx, cands);
    findNationalityPlurals(ctx, cands);
    findRepeatedBareNames(ctx, cands);
    findListedNames(ctx, cands);
    for (const i of hold) ctx.claimed[i] = 0;
    findHeadlineSubjects(ctx, cands);
    findHeadlineProtagonist(ctx, cands);
    findHeadlinePersonNouns(ctx, cands);
    findHeadlinePeopleOf(ctx, cands);
    findHeadlinePlurals(ctx, cands);
    findQuantifiedPeople(ctx, cands);
    findAddressedPeople(ctx, cands);
    findToldPeopleOf(ctx, cands);
    // headline: organisation chains and gazetteer only
    findOrgChainsArabic(ctx, cands, cands.filter((c) => c.type === 'person'));
    findGazetteer(ctx, cands);
  }
  if (!ctx.cased) theophoricFamilyNames(ctx, cands);
  const entities = mergeCandidates(ctx, cands);
  rediscover(ctx, entities);
  promoteStandaloneHeads(ctx, entities);
  const built = entities.map((e) => ({ e, actor: toActor(ctx, e) })).filter((x): x is { e: Entity; actor: Actor } => x.actor !== null);
  // …and only when one actor alone answers to it: with two committees, «اللجنة» names neither for sure
  const holders = new Map<string, { actors: Set<Actor>; texts: Set<string> }>();
  for (const { e, actor } of built) {
    for (const c of e.cands) {
      if (c.rule !== 'ar:definite-head') continue;
      const h = holders.get(c.head!) ?? { actors: new Set<Actor>(), texts: new Set<string>() };
      h.actors.add(actor);
      if (ctx.toks[c.from].start === c.span[0]) h.texts.add(formOf(ctx, c));
      holders.set(c.head!, h);
    }
  }
  for (const { actors: list, texts } of holders.values()) {
    if (list.size !== 1) continue;
    const [actor] = list;
    for (const text of texts) if (text !== actor.name && !actor.aliases.includes(text)) actor.aliases.push(text);
  }
  const actors = peopleOfMerged(ctx, titleNamedInto(ctx, withoutBylines(ctx, built.map((x) => x.actor))));
  if (!ctx.cased) givenNamesBefore(ctx, actors);
  attachTitleReferences(ctx, actors);
  return actors;
}

/**
 * «مع اندرو هاسمان، …», «قال مايكل باليير الوكيل …», «الفرنسي الدولي بول بوجبا»: a person the actors know by a family
 * name alone is written once with a foreign given name before it — a bare word of a name's shape (no clitic, no
 * article, no «ة/ات», no verb, title or known common word) that the article writes nowhere else and no other actor
 * holds. The two words become the name, the family name an alias.
 */
/** How many times a word is written right before a family name. */
function beforeFamily(ctx: Ctx, core: string, family: string): number {
  let n = 0;
  for (let i = 0; i + 1 < ctx.toks.length; i++) if (ctx.toks[i].core === core && ctx.toks[i + 1].fold === family) n++;
  return n;
}

function givenNamesBefore(ctx: Ctx, actors: Actor[]): void {
  const { toks } = ctx;
  const at = new Map<number, number>();
  for (let i = 0; i < toks.length; i++) at.set(toks[i].start, i);
  const held = new Set<number>();
  for (const a of actors) for (const m of a.mentions) held.add(m.span[0]);
  for (const a of actors) {
    if (a.type !== 'person' || a.title) continue;
    const words = tokenize(a.name, ctx.article.pack.fold).filter((t) => t.kind === 'word');
    // (one word, or a family name with «آل»: «آل بوشوكة»)
    const family = words.length === 1 || (words.length === 2 && ctx.c.kinship.has(words[0].fold));
    if (!family || a.aliases.some((x) => x.includes(' ') && x !== a.name)) continue;
    for (const m of a.mentions) {
      const i = at.get(m.span[0]);
      if (i === undefined || i < 1) continue;
      const w = toks[i - 1];
      // (a clitic only where the word without it is written too: «فاليري» is a name, «لضم» a preposition and a noun)
      // (a clitic other than a «ف» or «ك» that opens the name — «فاليري», «كميل» — is a preposition or a conjunction:
      // «لقبول», «وستقود»; and not where the word without it is written too, or is a particle: «كأن»)
      if (!isWord(w) || held.has(w.start) || hasLineBreak(ctx.text, w.end, toks[i].start) || (w.core !== w.fold && (!/^[\u0641\u0643]/u.test(w.fold) || writtenFolds(ctx).has(w.core) || isStop(ctx, { ...w, fold: w.fold.slice(1) }))) || w.fold.startsWith('\u0627\u0644') || !isNameWord(ctx, w, 0)) continue;
      // (nor a connector, «ابن»; a conjunction on a word, «وحل»; a derived imperfect, «يستفز»; a verbal noun of the
      // «فعول» shape, «قدوم», «وصول»)
      // (a conjunction only on a short word: «فاليري», «فيليب» open names; nor a noun of kin, «زوج جولي»)
      if (ctx.c.connectors.has(w.fold) || stemIn(w, ctx.c.kinNouns) || (/^[وف]/u.test(w.fold) && w.fold.length <= 5 && !givenNameAt(ctx, w)) || /^[يتن](ست|ت)/u.test(w.fold) || (w.fold.length === 4 && w.fold[2] === '\u0648' && !givenNameAt(ctx, w))) continue;
      if (isVerb(ctx, w) || looksImperfect(w) || w.text.endsWith('\u0629') || w.fold.endsWith('\u0627\u062A') || hasTanween(w.text) || gazetteerAt(ctx, i - 1)) continue;
      // (written nowhere else but before this family name: «فاليري آموس … فاليري آموس امرأة …»)
      if (stemIn(w, ctx.c.titleWords) || ctx.c.notTeams.has(w.fold) || ctx.c.genericAdjectives.has('\u0627\u0644' + w.fold) || occurrences(ctx, w.core) > beforeFamily(ctx, w.core, toks[i].fold) || knownAccusative(ctx, w)) continue;
      const name = ctx.text.slice(w.start, m.span[1]);
      a.aliases = [a.name, ...a.aliases.filter((x) => x !== a.name)];
      a.name = name;
      m.span = [w.start, m.span[1]];
      m.text = name;
      held.add(w.start);
      break;
    }
  }
}

/**
 * «فهد العبد الله», «سالم الجار الله»: a family name written as two words, the article on the first part of a
 * theophoric name («العبد», «الجار», «النصر») and «الله» after it. A person's name that ends on such a first part
 * takes «الله» too (not when another candidate has it).
 */
function theophoricFamilyNames(ctx: Ctx, cands: Candidate[]): void {
  const { toks } = ctx;
  const taken = new Set<number>();
  for (const c of cands) for (let q = c.from; q < c.to; q++) taken.add(q);
  const prefix = ctx.rules.compoundGivenPrefix ? ctx.article.pack.fold(ctx.rules.compoundGivenPrefix) : undefined;
  for (const c of cands) {
    if (c.type !== 'person' || c.to - c.from < 2 || c.span[1] !== toks[c.to - 1]?.end) continue;
    const last = toks[c.to - 1];
    const next = toks[c.to];
    if (!isWord(next) || next.fold !== ctx.rules.divineName || taken.has(c.to) || !/^ال/u.test(last.fold) || hasLineBreak(ctx.text, last.end, next.start)) continue;
    const bare = last.fold.slice(2);
    if (bare !== prefix && !ctx.c.theophoricFirst.has(bare)) continue;
    c.to += 1;
    c.span = [c.span[0], next.end];
    taken.add(c.to - 1);
  }
}

/**
 * Right after a verb in the past tense, feminine as a body's head is («وتدخلت الشرطة», «أعلنت الشرطة»): a listed
 * verb, or a bare word ending in «ت» (not a plural in «ات», no article).
 */
function subjectOfPastVerb(ctx: Ctx, k: number): boolean {
  const v = ctx.toks[k - 1];
  if (!isWord(v) || hasLineBreak(ctx.text, v.end, ctx.toks[k].start)) return false;
  if (isVerb(ctx, v)) return true;
  return /^[وف]?[^ا].{2,}ت$/u.test(v.fold) && !/ات$/u.test(v.fold) && !isDefinite(v) && !isStop(ctx, v) && !givenNameAt(ctx, v);
}

/**
 * «وفتحت الشرطة تحقيقا»: a bare definite head the language names as a body on its own (standaloneHeads: «الشرطة»,
 * «الجيش») is an actor when it is the subject of a past verb at least once and no named body in the article has that head.
 */
function promoteStandaloneHeads(ctx: Ctx, entities: Entity[]): void {
  if (ctx.cased || !ctx.c.standaloneHeads.size) return;
  const named = new Set<string>();
  for (const e of entities) for (const c of e.cands) if (c.role === 'name' && c.head) named.add(c.head);
  for (const e of entities) {
    if (e.cands.some((c) => c.role === 'name')) continue;
    const heads = e.cands.filter((c) => c.rule === 'ar:definite-head' && !!c.head && ctx.c.standaloneHeads.has(c.head) && !named.has(c.head));
    if (!heads.length || heads.length !== e.cands.length || !heads.some((c) => subjectOfPastVerb(ctx, c.from))) continue;
    e.cands = e.cands.map((c) => ({ ...c, role: 'name' as const }));
  }
}

/**
 * «أهالي النسيم … وقال الأهالي … بعض الأهالي»: the plural of people that names a group in the construct state stands
 * for it alone with the article; the one group so named takes the actors named by that plural (with «بعض» or not)
 * and the plural's bare mentions.
 */
function peopleOfMerged(ctx: Ctx, actors: Actor[]): Actor[] {
  if (ctx.cased || !ctx.c.peopleOfNouns.size) return actors;
  const fold = ctx.article.pack.fold;
  const words = (s: string) => tokenize(s, fold).filter((t) => t.kind === 'word').map((t) => t.fold);
  const byNoun = new Map<string, Actor[]>();
  for (const a of actors) {
    if (a.type !== 'group') continue;
    const w = words(a.name);
    if (w.length < 2 || !ctx.c.peopleOfNouns.has(w[0])) continue;
    byNoun.set(w[0], [...(byNoun.get(w[0]) ?? []), a]);
  }
  if (!byNoun.size) return actors;
  const gone = new Set<Actor>();
  for (const [noun, owners] of byNoun) {
    if (owners.length !== 1) continue;
    const [into] = owners;
    const definite = '\u0627\u0644' + noun;
    for (const a of actors) {
      if (a === into || a.type !== 'group') continue;
      const w = words(a.name);
      // («الأهالي», «بعض الأهالي», «الطلاب المقبولون»: the plural alone, after a partitive, or with its adjectives)
      const bare = (w[w.length - 1] === definite && (w.length === 1 || (w.length === 2 && ctx.c.partitives.has(w[0])))) || (w[0] === definite && w.length <= 3 && w.slice(1).every((x) => x.startsWith('\u0627\u0644')));
      if (!bare) continue;
      into.mentions.push(...a.mentions);
      for (const alias of [a.name, ...a.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
      gone.add(a);
    }
    into.mentions.sort((m, n) => m.span[0] - n.span[0]);
  }
  return gone.size ? actors.filter((a) => !gone.has(a)) : actors;
}

/**
 * «بعث خادم الحرمين الشريفين الملك سلمان …» and later «بقيادة خادم الحرمين الشريفين»: a person known by a title
 * alone (a gazetteer entry of a title, two words or more) is the one person whose title opens with it, when there
 * is exactly one; that person takes its mentions and the title as an alias.
 */
function titleNamedInto(ctx: Ctx, actors: Actor[]): Actor[] {
  const words = (s: string) => tokenize(s, ctx.article.pack.fold).filter((t) => t.kind === 'word').map((t) => t.fold);
  const titled = actors.filter((a) => a.type === 'person' && a.title).map((a) => ({ a, title: words(a.title!) }));
  if (!titled.length) return actors;
  const gone = new Set<Actor>();
  for (const a of actors) {
    if (a.type !== 'person' || a.title || !a.rule.startsWith('gazetteer:')) continue;
    const name = words(a.name);
    if (name.length < 2 || !ctx.c.titles.has(name[0])) continue;
    const holders = titled.filter((x) => x.a !== a && name.every((w, n) => x.title[n] === w));
    if (holders.length !== 1) continue;
    const into = holders[0].a;
    into.mentions.push(...a.mentions);
    into.mentions.sort((m, n) => m.span[0] - n.span[0]);
    for (const alias of [a.name, ...a.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
    gone.add(a);
  }
  return gone.size ? actors.filter((a) => !gone.has(a)) : actors;
}

/** Internal helpers exposed for tests. */
