/**
 * "ExportLens: Generate Classification Report": asks the format (html/md/csv), the language (en/zh) and
 * where to save, has the server write the report (`exportlens/generateReport`), then shows an HTML report
 * in a webview (scripts disabled, strict Content-Security-Policy) or offers to open the file otherwise.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { GenerateReportRequest } from '../../../server/src/protocol/messages';
import { ClientMessages } from '../protocol-types';
import { defaultReportFileName, generateReportParams, REPORT_FORMATS, REPORT_LANGUAGES, reportWebviewHtml, type Choice } from '../reports/report-choices';
import type { ServerSession } from '../server-session';

export const REPORT_VIEW_TYPE = 'exportlens.report';
const TITLE = 'ExportLens: Generate Classification Report';

export async function generateReport(session: ServerSession, output: vscode.LogOutputChannel): Promise<GenerateReportRequest.Result | undefined> {
  const client = session.runningClient;
  if (!client) {
    void vscode.window.showWarningMessage('ExportLens: the language server is not running. See the ExportLens output.');
    return undefined;
  }
  const folder = await pickFolder();
  if (!folder) return undefined;
  const format = await pick(REPORT_FORMATS, 'Report format');
  if (!format) return undefined;
  const lang = await pick(REPORT_LANGUAGES, 'Report language');
  if (!lang) return undefined;
  const target = await vscode.window.showSaveDialog({
    title: TITLE,
    defaultUri: vscode.Uri.joinPath(folder.uri, defaultReportFileName(folder.name, format)),
    filters: { [REPORT_FORMATS.find((f) => f.value === format)!.label]: [format] },
    saveLabel: 'Save report',
  });
  if (!target) return undefined;
  if (target.scheme !== 'file') {
    void vscode.window.showErrorMessage(`ExportLens: reports are written by the language server, which needs a local file path (got ${target.toString()}).`);
    return undefined;
  }

  let result: GenerateReportRequest.Result;
  try {
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'ExportLens: generating the report' }, (_progress, token) =>
      client.sendRequest(ClientMessages.generateReport, generateReportParams(folder.uri.toString(), format, lang, target.fsPath), token),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`[client] exportlens/generateReport failed: ${message}`);
    void vscode.window.showErrorMessage(`ExportLens: the report could not be generated: ${message}`);
    return undefined;
  }
  output.info(`[client] report written to ${result.path}`);
  if (format === 'html') {
    showReport(result.html ?? readReport(result.path, output), result.path);
  } else {
    void vscode.window.showInformationMessage(`ExportLens: report written to ${result.path}`, 'Open').then((choice) => {
      if (choice === 'Open') void vscode.window.showTextDocument(vscode.Uri.file(result.path));
    });
  }
  return result;
}

/** The report in a webview of its own: no scripts, no command links, no local resources. */
function showReport(html: string, filePath: string): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, `Report: ${filePath.split(/[\\/]/).pop()}`, vscode.ViewColumn.Active, {
    enableScripts: false,
    enableCommandUris: false,
    localResourceRoots: [],
  });
  panel.webview.html = reportWebviewHtml(html);
  return panel;
}

function readReport(filePath: string, output: vscode.LogOutputChannel): string {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    output.error(`[client] cannot read the report ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
    return `<p>The report was written to ${filePath.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))} but cannot be read back.</p>`;
  }
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('ExportLens: open a folder to generate its classification report.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder to report on' });
}

async function pick<T extends string>(choices: readonly Choice<T>[], placeHolder: string): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(
    choices.map((choice) => ({ label: choice.label, description: choice.description, value: choice.value })),
    { title: TITLE, placeHolder },
  );
  return picked?.value;
}
