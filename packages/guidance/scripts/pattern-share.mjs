#!/usr/bin/env node
// How much of packages/guidance's TypeScript source (tests excluded) is hand-written phrase
// patterns: regular expression literals, strings and templates given to `new RegExp` /
// String.raw, and phrase lists (arrays of three or more string literals, word lists split from
// one template, objects whose three or more values are all strings). Reads the syntax tree, so
// a `/` in a comment or a string is not taken for a pattern.
// Usage (from packages/guidance): node scripts/pattern-share.mjs [--files]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const ts = createRequire(join(pkg, 'package.json'))('typescript');

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (
      name.endsWith('.ts') &&
      !/\.test\.ts$|\.bench\.ts$/.test(name) &&
      !path.includes('/testing/')
    )
      yield path;
  }
}

const isString = (n) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
let total = 0;
let patterns = 0;
const perFile = [];
for (const path of sources(join(pkg, 'src'))) {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  let own = 0;
  const visit = (node) => {
    const span = () => node.getEnd() - node.getStart(file);
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return void (own += span());
    if (
      ts.isNewExpression(node) &&
      node.expression.getText(file) === 'RegExp' &&
      node.arguments?.[0]
    )
      return void (own += node.arguments[0].getEnd() - node.arguments[0].getStart(file));
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw')
      return void (own += span());
    if (
      ts.isArrayLiteralExpression(node) &&
      node.elements.length >= 3 &&
      node.elements.every(isString)
    )
      return void (own += span());
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'split' &&
      isString(node.expression.expression) &&
      node.expression.expression.getText(file).length > 40
    )
      return void (own +=
        node.expression.expression.getEnd() - node.expression.expression.getStart(file));
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.length >= 3 &&
      node.properties.every((p) => ts.isPropertyAssignment(p) && isString(p.initializer))
    )
      return void (own += span());
    ts.forEachChild(node, visit);
  };
  visit(file);
  total += text.length;
  patterns += own;
  perFile.push({ file: relative(pkg, path), chars: text.length, patterns: own });
}
if (process.argv.includes('--files'))
  for (const f of perFile.filter((f) => f.patterns).sort((a, b) => b.patterns - a.patterns))
    console.log(`${String(f.patterns).padStart(7)} / ${String(f.chars).padStart(6)}  ${f.file}`);
console.log(
  `phrase patterns: ${patterns} of ${total} characters of source (${((100 * patterns) / total).toFixed(1)} %)`,
);
