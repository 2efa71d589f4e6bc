/** Arabic language pack. */
import type { LanguagePack } from '../pack.js';
import { foldArabic } from '../../text/normalise.js';
import { arabicPossessedBases, arabicStems } from './clitics.js';
import { dates } from './dates.js';
import { actors } from './actors.js';
import { quotes } from './quotes.js';
import { dateline, headline } from './headline.js';
import { formulas } from './formulas.js';

export const arabic: LanguagePack = {
  code: 'ar',
  name: 'Arabic',
  direction: 'rtl',
  fold: (w) => foldArabic(w).toLowerCase(),
  stems: arabicStems,
  possessedBases: arabicPossessedBases,
  todayWords: ['اليوم'],
  articles: new Set(),
  abbreviations: new Set(['د', 'م', 'ص', 'هـ', 'ه']),
  dates,
  actors,
  quotes,
  headline,
  dateline,
  formulas,
};
