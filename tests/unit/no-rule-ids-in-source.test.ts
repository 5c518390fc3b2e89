import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clerkTextWithRuleId } from '../rule-ids';
import { ROOT, filesUnder, repoPath } from './repo-files';

// Issue 18: rule ids (BR-/VR-/CFG-) and code ids (（E06）, （C11）) belong in comments, in details.rule and in tests —
// never in a string a clerk reads. This walks every string literal, template and JSX text of the renderer, the core
// and shared with the TypeScript parser (comments are not literals, so they are free) and lists each literal that
// holds Chinese together with such an id.
const DIRS = ['renderer/src', 'electron/core', 'shared'];

const files = (dir: string) => filesUnder(dir, (name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'));

/** The text of each literal in a source file: strings, templates (their fixed parts joined) and JSX text. */
function literals(fileName: string, source: string): { line: number; text: string }[] {
  const sf = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: { line: number; text: string }[] = [];
  const add = (node: ts.Node, text: string) =>
    out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node))
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…'));
    else if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxElement(node)) {
      // JSX text split by expressions ("离岗后{n}日内，CFG-15）") is one sentence on screen: join the element's texts.
      const joined = node.children
        .filter(ts.isJsxText)
        .map((c) => c.text)
        .join('…');
      add(node, joined);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** One finding per line and id (a JSX text is seen alone and inside its element). */
function findings(fileName: string, source: string): string[] {
  const seen = new Map<string, string>();
  for (const { line, text } of literals(fileName, source)) {
    const id = clerkTextWithRuleId(text);
    if (id && !seen.has(`${line} ${id}`))
      seen.set(`${line} ${id}`, `${fileName}:${line} ${id} in “${text.trim().slice(0, 80)}”`);
  }
  return [...seen.values()];
}

describe('no rule ids in text a clerk reads', () => {
  it('the scan catches ids in strings, templates and JSX text, and leaves comments, rule fields and SQL comments alone', () => {
    const bad = [
      'throw ruleViolation(`岗位核定 ${n} 人，已有 ${m} 人在岗（BR-17）`);',
      "const hint = '如确需安置，可填写原因后强制保存（VR-15）';",
      'const x = <Tag>建议注销（{v}）</Tag>; const y = <Text>离岗后{n}日内，CFG-15）</Text>;',
      "const label = '安置类别不在就业困难人员类别（E06）中';",
      'const cell = `是（C01 被用人单位录用）`;',
      "refuse('§3.11', `不能早于认定日期（§3.11）`, 'agreementStart');",
    ].join('\n');
    expect(findings('x.tsx', bad).map((f) => f.split(' ')[1])).toEqual([
      'BR-17',
      'VR-15',
      'CFG-15',
      '（E06',
      '（C01',
      '§3.11',
    ]);
    const fine = [
      '// BR-17: capacity is checked on every day of the span (说明 in Chinese too).',
      "refuse('BR-03', `未满16周岁，不能安置到公益性岗位`, 'startDate');",
      "const sql = `CREATE TABLE t (\n  result TEXT NOT NULL -- E13; '1' = 联系成功\n)`;",
      "const code = 'C11'; const rule = { rule: 'VR-13' };",
    ].join('\n');
    expect(findings('y.tsx', fine)).toEqual([]);
  });

  it('no string literal in renderer/src, electron/core or shared pairs Chinese with a rule or code id', () => {
    const all = DIRS.flatMap((d) => files(join(ROOT, d)));
    expect(all.length).toBeGreaterThan(100);
    const found = all.flatMap((f) => findings(repoPath(f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  }, 60_000);
});
