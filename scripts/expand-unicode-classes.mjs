/**
 * Build step: rewrite the character classes that unite Unicode property escapes (`[\p{L}\p{M}\p{N}'-]`) in the
 * regular expression literals of a JavaScript file as explicit, sorted code-point ranges. The same assigned
 * characters, so the same matches on any text; only the cost of compiling each regular expression changes. (Ranges
 * separated only by unassigned code points are joined: joinAcrossUnassigned says why.)
 *
 * Why (measured with valgrind on `newsum --json seed.txt`): V8 builds every property class from ICU each time it
 * compiles a regular expression, and a union arrives as unsorted ranges that its canonicalisation sorts by
 * insertion — about 9 million instructions per such literal, 2.5 million once the ranges come sorted and merged.
 * A lone property (`\p{Lu}`) costs V8 about as much either way, and V8 parses a literal's source when the literal
 * is first evaluated, used or not: lone properties stay as written (the whole seed run: 1039 → 919 million
 * instructions with unions expanded, 933 with every property expanded, for a bundle of 0.8 MB rather than 1.3).
 *
 * The ranges come from the regular expression engine of the Node that builds (the one that will run them):
 * each code point is tested against `^\p{…}$`. Literals with the `v` flag, and properties of strings, are left as
 * written. The source keeps `\p{…}`: this touches only the bundle.
 */

const MAX_CODE_POINT = 0x10ffff;
const PROPERTY_ESCAPE = /^\\([pP])\{([A-Za-z0-9_=]+)\}/u;
const rangeCache = new Map();

/** Sorted, disjoint [from, to] code-point ranges of a property; null when it is not a code-point property. */
export function propertyRanges(name) {
  if (rangeCache.has(name)) return rangeCache.get(name);
  let test;
  try {
    test = new RegExp(`^\\p{${name}}$`, 'u');
  } catch {
    rangeCache.set(name, null);
    return null;
  }
  const out = [];
  let start = -1;
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    // a lone surrogate is one code point of its own in a u-flag pattern
    const inside = test.test(cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    else if (!inside && start >= 0) {
      out.push([start, cp - 1]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, MAX_CODE_POINT]);
  rangeCache.set(name, out);
  return out;
}

export function complement(ranges) {
  const out = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Join neighbouring ranges when every code point between them is unassigned (General_Category Cn). Text holds
 * assigned characters only, so the class matches the same characters; it just has fewer ranges, and V8 parses and
 * compiles a class range by range (each range in a regular expression's source, each in its machine code):
 * `[\p{L}\p{M}\p{N}]` falls from 825 ranges to 290. Measured on `newsum --json seed.txt` (valgrind): 941 → 913
 * million instructions, the bundle 1.01 → 0.79 MB.
 */
export function joinAcrossUnassigned(ranges) {
  const unassigned = propertyRanges('Cn');
  const out = [];
  for (const [from, to] of ranges) {
    const last = out[out.length - 1];
    if (last && allUnassigned(last[1] + 1, from - 1, unassigned)) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/** Whether [from, to] lies inside one range of `unassigned` (sorted, disjoint): binary search. */
function allUnassigned(from, to, unassigned) {
  let lo = 0;
  let hi = unassigned.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = unassigned[mid];
    if (b < from) lo = mid + 1;
    else if (a > from) hi = mid - 1;
    else return to <= b;
  }
  return false;
}

const hex = (cp) => `\\u{${cp.toString(16)}}`;
const rangeText = (ranges) => ranges.map(([a, b]) => (a === b ? hex(a) : b === a + 1 ? hex(a) + hex(b) : `${hex(a)}-${hex(b)}`)).join('');

const SIMPLE_ESCAPES = { t: 9, n: 10, v: 11, f: 12, r: 13, b: 8, 0: 0 };

/**
 * One class atom at `i` of a u-flag pattern body: { cp } for a single code point, { prop } for a property
 * escape, { keep } for anything else (\d, \s, \w …), each with its length.
 */
function classAtom(body, i) {
  if (body[i] !== '\\') {
    const cp = body.codePointAt(i);
    return { cp, length: cp > 0xffff ? 2 : 1 };
  }
  const rest = body.slice(i, i + 64);
  let m = PROPERTY_ESCAPE.exec(rest);
  if (m) return { prop: { negated: m[1] === 'P', name: m[2] }, text: m[0], length: m[0].length };
  if ((m = /^\\u\{([0-9a-fA-F]+)\}/u.exec(rest))) return { cp: parseInt(m[1], 16), length: m[0].length };
  if ((m = /^\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})/u.exec(rest))) {
    return { cp: 0x10000 + ((parseInt(m[1], 16) - 0xd800) << 10) + (parseInt(m[2], 16) - 0xdc00), length: m[0].length };
  }
  if ((m = /^\\u([0-9a-fA-F]{4})/u.exec(rest))) return { cp: parseInt(m[1], 16), length: m[0].length };
  if ((m = /^\\x([0-9a-fA-F]{2})/u.exec(rest))) return { cp: parseInt(m[1], 16), length: m[0].length };
  const e = body[i + 1];
  if (e in SIMPLE_ESCAPES && !(e === '0' && /[0-9]/u.test(body[i + 2] ?? ''))) return { cp: SIMPLE_ESCAPES[e], length: 2 };
  if (/^[\^$\\.*+?()[\]{}|/-]$/u.test(e)) return { cp: e.codePointAt(0), length: 2 };
  return { keep: body.slice(i, i + 2), length: 2 };
}

/** The class that starts at `i` (a '['), rewritten when it holds a property escape; returns [text, end]. */
function rewriteClass(body, i) {
  let j = i + 1;
  const negated = body[j] === '^';
  if (negated) j++;
  const ranges = [];
  const kept = [];
  let properties = 0;
  while (j < body.length && body[j] !== ']') {
    const atom = classAtom(body, j);
    j += atom.length;
    if (atom.prop) {
      const own = propertyRanges(atom.prop.name);
      if (own) {
        ranges.push(...(atom.prop.negated ? complement(own) : own));
        properties++;
      } else kept.push(atom.text);
    } else if (atom.keep !== undefined) kept.push(atom.keep);
    else if (body[j] === '-' && body[j + 1] !== ']' && j + 1 < body.length) {
      const to = classAtom(body, j + 1);
      if (to.cp !== undefined && to.cp >= atom.cp) {
        ranges.push([atom.cp, to.cp]);
        j += 1 + to.length;
      } else ranges.push([atom.cp, atom.cp]);
    } else ranges.push([atom.cp, atom.cp]);
  }
  const end = j + 1;
  if (properties < 2) return [body.slice(i, end), end];
  return [`[${negated ? '^' : ''}${rangeText(joinAcrossUnassigned(mergeRanges(ranges)))}${kept.join('')}]`, end];
}

/** A u-flag pattern body with its unions of property escapes expanded; null when it has none. */
export function expandPattern(body) {
  let out = '';
  let changed = false;
  for (let i = 0; i < body.length; ) {
    if (body[i] === '[') {
      const [text, end] = rewriteClass(body, i);
      if (text !== body.slice(i, end)) changed = true;
      out += text;
      i = end;
      continue;
    }
    if (body[i] === '\\') {
      out += body.slice(i, i + 2); // an escape, perhaps a lone property: as written
      i += 2;
      continue;
    }
    out += body[i];
    i++;
  }
  return changed ? out : null;
}

/**
 * Expand the unions of property escapes of every u-flag regular expression literal in `source` (JavaScript), found with
 * the TypeScript parser (`ts`, passed in: a build-time dependency). Returns the new source and a count.
 */
export function expandUnicodeClasses(source, ts) {
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const flags = text.slice(slash + 1);
      if (flags.includes('u') && !flags.includes('v')) {
        const body = expandPattern(text.slice(1, slash));
        if (body !== null) {
          new RegExp(body, flags); // fails the build rather than ship a pattern V8 rejects
          edits.push([node.getStart(file), node.getEnd(), `/${body}/${flags}`]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return { source: out, literals: edits.length };
}
