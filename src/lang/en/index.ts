/** English language pack. */
import type { LanguagePack } from '../pack.js';
import { foldLatin } from '../../text/normalise.js';
import { dates } from './dates.js';
import { actors } from './actors.js';
import { quotes } from './quotes.js';
import { dateline, headline } from './headline.js';

export const english: LanguagePack = {
  code: 'en',
  name: 'English',
  direction: 'ltr',
  fold: foldLatin,
  stems: (w) => [w],
  todayWords: ['today'],
  articles: new Set(['the', 'a', 'an']),
  abbreviations: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr', 'vs', 'etc',
    'inc', 'corp', 'co', 'ltd', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'rev', 'hon', 'adm', 'maj', 'cmdr', 'pres', 'supt', 'dept', 'univ', 'approx', 'est', 'ft', 'mt', 'u.s', 'u.k', 'u.n',
  ]),
  dates,
  actors,
  quotes,
  headline,
  dateline,
};
