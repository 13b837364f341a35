/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one rule per catalogue category
 * (with its legal reference and guidance as help text), one result per finding. Suppressed findings
 * are kept, with the reason from the source as the suppression's justification, so reviewers in
 * code-scanning UIs see why they were dismissed.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Category, Severity } from '../engine/types';
import type { FindingResult, ScanResult } from '../engine/result';
import { categoryReference } from '../engine/explain';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

function levelOf(severity: Severity): SarifLevel {
  return severity === 'information' ? 'note' : severity;
}

function ruleFor(category: Category, catalogue: Catalogue) {
  const reference = categoryReference(category, catalogue);
  const names = category.title.zh ? `${category.title.en} / ${category.title.zh}` : category.title.en;
  const controlPoint = category.controlPoint ? `\n\nControl point ${category.controlPoint.number}: ${category.controlPoint.text.en}` : '';
  const help = `${reference}: ${names} (${category.status}).${controlPoint}\n\n${category.description.en}\n\nWhat to do: ${category.guidance.en}`;
  return {
    id: category.id,
    name: category.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: `${category.title.en} (${reference})` },
    fullDescription: { text: category.description.en },
    help: { text: help, markdown: help.replace(/\n/g, '  \n') },
    defaultConfiguration: { level: category.status === 'prohibited' ? 'error' : 'warning' },
    properties: {
      tags: ['export-control', catalogue.id, category.status],
      regime: catalogue.id,
      itemNumber: category.itemNumber,
      status: category.status,
      revision: category.revision,
    },
  };
}

/** A stable fingerprint: survives line moves, changes when the evidence itself changes. */
function fingerprint(finding: FindingResult): string {
  return createHash('sha256').update(`${finding.path}\0${finding.category}\0${finding.signal}\0${finding.message}`).digest('hex').slice(0, 32);
}

export function formatSarif(result: ScanResult, catalogues: readonly Catalogue[]): string {
  const rules = catalogues.flatMap((catalogue) => catalogue.categories.map((category) => ruleFor(category, catalogue)));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = result.findings.map((finding) => ({
    ruleId: finding.category,
    ...(ruleIndex.has(finding.category) ? { ruleIndex: ruleIndex.get(finding.category) } : {}),
    level: levelOf(finding.severity),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    partialFingerprints: { 'exportlens/v1': fingerprint(finding) },
    ...(finding.suppressed
      ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: finding.suppressionReason ?? '' }] }
      : {}),
    properties: { confidence: finding.confidence, module: finding.module, signal: finding.signal, signalKind: finding.signalKind },
  }));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ExportLens',
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: 'https://github.com/exportlens/exportlens',
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.errors.map((error) => ({
              level: error.message.startsWith('warning:') ? 'warning' : 'error',
              message: { text: `${error.path}: ${error.message}` },
            })),
          },
        ],
        results,
        properties: { modules: result.modules, catalogues: result.catalogues },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
