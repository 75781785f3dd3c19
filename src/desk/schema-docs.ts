/**
 * The help text of every schema field, read from the doc comments in the schemas' source
 * (src/schemas/index.ts) with the TypeScript compiler, so the form says what the schema says and
 * nothing is copied by hand.
 *
 * A zod schema keeps no trace of the comment above a field, so the comments are matched to the
 * schemas by shape: every object literal in the source is a set of keys (spreads such as
 * `...changes` included) with the comment of each; a schema's field takes its comment from the
 * literal that has that field and whose keys are most like the schema's own (Jaccard index).
 * A field written as a bare name (`translated,`) takes the comment of the variable it names.
 */
import ts from 'typescript';

interface Literal {
  keys: Set<string>;
  docs: Map<string, string>;
}

export interface SchemaDocs {
  /** The comment for `field` in an object schema whose keys are `keys`, if the source has one. */
  docFor(keys: readonly string[], field: string): string | undefined;
}

/** The text of a `/** … *\/` comment, its stars and line breaks folded into one paragraph. */
function commentText(raw: string): string {
  return raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim())
    .filter(Boolean)
    .join(' ')
    .trim();
}

function docOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => source.text.startsWith('/**', r.pos)).at(-1);
  return last ? commentText(source.text.slice(last.pos, last.end)) : undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

/** Reads the doc comments of a schema module's source text. */
export function readSchemaDocs(sourceText: string, fileName = 'schemas.ts'): SchemaDocs {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  // Documented variables (`const translated = …` with a comment above its statement).
  const variableDocs = new Map<string, string>();
  // Object literals that initialise a variable directly (`const changes = { … }`), for spreads.
  const named = new Map<string, ts.ObjectLiteralExpression>();
  const literals: ts.ObjectLiteralExpression[] = [];

  const visit = (node: ts.Node) => {
    if (ts.isVariableStatement(node)) {
      const doc = docOf(node, source);
      for (const declaration of node.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        if (doc) variableDocs.set(declaration.name.text, doc);
        if (declaration.initializer && ts.isObjectLiteralExpression(declaration.initializer)) named.set(declaration.name.text, declaration.initializer);
      }
    }
    if (ts.isObjectLiteralExpression(node)) literals.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const resolved = new Map<ts.ObjectLiteralExpression, Literal>();
  const resolve = (literal: ts.ObjectLiteralExpression, seen = new Set<ts.Node>()): Literal => {
    const done = resolved.get(literal);
    if (done) return done;
    const keys = new Set<string>();
    const docs = new Map<string, string>();
    seen.add(literal);
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
        const spread = named.get(property.expression.text);
        if (!spread || seen.has(spread)) continue;
        const inner = resolve(spread, seen);
        for (const key of inner.keys) keys.add(key);
        for (const [key, doc] of inner.docs) docs.set(key, doc);
        continue;
      }
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = propertyName(property.name);
      if (!key) continue;
      keys.add(key);
      const initializer = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      const doc = docOf(property, source) ?? (ts.isIdentifier(initializer) ? variableDocs.get(initializer.text) : undefined);
      if (doc) docs.set(key, doc);
    }
    const result = { keys, docs };
    resolved.set(literal, result);
    return result;
  };
  const all = literals.map((literal) => resolve(literal)).filter((l) => l.docs.size > 0);

  return {
    docFor(keys, field) {
      const own = new Set(keys);
      let best: { doc: string; score: number } | undefined;
      for (const literal of all) {
        const doc = literal.docs.get(field);
        if (!doc) continue;
        let shared = 0;
        for (const key of literal.keys) if (own.has(key)) shared += 1;
        const score = shared / (own.size + literal.keys.size - shared);
        if (!best || score > best.score) best = { doc, score };
      }
      return best?.doc;
    },
  };
}
