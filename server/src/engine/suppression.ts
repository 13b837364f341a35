/**
 * `exportlens-ignore <category-id> -- <reason>` directives.
 *
 * - A directive must START a comment (after the comment markers), so prose that merely mentions the
 *   word, like this sentence, is never a live directive.
 * - The reason is required: a directive without one is not honoured and is reported, because
 *   reviewers read these reasons in the legal report.
 * - In the file's leading comment block (before the first line of code) a directive applies to the
 *   whole file; elsewhere it applies to the next line of code, or to its own line when it trails code.
 */
import type { Fact, Suppression } from './types';

export interface SuppressionProblem {
  line: number;
  message: string;
}

const DIRECTIVE = /^exportlens-ignore(?:\s+([^\s]+))?(?:\s+--\s*(.*))?\s*$/;

export function parseSuppressions(comments: readonly Fact[], text: string): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  if (comments.length === 0 || !text.includes('exportlens-ignore')) return { suppressions, problems };

  const lines = text.split('\n');
  const commentLines = commentOnlyLines(comments, lines);
  const firstCodeLine = firstLineOfCode(lines, commentLines);

  for (const comment of comments) {
    comment.text.split('\n').forEach((rawLine, offset) => {
      const directive = stripCommentMarkers(rawLine);
      if (!directive.startsWith('exportlens-ignore')) return;
      const line = comment.range.line + offset;
      const match = DIRECTIVE.exec(directive);
      if (!match || !match[1]) {
        problems.push({ line, message: 'exportlens-ignore needs a category id and a reason: `exportlens-ignore <category-id> -- <reason>`' });
        return;
      }
      const reason = (match[2] ?? '').replace(/\s*(\*\/|-->)\s*$/, '').trim();
      if (!reason) {
        problems.push({ line, message: `exportlens-ignore ${match[1]} has no reason after \`--\`; it is not honoured` });
        return;
      }
      if (line < firstCodeLine) {
        suppressions.push({ categoryId: match[1], reason, scope: 'file', line });
        return;
      }
      const trailsCode = startsWithCode(lines[line - 1], comment, line);
      const targetLine = trailsCode ? line : nextCodeLine(lines, commentLines, line);
      suppressions.push({ categoryId: match[1], reason, scope: 'line', line, targetLine });
    });
  }
  return { suppressions, problems };
}

/** Whether a suppression covers a finding of `categoryId` on `line`. */
export function isSuppressed(suppressions: readonly Suppression[], categoryId: string, line: number): Suppression | undefined {
  return suppressions.find(
    (s) => (s.categoryId === categoryId || s.categoryId === '*') && (s.scope === 'file' || s.targetLine === line),
  );
}

function stripCommentMarkers(line: string): string {
  return line
    .trim()
    .replace(/^(\/\/+|#+|\/\*+|\*+|<!--|--|;+|')\s*/, '')
    .trim();
}

/** Lines that hold nothing but comment text: no code before the comment starts or after it ends. */
function commentOnlyLines(comments: readonly Fact[], lines: string[]): Set<number> {
  const only = new Set<number>();
  for (const { range } of comments) {
    for (let line = range.line; line <= range.endLine; line++) {
      const text = lines[line - 1] ?? '';
      const before = line === range.line ? text.slice(0, range.column - 1) : '';
      const after = line === range.endLine ? text.slice(range.endColumn - 1) : '';
      if (before.trim() === '' && after.trim() === '') only.add(line);
    }
  }
  return only;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function firstLineOfCode(lines: string[], commentLines: Set<number>): number {
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    if (isBlank(lines[i]) || commentLines.has(line) || lines[i].startsWith('#!')) continue;
    return line;
  }
  return lines.length + 1;
}

/** A comment that begins after code on its line trails that code. */
function startsWithCode(lineText: string | undefined, comment: Fact, line: number): boolean {
  if (lineText === undefined || line !== comment.range.line) return false;
  return lineText.slice(0, comment.range.column - 1).trim() !== '';
}

function nextCodeLine(lines: string[], commentLines: Set<number>, after: number): number {
  for (let line = after + 1; line <= lines.length; line++) {
    if (!isBlank(lines[line - 1]) && !commentLines.has(line)) return line;
  }
  return after + 1;
}
