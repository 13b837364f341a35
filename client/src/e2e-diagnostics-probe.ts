/**
 * Test hook for the end-to-end test (test/e2e/code-server.test.ts), inert unless the environment
 * variable EXPORTLENS_E2E_DIAGNOSTICS_FILE is set: then every diagnostics change rewrites that file
 * with `vscode.languages.getDiagnostics()` as JSON, so the test can assert on what the editor really
 * holds instead of only scraping the Problems panel. code-server passes its environment to the
 * extension host, which is how the test sets the variable.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';

export const DIAGNOSTICS_FILE_VARIABLE = 'EXPORTLENS_E2E_DIAGNOSTICS_FILE';

export function startDiagnosticsProbe(): vscode.Disposable | undefined {
  const file = process.env[DIAGNOSTICS_FILE_VARIABLE];
  if (!file) return undefined;
  return vscode.languages.onDidChangeDiagnostics(() => {
    const snapshot = vscode.languages.getDiagnostics().map(([uri, diagnostics]) => ({
      uri: uri.toString(),
      diagnostics: diagnostics.map((d) => ({
        message: d.message,
        source: d.source,
        code: typeof d.code === 'object' ? d.code.value : d.code,
        severity: vscode.DiagnosticSeverity[d.severity],
        range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      })),
    }));
    fs.writeFileSync(file, JSON.stringify(snapshot, null, 2));
  });
}
