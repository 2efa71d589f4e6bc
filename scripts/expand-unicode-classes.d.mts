/** Types of expand-unicode-classes.mjs (a build script, plain JavaScript) for the tests. */
export type Range = [number, number];
export function propertyRanges(name: string): Range[] | null;
export function complement(ranges: Range[]): Range[];
export function mergeRanges(ranges: Range[]): Range[];
export function joinAcrossUnassigned(ranges: Range[]): Range[];
export function expandPattern(body: string): string | null;
export function expandUnicodeClasses(source: string, ts: unknown): { source: string; literals: number };
