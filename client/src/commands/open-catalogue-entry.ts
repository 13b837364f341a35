/**
 * "ExportLens: Open Catalogue Entry": shows a category's catalogue entry as a Markdown preview.
 * Without an argument it offers the categories the extension knows of: those in the latest summary
 * and those named by ExportLens diagnostics (there is no "list every entry" request).
 */
import * as vscode from 'vscode';
import { catalogueEntryUri } from '../catalogue-entry-documents';
import type { SummaryStore } from '../summary-store';

export async function openCatalogueEntry(store: SummaryStore, categoryId: unknown): Promise<void> {
  const id = typeof categoryId === 'string' && categoryId ? categoryId : await pickCategory(store);
  if (!id) return;
  const uri = catalogueEntryUri(id);
  const document = await vscode.workspace.openTextDocument(uri);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Editors without the built-in Markdown extension still get the entry's text.
    await vscode.window.showTextDocument(document, { preview: true });
  }
}

async function pickCategory(store: SummaryStore): Promise<string | undefined> {
  const known = knownCategories(store);
  if (known.size === 0) {
    return vscode.window.showInputBox({ title: 'ExportLens: Open Catalogue Entry', prompt: 'Category id, e.g. ear.5d002-encryption' });
  }
  const items = [...known].sort(([a], [b]) => a.localeCompare(b)).map(([id, detail]) => ({ label: id, detail }));
  const picked = await vscode.window.showQuickPick(items, { title: 'ExportLens: Open Catalogue Entry', placeHolder: 'Category', matchOnDetail: true });
  return picked?.label;
}

/** Category id → a description, from the summary and from diagnostics whose source is ExportLens. */
function knownCategories(store: SummaryStore): Map<string, string | undefined> {
  const known = new Map<string, string | undefined>();
  for (const root of store.summary?.roots ?? []) {
    for (const module of root.modules) {
      for (const category of module.categories) known.set(category.id, `${category.title} (${category.reference})`);
    }
  }
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (diagnostic.source?.toLowerCase() === 'exportlens' && typeof code === 'string' && !known.has(code)) known.set(code, undefined);
    }
  }
  return known;
}
