import type { HeadlineRules } from '../../extract/headline.js';

export const headline: HeadlineRules = { notHeadline: [] };
