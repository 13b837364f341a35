import { strict as assert } from 'node:assert';
import { compare, metricsOf } from './evaluate';
import type { ScanResult } from '../../server/src/engine/result';

function result(modules: ScanResult['modules'], findings: Partial<ScanResult['findings'][number]>[] = []): ScanResult {
  return {
    version: 1,
    tool: { name: 'exportlens', version: 't' },
    catalogues: [],
    modules,
    findings: findings as ScanResult['findings'],
    skipped: [],
    errors: [],
    stats: { filesScanned: 0, filesSkipped: 0, bytesScanned: 0, parsedWithTreeSitter: 0, parsedLexically: 0, prefilteredOut: 0 },
  };
}

describe('evaluation arithmetic', () => {
  it('computes precision, recall and F1, treating nothing-to-find as perfect', () => {
    const m = metricsOf({ truePositives: 8, falsePositives: 2, falseNegatives: 8 });
    assert.equal(m.precision, 0.8);
    assert.equal(m.recall, 0.5);
    assert.ok(Math.abs(m.f1 - 0.6153846) < 1e-6);
    assert.equal(metricsOf({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }).precision, 1);
  });

  it('counts a module as predicted only at the approval threshold, and lists mistakes', () => {
    const labels = [
      { module: 'py/a', expected: [{ id: 'x.one', reason: 'trains a model' }] },
      { module: 'py/b', expected: [] },
      { module: 'py/c', expected: [{ id: 'x.one', reason: 'pushes picks' }] },
    ];
    const evaluation = compare(
      labels,
      result([
        { path: 'py/a', requiresApproval: true, categories: [{ id: 'x.one', confidence: 0.9, findings: 1, suppressed: 0, signalKinds: [] }], rationale: '' },
        { path: 'py/b', requiresApproval: true, categories: [{ id: 'x.one', confidence: 0.7, findings: 1, suppressed: 0, signalKinds: [] }], rationale: '' },
        { path: 'py/c', requiresApproval: false, categories: [{ id: 'x.one', confidence: 0.5, findings: 1, suppressed: 0, signalKinds: [] }], rationale: '' },
      ]),
      ['x.one'],
    );
    const m = evaluation.moduleMetrics.get('x.one')!;
    assert.deepEqual([m.truePositives, m.falsePositives, m.falseNegatives], [1, 1, 1]);
    assert.deepEqual(evaluation.mistakes.map((x) => `${x.kind} ${x.where}`), ['false alarm py/b', 'miss py/c']);
  });
});
