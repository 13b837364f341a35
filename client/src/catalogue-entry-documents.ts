/**
 * Read-only virtual documents `exportlens-catalogue:/<category id>.md` holding a catalogue entry's
 * Markdown, fetched from the server (`exportlens/catalogueEntry`), so the entry is rendered by
 * VS Code's Markdown preview without writing files anywhere.
 */
import * as vscode from 'vscode';
import { CATALOGUE_ENTRY_SCHEME } from './ids';
import { ClientMessages } from './protocol-types';
import type { ServerSession } from './server-session';

export function catalogueEntryUri(categoryId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: CATALOGUE_ENTRY_SCHEME, path: `/${categoryId}.md` });
}

export function categoryIdOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/, '');
}

export class CatalogueEntryDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly session: ServerSession) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const id = categoryIdOf(uri);
    const client = this.session.runningClient;
    if (!client) return `# ${id}\n\nThe ExportLens language server is not running, so the catalogue entry cannot be shown.\n`;
    const entry = await client.sendRequest(ClientMessages.catalogueEntry, { id }, token);
    return entry ? entry.markdown : `# ${id}\n\nNo catalogue entry has this id.\n`;
  }
}
