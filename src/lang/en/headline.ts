/**
 * English lines that are not the headline (bylines, agency tags, dateline-only lines, time stamps,
 * photo credits) and the tables the dateline reader (src/text/dateline.ts) uses. Latin-script
 * languages without their own pack fall back to these.
 */
import type { HeadlineRules, LineRule } from '../../extract/headline.js';
import type { DatelineRules } from '../../text/dateline.js';

const AGENCIES = [
  'Reuters', 'AP', 'AFP', 'Associated Press', 'Agence France-Presse', 'Agence France Presse', 'Bloomberg', 'UPI', 'Xinhua', 'dpa', 'ANSA', 'EFE',
  'Europa Press', 'Anadolu', 'Anadolu Agency', 'TASS', 'Interfax', 'Kyodo', 'Yonhap', 'PTI', 'IANS', 'AAP', 'CP', 'PA', 'Press Association',
  'CNN', 'BBC', 'NPR', 'Al Jazeera', 'SPA', 'KUNA', 'WAM', 'QNA', 'BNA', 'MENA', 'IRNA', 'Sputnik', 'RIA Novosti', 'Dow Jones', 'CNBC',
  'Fox News', 'NBC News', 'CBS News', 'ABC News', 'Sky News', 'The Associated Press', 'CNN Arabic', 'CNNMoney',
] as const;

/** Mixed-case places that open datelines («Washington (CNN) —»); all-capitals places need no table. */
const PLACES = [
  'Washington', 'London', 'Paris', 'New York', 'Beijing', 'Moscow', 'Cairo', 'Baghdad', 'Beirut', 'Damascus', 'Jerusalem', 'Gaza', 'Riyadh',
  'Jeddah', 'Dubai', 'Abu Dhabi', 'Doha', 'Kabul', 'Tehran', 'Istanbul', 'Ankara', 'Brussels', 'Geneva', 'Berlin', 'Rome', 'Madrid', 'Tokyo',
  'Seoul', 'New Delhi', 'Delhi', 'Islamabad', 'Karachi', 'Tripoli', 'Tunis', 'Algiers', 'Rabat', 'Khartoum', 'Nairobi', 'Johannesburg', 'Lagos',
  'Sydney', 'Ottawa', 'Toronto', 'Mexico City', 'Los Angeles', 'San Francisco', 'Chicago', 'Hong Kong', 'Singapore', 'Bangkok', 'Jakarta',
  'Manila', 'Kyiv', 'Kiev', 'Warsaw', 'Vienna', 'Athens', 'Amman', 'Sanaa', 'Aden', 'Mosul', 'Aleppo', 'Basra', 'Muscat', 'Kuwait City',
  'Manama', 'Ramallah', 'The Hague', 'Strasbourg', 'Frankfurt', 'Davos', 'United Nations', 'Atlanta', 'Houston', 'Miami', 'Boston',
] as const;

const DATE_WORDS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
] as const;

export const dateline: DatelineRules = {
  agencies: AGENCIES,
  places: PLACES,
  months: DATE_WORDS,
  dateFillers: ['of'],
  capitalsArePlaces: true,
};

// ---------------------------------------------------------------- not-headline lines

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s');
const AGENCY = `(?:${[...AGENCIES].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
/**
 * Latin letters (Basic Latin, Latin-1, Latin Extended-A and -B: English, French, Spanish names) as explicit
 * ranges rather than \p{L} / \p{Lu}: the byline pattern repeats a name word and V8 compiles the class into
 * every copy, from ICU each time (80 ms on the first byline; with these ranges, about 1 ms).
 */
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** A capitalised name word («Smith», «O'Neil», «JOE», «al-Assad»). */
const NAME_WORD = `(?:[${UPPER}][${LETTER}'’.\\-]*|al-[${LETTER}]+|bin|de|van|von|da|du|la|le)`;
const NAME = `${NAME_WORD}(?:\\s${NAME_WORD}){0,4}`;
const MONTH = `(?:${DATE_WORDS.slice(0, 24).join('|')})\\.?`;

const rules: LineRule[] = [
  {
    name: 'en-byline',
    guard: /^(?:By|BY|Reporting|Written|Story|Words)\s/u,
    // «By Jane Smith», «BY JOE HILDEBRAND», «By Jane Smith and Omar Ali, Reuters», «By Jane Smith | BBC News».
    pattern: new RegExp(`^(?:By|BY|Reporting by|Written by|Story by|Words by)\\s${NAME}(?:(?:,\\s|\\sand\\s|\\s&\\s)${NAME}){0,3}(?:\\s?[,|\u2013\u2014-]\\s?[${LETTER}.&' ]{1,40})?$`, 'u'),
    examples: ['By Jane Smith', 'BY JOE HILDEBRAND', 'By Jane Smith and Omar Ali, Reuters', 'By Jane Smith | BBC News', "By Sean O'Neil"],
    counterExamples: ['By the numbers: how the vote went', 'By-election called in Batley', 'By 2030, half of new cars will be electric'],
  },
  {
    name: 'en-agency-only',
    guard: /^[^\n]{1,40}$/u,
    pattern: new RegExp(`^\\(?${AGENCY}\\)?$`, 'u'),
    examples: ['(Reuters)', 'AFP', 'Associated Press'],
    counterExamples: ['Reuters cuts jobs'],
  },
  {
    name: 'en-dateline-only',
    guard: /^(?=[^\n]{2,120}$)\p{Lu}[\p{Lu} .'’-]/u,
    // «LONDON (Reuters) -», «WASHINGTON —», «CAIRO, Egypt (AP) --», «NEW YORK, June 10 (Reuters) -» on a line of their own.
    pattern: new RegExp(
      `^[${UPPER}][${UPPER} .'’-]{1,30}(?:,\\s[${UPPER}][${LETTER} .]{1,30})?(?:,\\s${MONTH}\\s\\d{1,2}(?:,\\s\\d{4})?)?(?:\\s?\\(${AGENCY}\\)\\s?[-\u2013\u2014:]{0,2}|\\s?[-\u2013\u2014]{1,2})$`,
      'u',
    ),
    examples: ['LONDON (Reuters) -', 'WASHINGTON \u2014', 'CAIRO, Egypt (AP) --', 'NEW YORK, June 10 (Reuters) -'],
    counterExamples: ['UK ECONOMY GROWS', 'Zimbabwe coup: Mugabe under house arrest'],
  },
  {
    name: 'en-time-stamp',
    guard: /^(?:Published|Updated|Last updated|Posted|First published)/u,
    // «Updated 10:32 GMT, 10 June 2020», «Published: June 10, 2020», «Last updated on 3 May 2019».
    pattern: new RegExp(`^(?:Published|Updated|Last updated|Posted|First published)(?:\\son|\\sat)?:?\\s(?:\\d|${MONTH}\\s\\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[^\\n]{0,80}$`, 'u'),
    examples: ['Updated 10:32 GMT, 10 June 2020', 'Published: June 10, 2020', 'Last updated on 3 May 2019', 'Posted Tuesday, June 9'],
    counterExamples: ['Published accounts show losses of $5m'],
  },
  {
    name: 'en-photo-credit',
    pattern: /^(?:Photos?|Images?|Pictures?|Photograph)(?:\s(?:copyright|credit|by|caption))?\s?:\s?[^\n]{1,80}$|^(?:Image|Photo)\s(?:copyright|credit)\s[^\n]{1,80}$/u,
    examples: ['Photo: AFP', 'Image copyright Getty Images', 'Photograph: Jane Smith/Reuters'],
    counterExamples: ['Photo finish decides Derby'],
  },
];

export const headline: HeadlineRules = { notHeadline: rules };
