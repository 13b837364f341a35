/**
 * Engine warnings reach the editor: a directive problem on its line, and a note about how the file was
 * analysed (a parse that fell back to lexical extraction) at the top of the file, with no quick fixes.
 */
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { ANALYSIS_NOTE_CODE, DIRECTIVE_PROBLEM_CODE, warningDiagnostics } from '../../server/src/lsp/diagnostics';
import { codeActionsFor } from '../../server/src/lsp/code-actions';

describe('lsp: engine warnings as diagnostics', () => {
  const warnings = ['line 3: exportlens-ignore ear.5d002-encryption has no reason (write `-- reason`)', 'typescript parse exceeded 2000 ms; used lexical extraction'];

  it('puts a line warning on its line and an analysis note at the top as information', () => {
    const [directive, note] = warningDiagnostics(warnings);
    assert.equal(directive.code, DIRECTIVE_PROBLEM_CODE);
    assert.equal(directive.range.start.line, 2);
    assert.equal(directive.severity, DiagnosticSeverity.Warning);
    assert.equal(note.code, ANALYSIS_NOTE_CODE);
    assert.deepEqual(note.range.start, { line: 0, character: 0 });
    assert.equal(note.severity, DiagnosticSeverity.Information);
    assert.match(String(note.message), /parse exceeded 2000 ms; used lexical extraction/);
  });

  it('offers no suppression or category action for either', () => {
    const document = TextDocument.create('file:///w/a.ts', 'typescript', 1, 'const a = 1;\n\n// exportlens-ignore ear.5d002-encryption\n');
    assert.deepEqual(codeActionsFor({ document, diagnostics: warningDiagnostics(warnings), language: 'typescript', comments: [] }), []);
  });
});
