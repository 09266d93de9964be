import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** The module that defines `lazySchema` (core's `src/shared/lazy-schema.ts`). */
export const lazySchemaModule = /(^|\/)lazy-schema\.ts$/;

/**
 * Source text with every top-level `lazySchema(() => expression)` replaced by `(expression)`
 * and the import of `lazySchema` removed: the schema is then built when the module loads, as a
 * plain `const`. Text without `lazySchema(` comes back unchanged.
 */
export function eagerSchemaSource(file: string, text: string): string {
  if (!text.includes('lazySchema(')) return text;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const cuts: { from: number; to: number; by: string }[] = [];
  for (const statement of source.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text.endsWith('/lazy-schema.js')
    ) {
      cuts.push({ from: statement.getFullStart(), to: statement.getEnd(), by: '' });
      continue;
    }
    if (!ts.isVariableStatement(statement)) continue;
    for (const { initializer: call } of statement.declarationList.declarations) {
      if (
        call === undefined ||
        !ts.isCallExpression(call) ||
        !ts.isIdentifier(call.expression) ||
        call.expression.text !== 'lazySchema'
      )
        continue;
      const [build] = call.arguments;
      if (build === undefined || !ts.isArrowFunction(build) || ts.isBlock(build.body))
        throw new Error(`${file}: lazySchema takes an arrow returning an expression`);
      // From the call's leading trivia, so its `/* @__PURE__ */` goes with it.
      cuts.push({ from: call.getFullStart(), to: call.getEnd(), by: ` (${build.body.getText()})` });
    }
  }
  let out = text;
  for (const { from, to, by } of cuts.sort((a, b) => b.from - a.from))
    out = out.slice(0, from) + by + out.slice(to);
  if (/\blazySchema\(/.test(out))
    throw new Error(`${file}: a lazySchema call the browser build cannot unwrap (top-level only)`);
  return out;
}

/**
 * esbuild plugin for the browser build: core's schemas are built on first use in Node, where a
 * process's start-up is what they would cost, but at load in a browser bundle, where the stand-ins
 * would cost bytes and a page reaches its schemas at once anyway (docs/decisions/0015).
 */
export const eagerSchemas: Plugin = {
  name: 'livewell-eager-schemas',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => ({
      contents: eagerSchemaSource(args.path, readFileSync(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
