import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { stripExampleProperties } from '../../scripts/strip-rule-examples.mjs';

const strip = (source: string) => stripExampleProperties(source, 'pack.ts', ts);

/** Evaluate a small TypeScript module's `value` export after stripping. */
function valueOf(source: string): unknown {
  const js = ts.transpileModule(strip(source), { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', js)(exports);
  return exports.value;
}

describe('stripExampleProperties (build step: rule examples stay out of the command bundle)', () => {
  it('removes examples and counterExamples at any depth, written out or shorthand, with their commas', () => {
    const source = `
      const examples = ['a sentence'];
      export const value = {
        code: 'xx',
        examples,
        rules: [{ name: 'r1', examples: [{ text: 'one, two' }], weight: 2 }, { name: 'r2', counterExamples: ['no'] }],
        'examples': [1],
        tail: true
      };`;
    expect(valueOf(source)).toEqual({ code: 'xx', rules: [{ name: 'r1', weight: 2 }, { name: 'r2' }], tail: true });
  });

  it('keeps strings, comments and other names that merely contain the words', () => {
    const source = `
      // examples: see the tests
      export const value = { note: 'examples: none', exampleCues: ['such as'], examplesSeen: 3 };`;
    expect(valueOf(source)).toEqual({ note: 'examples: none', exampleCues: ['such as'], examplesSeen: 3 });
  });

  it('leaves every language pack file valid TypeScript syntax', () => {
    const root = path.resolve(import.meta.dirname, '../../src/lang');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const out = ts.transpileModule(strip(readFileSync(path.join(root, file), 'utf8')), { reportDiagnostics: true, compilerOptions: {} });
      expect(out.diagnostics ?? [], file).toEqual([]);
    }
  });
});
