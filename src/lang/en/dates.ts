import type { DateRules } from '../../extract/dates.js';

export const dates: DateRules = {};
