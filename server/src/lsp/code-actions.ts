/**
 * Quick fixes on ExportLens diagnostics:
 * 1. "Suppress with a reason": inserts `exportlens-ignore <id> -- REASON` as a comment in the file's
 *    own syntax on the line above, indented like the flagged line. `REASON` is a placeholder the user
 *    must replace: the engine honours any text as a reason, so reviewers should search for `-- REASON`.
 *    When the flagged line is the file's first line of code, a comment above it would join the leading
 *    comment block and suppress the category for the WHOLE file, so the directive trails the line instead.
 * 2. "Disable <id> for this workspace": the Command `exportlens.disableCategory` with the id; the
 *    client adds it to the `exportlens.disabledCategories` setting (no workspace/applyEdit).
 * 3. "Open catalogue entry": the Command `exportlens.openCatalogueEntry` with the id.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageId, SourceRange } from '../engine/types';
import { commentSyntax } from '../engine/parsing/languages';
import { ANALYSIS_NOTE_CODE, DIAGNOSTIC_SOURCE, DIRECTIVE_PROBLEM_CODE } from './diagnostics';

export const DISABLE_CATEGORY_COMMAND = 'exportlens.disableCategory';
export const OPEN_CATALOGUE_ENTRY_COMMAND = 'exportlens.openCatalogueEntry';
export const REASON_PLACEHOLDER = 'REASON';

export interface CodeActionInput {
  document: TextDocument;
  diagnostics: readonly Diagnostic[];
  /** The language for comment syntax; undefined when the file takes no directives (manifests, READMEs). */
  language: LanguageId | undefined;
  /** Where the file's comments are, to tell the leading comment block from code. */
  comments: readonly SourceRange[];
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const diagnostic of input.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string' || diagnostic.code === DIRECTIVE_PROBLEM_CODE || diagnostic.code === ANALYSIS_NOTE_CODE) continue;
    const id = diagnostic.code;
    if (input.language) actions.push(suppressAction(input, diagnostic, id, input.language));
    if (offered.has(id)) continue;
    offered.add(id);
    actions.push(commandAction(`Disable ${id} for this workspace`, DISABLE_CATEGORY_COMMAND, id, diagnostic));
    actions.push(commandAction(`Open catalogue entry for ${id}`, OPEN_CATALOGUE_ENTRY_COMMAND, id, diagnostic));
  }
  return actions;
}

function suppressAction(input: CodeActionInput, diagnostic: Diagnostic, id: string, language: LanguageId): CodeAction {
  return {
    title: `Suppress ${id} on this line with a reason`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [input.document.uri]: [suppressionEdit(input, diagnostic.range.start.line, id, language)] } },
  };
}

/** The edit that inserts the directive for a finding on `line` (0-based). */
export function suppressionEdit(input: CodeActionInput, line: number, id: string, language: LanguageId): TextEdit {
  const lineText = lineAt(input.document, line);
  const directive = `exportlens-ignore ${id} -- ${REASON_PLACEHOLDER}`;
  const syntax = commentSyntax(language);
  const comment = syntax.line ? `${syntax.line} ${directive}` : `${syntax.block!.start} ${directive} ${syntax.block!.end}`;
  if (isFirstCodeLine(input, line)) {
    const end = { line, character: lineText.length };
    return { range: { start: end, end }, newText: `  ${comment}` };
  }
  const indent = /^\s*/.exec(lineText)![0];
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}${comment}\n` };
}

function commandAction(title: string, command: string, id: string, diagnostic: Diagnostic): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command, arguments: [id] } };
}

function lineAt(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** Whether every line before `line` is blank, a shebang or comment only (the leading comment block). */
function isFirstCodeLine(input: CodeActionInput, line: number): boolean {
  const commentOnly = commentOnlyLines(input);
  for (let index = 0; index < line; index++) {
    const text = lineAt(input.document, index);
    if (text.trim() === '' || commentOnly.has(index) || (index === 0 && text.startsWith('#!'))) continue;
    return false;
  }
  return true;
}

/** 0-based lines holding nothing but comment text. */
function commentOnlyLines(input: CodeActionInput): Set<number> {
  const lines = new Set<number>();
  for (const range of input.comments) {
    for (let line = range.line; line <= range.endLine; line++) {
      const text = lineAt(input.document, line - 1);
      const before = line === range.line ? text.slice(0, range.column - 1) : '';
      const after = line === range.endLine ? text.slice(range.endColumn - 1) : '';
      if (before.trim() === '' && after.trim() === '') lines.add(line - 1);
    }
  }
  return lines;
}
