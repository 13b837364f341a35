/**
 * Findings to LSP diagnostics. Severity follows the engine (error: prohibited; warning: restricted or
 * controlled at or above the approval threshold; information: weaker evidence) unless the user's
 * `severityOverrides` say otherwise (`off` hides the category). Suppressed findings are left out: the
 * `exportlens-ignore` comment already marks the line, and an "unnecessary" tag would fade live code
 * as if it were dead. They stay in the workspace summary and the CLI report for reviewers.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { FindingResult } from '../engine/result';
import type { Severity, SourceRange } from '../engine/types';
import type { SeverityOverride } from './settings';

export const DIAGNOSTIC_SOURCE = 'ExportLens';
/** The `code` of diagnostics about the directives themselves (a directive without a reason). */
export const DIRECTIVE_PROBLEM_CODE = 'exportlens-ignore';
/** Code of notes about how a file was analysed (a parse fell back to lexical extraction, ...). */
export const ANALYSIS_NOTE_CODE = 'exportlens-analysis';

export interface DiagnosticContext {
  severityOverrides: Record<string, SeverityOverride>;
  /** The catalogue entry's address for `codeDescription.href`. */
  hrefFor(categoryId: string): string | undefined;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

/** The findings shown in the editor: not suppressed, not turned off. */
export function visibleFindings(findings: readonly FindingResult[], overrides: Record<string, SeverityOverride>): FindingResult[] {
  return findings.filter((f) => !f.suppressed && overrides[f.category] !== 'off');
}

export function findingDiagnostics(findings: readonly FindingResult[], context: DiagnosticContext): Diagnostic[] {
  return visibleFindings(findings, context.severityOverrides).map((finding) => {
    const override = context.severityOverrides[finding.category];
    const severity = override && override !== 'off' ? override : finding.severity;
    const diagnostic: Diagnostic = {
      range: toRange(finding),
      severity: SEVERITIES[severity],
      source: DIAGNOSTIC_SOURCE,
      code: finding.category,
      message: finding.message,
      data: { category: finding.category, signal: finding.signal, confidence: finding.confidence },
    };
    const href = context.hrefFor(finding.category);
    if (href) diagnostic.codeDescription = { href };
    return diagnostic;
  });
}

/**
 * Engine warnings as diagnostics: those that name a line (`line 12: exportlens-ignore ... has no
 * reason`) on that line; the others (`typescript parse exceeded 2000 ms; used lexical extraction`)
 * as information at the top of the file, because they say the findings below are less precise.
 */
export function warningDiagnostics(warnings: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const warning of warnings) {
    const match = /^line (\d+): (.*)$/s.exec(warning);
    if (!match) {
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: ANALYSIS_NOTE_CODE,
        message: `ExportLens: ${warning}`,
      });
      continue;
    }
    const line = Number(match[1]) - 1;
    diagnostics.push({
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: DIRECTIVE_PROBLEM_CODE,
      message: match[2],
    });
  }
  return diagnostics;
}

/** Engine ranges are 1-based with an exclusive end column; LSP ranges are 0-based. */
export function toRange(range: Pick<SourceRange, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: range.line - 1, character: range.column - 1 },
    end: { line: range.endLine - 1, character: range.endColumn - 1 },
  };
}
