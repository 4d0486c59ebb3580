/// <reference types="vite/client" />
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 8: "all strings in message catalogues (no hard-coded text in components)". Every .tsx
 * file in the renderer is parsed and its JSX searched for text a person reads: text between
 * tags and the attributes screen readers and tooltips speak. A literal there would show Dutch
 * to an English reader (or the reverse), so it must come from t().
 */
const components = import.meta.glob<string>(['../**/*.tsx', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const spokenAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
// Words for people have at least two letters in a row; "·", "–", "€" or "×" alone are fine.
const hasWords = /\p{L}{2,}/u;

/** The hard-coded texts in one component source, as "line: text". */
export function hardCodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${line}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && spokenAttributes.has(node.name.getText(file))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && hasWords.test(value.text)) report(node, value.text);
      if (
        value &&
        ts.isJsxExpression(value) &&
        value.expression &&
        (ts.isStringLiteral(value.expression) ||
          ts.isNoSubstitutionTemplateLiteral(value.expression)) &&
        hasWords.test(value.expression.text)
      ) {
        report(node, value.expression.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('texts on screen', () => {
  it('finds a hard-coded text, so the check below can fail', () => {
    const sample = `export const A = () => <p title="Sluiten">Opslaan <b>{t('x')}</b> · </p>;`;
    expect(hardCodedTexts('a.tsx', sample)).toEqual(['1: Sluiten', '1: Opslaan']);
    expect(
      hardCodedTexts('b.tsx', `export const B = () => <p aria-label={t('y')}>{n} × €</p>;`),
    ).toEqual([]);
  });

  it('all come from the message catalogues: no component has literal text', () => {
    const offenders: Record<string, string[]> = {};
    expect(Object.keys(components).length).toBeGreaterThan(50);
    for (const [path, source] of Object.entries(components)) {
      const texts = hardCodedTexts(path, source);
      if (texts.length > 0) offenders[path] = texts;
    }
    expect(offenders).toEqual({});
  });
});
