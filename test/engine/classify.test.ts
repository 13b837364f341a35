import { strict as assert } from 'node:assert';
import { classify, severityFor } from '../../server/src/engine/classify';
import { ModuleMap } from '../../server/src/engine/scoring/modules';
import type { FileAnalysis } from '../../server/src/engine/analyze-file';
import type { Catalogue, Evidence, Signal, Suppression } from '../../server/src/engine/types';
import { category, signal } from '../helpers/signals';

const dep = signal({ id: 'dep', kind: 'dependency', match: 'implicit', weight: 0.6 });
const imp = signal({ id: 'imp', kind: 'import', match: 'implicit', weight: 0.6 });
const call = signal({ id: 'call', kind: 'call', match: 'fit', weight: 0.5 });
const banned = signal({ id: 'banned', kind: 'constant', match: '1', weight: 0.9 });

const catalogue: Catalogue = {
  id: 'cn',
  title: 'Test catalogue',
  version: 'r1',
  jurisdiction: 'CN',
  revisions: [{ id: 'r1', title: 'r1', date: '2020-01-01' }],
  categories: [category('t.push', [dep, imp, call]), category('t.banned', [banned], 'prohibited')],
  sourcePath: '/dev/null',
};

function ev(categoryId: string, s: Signal, path: string, line: number): Evidence {
  return { categoryId, signal: s, path, range: { line, column: 1, endLine: line, endColumn: 5 }, matchedText: s.match };
}

function analysis(path: string, evidence: Evidence[], method: FileAnalysis['method'] = 'tree-sitter', suppressions: Suppression[] = []): FileAnalysis {
  return { path, method, evidence, suppressions, warnings: [] };
}

const options = { approvalThreshold: 0.6, reportThreshold: 0.3 };

describe('classification', () => {
  it('combines a module manifest with a file import into a warning on both', () => {
    const analyses = [
      analysis('svc/requirements.txt', [ev('t.push', dep, 'svc/requirements.txt', 1)], 'manifest'),
      analysis('svc/train.py', [ev('t.push', imp, 'svc/train.py', 3)]),
      analysis('other/x.py', []),
    ];
    const { modules, findings } = classify(analyses, new ModuleMap(['svc']), [catalogue], options, ['svc', 'other']);
    assert.deepEqual(modules.map((m) => [m.path, m.requiresApproval]), [['other', false], ['svc', true]]);
    assert.deepEqual(findings.map((f) => [f.path, f.line, f.severity]), [['svc/requirements.txt', 1, 'warning'], ['svc/train.py', 3, 'warning']]);
    assert.match(modules[1].rationale, /approval needed/);
    assert.match(modules[0].rationale, /No technology/);
  });

  it('does not let one file colour its neighbours: a lone import elsewhere in the module stays information', () => {
    const analyses = [
      analysis('svc/a.py', [ev('t.push', imp, 'svc/a.py', 1), ev('t.push', call, 'svc/a.py', 9)]),
      analysis('svc/b.py', [ev('t.push', imp, 'svc/b.py', 2)]),
    ];
    const { findings } = classify(analyses, new ModuleMap(['svc']), [catalogue], options);
    assert.deepEqual(findings.filter((f) => f.path === 'svc/a.py').map((f) => f.severity), ['warning', 'warning']);
    assert.deepEqual(findings.filter((f) => f.path === 'svc/b.py').map((f) => f.severity), ['information']);
  });

  it('keeps suppressed findings, marks them, and leaves them out of the module score', () => {
    const suppression: Suppression = { categoryId: 't.push', reason: 'vendored sample', scope: 'file', line: 1 };
    const analyses = [analysis('svc/a.py', [ev('t.push', imp, 'svc/a.py', 3), ev('t.push', call, 'svc/a.py', 4)], 'tree-sitter', [suppression])];
    const { modules, findings } = classify(analyses, new ModuleMap(['svc']), [catalogue], options);
    assert.equal(findings.length, 2);
    assert.ok(findings.every((f) => f.suppressed && f.suppressionReason === 'vendored sample'));
    assert.equal(modules[0].requiresApproval, false);
    assert.equal(modules[0].categories[0].suppressed, 2);
    assert.equal(modules[0].categories[0].findings, 0);
  });

  it('shows the README prose a module score counts, with the module score, so every cited kind has a finding', () => {
    const prose = signal({ id: 'prose', kind: 'notice', match: 'collaborative filtering', weight: 0.3, role: 'context' });
    const analyses = [
      analysis('svc/README.md', [ev('t.push', prose, 'svc/README.md', 4)], 'notice'),
      analysis('svc/train.py', [ev('t.push', imp, 'svc/train.py', 3), ev('t.push', call, 'svc/train.py', 8)]),
    ];
    const { modules, findings } = classify(analyses, new ModuleMap(['svc']), [catalogue], options);
    const category = modules[0].categories[0];
    assert.ok(category.signalKinds.includes('notice'), 'the module score counts the prose');
    const readme = findings.filter((f) => f.path === 'svc/README.md');
    assert.deepEqual(readme.map((f) => [f.line, f.confidence]), [[4, category.confidence]]);
    // Prose alone, with nothing positive in the module, is still nothing.
    const alone = classify([analyses[0]], new ModuleMap(['svc']), [catalogue], options);
    assert.deepEqual(alone.findings, []);
  });

  it('gives prohibited categories error severity', () => {
    const { findings } = classify([analysis('m/x.c', [ev('t.banned', banned, 'm/x.c', 7)])], new ModuleMap(['m']), [catalogue], options);
    assert.equal(findings[0].severity, 'error');
    assert.equal(severityFor(catalogue.categories[0], 0.59, options), 'information');
  });
});
