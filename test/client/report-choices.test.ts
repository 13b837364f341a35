/** The pure parts of the report and review-decision commands (client/src/reports/report-choices.ts). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ModuleSummary, WorkspaceSummary } from '../../server/src/protocol/messages';
import {
  defaultReportFileName,
  folderOfModule,
  generateReportParams,
  modulesOf,
  recordDecisionParams,
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  REPORT_WEBVIEW_CSP,
  reportWebviewHtml,
  REVIEW_STATUSES,
} from '../../client/src/reports/report-choices';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function module(folder: string, modulePath: string, requiresApproval: boolean): ModuleSummary {
  return { path: modulePath, uri: `${folder}/${modulePath}`, requiresApproval, categories: [{ id: 'ear.5d002-encryption', title: 'Encryption', reference: 'EAR 5D002', confidence: 0.9, findings: [] }], rationale: '' };
}

const summary: WorkspaceSummary = {
  roots: [
    { uri: 'file:///a', modules: [module('file:///a', 'web', false), module('file:///a', 'crypto', true)], filesScanned: 3, skipped: 0, errors: 0 },
    { uri: 'file:///b', modules: [module('file:///b', 'api', false)], filesScanned: 1, skipped: 0, errors: 0 },
  ],
  modulesNeedingApproval: 1,
};

describe('client report and decision choices', () => {
  it('offers exactly the formats, languages and statuses of the protocol', () => {
    assert.deepEqual(REPORT_FORMATS.map((c) => c.value), ['html', 'md', 'csv']);
    assert.deepEqual(REPORT_LANGUAGES.map((c) => c.value), ['en', 'zh']);
    // The statuses the server's decisions schema accepts (server/src/report/decisions.schema.json).
    const schema = fs.readFileSync(path.join(ROOT, 'server/src/report/decisions.schema.json'), 'utf8');
    for (const status of REVIEW_STATUSES) assert.ok(schema.includes(`"${status.value}"`), `decisions.schema.json knows ${status.value}`);
    assert.deepEqual(REVIEW_STATUSES.map((c) => c.value), ['controlled', 'not-controlled', 'licence-required', 'licence-granted']);
  });

  it('names the default report file after the folder, with the format as extension', () => {
    assert.equal(defaultReportFileName('vault-crypto', 'html'), 'exportlens-report-vault-crypto.html');
    assert.equal(defaultReportFileName('my project/ä', 'csv'), 'exportlens-report-my-project.csv');
    assert.equal(defaultReportFileName('???', 'md'), 'exportlens-report-workspace.md');
  });

  it('builds generateReport parameters and refuses an empty output path', () => {
    assert.deepEqual(generateReportParams('file:///a', 'md', 'zh', '/tmp/r.md'), { folderUri: 'file:///a', format: 'md', lang: 'zh', outputPath: '/tmp/r.md' });
    assert.throws(() => generateReportParams('file:///a', 'md', 'zh', ''), /output path/);
  });

  it('replaces the report\'s own CSP with one that allows no script, as the first thing in <head>', () => {
    const report = '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src *"><title>Classification report</title></head><body><script>alert(1)</script></body></html>';
    const html = reportWebviewHtml(report);
    const policies = [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(policies, [REPORT_WEBVIEW_CSP]);
    assert.ok(html.indexOf(REPORT_WEBVIEW_CSP) < html.indexOf('<title>'), 'the policy comes before any content');
    assert.match(REPORT_WEBVIEW_CSP, /default-src 'none'/);
    assert.match(REPORT_WEBVIEW_CSP, /script-src 'none'/);
    assert.doesNotMatch(REPORT_WEBVIEW_CSP, /unsafe-eval|https?:|\*/);
    assert.ok(html.includes('<title>Classification report</title>'), 'the content stays');
  });

  it('wraps a fragment without <head> in a document carrying the policy', () => {
    const html = reportWebviewHtml('<p>hello</p>');
    assert.match(html, /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"[^>]*><\/head><body><p>hello<\/p><\/body><\/html>$/);
  });

  it('lists modules with their folder, those needing approval first, and finds a module\'s folder', () => {
    assert.deepEqual(
      modulesOf(summary).map((m) => `${m.folderUri} ${m.module.path}`),
      ['file:///a crypto', 'file:///b api', 'file:///a web'],
    );
    assert.equal(folderOfModule(summary, 'file:///b/api'), 'file:///b');
    assert.equal(folderOfModule(summary, 'file:///c/x'), undefined);
    assert.deepEqual(modulesOf(undefined), []);
  });

  it('builds recordDecision parameters, trimming text and leaving out empty optional fields', () => {
    const { params, problems } = recordDecisionParams({ folderUri: 'file:///a', module: 'crypto', category: 'ear.5d002-encryption', status: 'controlled', reviewer: '  Li Wei ', note: '   ', licenceReference: '' });
    assert.deepEqual(problems, []);
    assert.deepEqual(params, { folderUri: 'file:///a', module: 'crypto', category: 'ear.5d002-encryption', status: 'controlled', reviewer: 'Li Wei' });
  });

  it('refuses a decision without a reviewer, or a granted licence without its reference', () => {
    assert.deepEqual(recordDecisionParams({ folderUri: 'file:///a', module: 'crypto', category: 'c.x', status: 'controlled', reviewer: ' ' }).problems, ['a reviewer is required']);
    const granted = recordDecisionParams({ folderUri: 'file:///a', module: 'crypto', category: 'c.x', status: 'licence-granted', reviewer: 'A' });
    assert.equal(granted.params, undefined);
    assert.match(granted.problems.join(), /licence reference/);
    const withReference = recordDecisionParams({ folderUri: 'file:///a', module: 'crypto', category: 'c.x', status: 'licence-granted', reviewer: 'A', licenceReference: 'MOFCOM-2026-17', note: 'ok' });
    assert.deepEqual(withReference.params, { folderUri: 'file:///a', module: 'crypto', category: 'c.x', status: 'licence-granted', reviewer: 'A', note: 'ok', licenceReference: 'MOFCOM-2026-17' });
  });
});
