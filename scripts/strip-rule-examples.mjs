/**
 * Build step (scripts/bundle-cli.mjs): remove the rule examples from a language pack's source before it is
 * bundled into the command. TypeScript's parser finds the properties, so strings and comments that merely
 * contain the words are left alone. `ts` is the typescript module (passed in: the tests use the same).
 */
export const EXAMPLE_PROPERTIES = new Set(['examples', 'counterExamples']);

/** The source without the object-literal properties named in EXAMPLE_PROPERTIES (TypeScript's parser finds them). */
export function stripExampleProperties(source, fileName, ts) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const visit = (node) => {
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
      const name = node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : null;
      if (name && EXAMPLE_PROPERTIES.has(name)) {
        // the property and the comma after it
        const after = source.slice(node.end).match(/^\s*,/u);
        cuts.push([node.getFullStart(), node.end + (after ? after[0].length : 0)]);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [from, to] of cuts.sort((x, y) => x[0] - y[0])) {
    out += source.slice(at, from);
    at = to;
  }
  return out + source.slice(at);
}
