/**
 * Analysing an open document's current text. Source files keep an incrementally parsed tree (see
 * `IncrementalDocument`), so an analysis after a keystroke re-parses only what changed; the facts then
 * go through `FileAnalyzer.analyzeFacts`, the same matching a workspace scan applies. Manifests and
 * notice files are read from the buffer text with the scan's own readers.
 */
import type { FileAnalysis, FileAnalyzer } from '../engine/analyze-file';
import type { FileRole } from '../engine/scan';
import type { SourceRange } from '../engine/types';
import { IncrementalDocument } from '../engine/parsing/incremental';
import { extractLexically } from '../engine/parsing/lexical';
import { declarationReason } from '../engine/files/declarations';
import { generatedReason } from '../engine/files/generated';
import { minifiedReason } from '../engine/files/minified';
import type { OpenDocument } from './documents';

export interface DocumentAnalysis {
  analysis: FileAnalysis;
  /** Where the comments are, for placing suppression directives. */
  comments: SourceRange[];
  /** Why the document is not analysed (type declarations, minified, generated), when it is not. */
  skipped?: string;
  /** The document version whose text was analysed (edits may arrive while parsing). */
  version: number;
}

export async function analyseDocument(document: OpenDocument, relPath: string, role: FileRole, analyzer: FileAnalyzer): Promise<DocumentAnalysis> {
  switch (role.kind) {
    case 'manifest': {
      const version = document.version;
      return { analysis: await analyzer.analyzeManifest(relPath, document.getText()), comments: [], version };
    }
    case 'notice':
      return { analysis: analyzer.analyzeNotice(relPath, document.getText()), comments: [], version: document.version };
    case 'source':
      return analyseSource(document, relPath, role, analyzer);
  }
}

async function analyseSource(
  document: OpenDocument,
  relPath: string,
  role: Extract<FileRole, { kind: 'source' }>,
  analyzer: FileAnalyzer,
): Promise<DocumentAnalysis> {
  // Decided by the name alone, like the scan does: such a document is never parsed.
  const declarations = declarationReason(relPath);
  if (declarations) return { analysis: emptyAnalysis(relPath), comments: [], skipped: declarations, version: document.version };
  // The tree is kept up to date even when nothing matches, so the next edit still parses incrementally.
  const synced = role.lexicalOnly ? undefined : await syncSyntax(document, role);
  // The tree's text, not the buffer's: edits that arrived while the tree was being made wait for the next run.
  const text = synced ? synced.syntax.getText() : document.getText();
  const version = synced ? synced.version : document.version;
  const skipped = minifiedReason(text, relPath) ?? generatedReason(text, relPath);
  if (skipped) return { analysis: emptyAnalysis(relPath), comments: [], skipped, version };
  if (!analyzer.mayMatch(text)) return { analysis: emptyAnalysis(relPath), comments: [], version };
  const facts = synced ? synced.syntax.facts() : extractLexically(text, role.language);
  return { analysis: analyzer.analyzeFacts(relPath, text, facts), comments: facts.comments.map((c) => c.range), version };
}

/** Bring the document's kept tree up to date with its text, creating it on first use. */
async function syncSyntax(document: OpenDocument, role: Extract<FileRole, { kind: 'source' }>): Promise<{ syntax: IncrementalDocument; version: number }> {
  if (!document.syntax) {
    const version = document.version;
    document.takePendingChanges();
    document.syntax = IncrementalDocument.open(document.getText(), role.language);
    return { syntax: await document.syntax, version };
  }
  const syntax = await document.syntax;
  // Read together with the changes, after the await, so the two always describe the same edit.
  const text = document.getText();
  const version = document.version;
  const changes = document.takePendingChanges();
  if (changes.length > 0 || syntax.getText() !== text) syntax.update(text, changes);
  return { syntax, version };
}

function emptyAnalysis(relPath: string): FileAnalysis {
  return { path: relPath, method: 'prefiltered', evidence: [], suppressions: [], warnings: [] };
}
