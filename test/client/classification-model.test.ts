import * as assert from 'node:assert/strict';
import type { ModuleSummary, WorkspaceSummary } from '../../server/src/protocol/messages';
import { categoryDescription, categoryTooltip, childNodes, findingLocation, moduleLabel, OTHER_MODULES_LABEL, rootNodes } from '../../client/src/tree/classification-model';
import type { ClassificationNode } from '../../client/src/tree/classification-model';

function finding(file: string, line: number, message = `hit at ${line}`) {
  return { uri: `file:///ws/${file}`, line, column: 1, endLine: line, endColumn: 5, message, severity: 'warning' as const, suppressed: false };
}

function module(path: string, requiresApproval: boolean, categories: ModuleSummary['categories'] = []): ModuleSummary {
  return { path, uri: `file:///ws/${path}`, requiresApproval, categories, rationale: `${path} rationale` };
}

const crypto = module('vault-crypto', true, [
  { id: 'cn.low', title: 'Low', reference: 'CN 1', confidence: 0.4, findings: [] },
  { id: 'ear.5d002-encryption', title: 'Encryption', reference: 'EAR 5D002', confidence: 0.9, findings: [finding('vault-crypto/b.go', 3), finding('vault-crypto/a.go', 9), finding('vault-crypto/a.go', 2)] },
]);
const recommender = module('recommender-service', true);
const storefront = module('storefront-web', false);
const auth = module('auth-gateway', false);

function summary(...modules: ModuleSummary[]): WorkspaceSummary {
  return { roots: [{ uri: 'file:///ws', modules, filesScanned: 10, skipped: 0, errors: 0 }], modulesNeedingApproval: modules.filter((m) => m.requiresApproval).length };
}

function labels(nodes: ClassificationNode[]): string[] {
  return nodes.map((node) => {
    switch (node.kind) {
      case 'module':
        return moduleLabel(node.module);
      case 'otherModules':
        return OTHER_MODULES_LABEL;
      case 'category':
        return node.category.id;
      case 'finding':
        return findingLocation(node.finding);
      case 'message':
        return `message: ${node.text}`;
      case 'staleDecision':
        return `stale: ${node.text}`;
    }
  });
}

describe('client classification tree model', () => {
  it('says so before the first summary and when there are no modules', () => {
    assert.match(labels(rootNodes(undefined))[0]!, /^message: Not scanned yet/);
    assert.match(labels(rootNodes(summary()))[0]!, /^message: No modules/);
  });

  it('lists modules needing approval first, sorted, then one "Other modules" node holding the rest', () => {
    const roots = rootNodes(summary(storefront, crypto, auth, recommender));
    assert.deepEqual(labels(roots), ['recommender-service', 'vault-crypto', OTHER_MODULES_LABEL]);
    assert.deepEqual(labels(childNodes(roots[2]!)), ['auth-gateway', 'storefront-web']);
  });

  it('omits the "Other modules" node when every module needs approval', () => {
    assert.deepEqual(labels(rootNodes(summary(crypto))), ['vault-crypto']);
  });

  it('orders categories by confidence and findings by file then line', () => {
    const [cryptoNode] = rootNodes(summary(crypto));
    const categories = childNodes(cryptoNode!);
    assert.deepEqual(labels(categories), ['ear.5d002-encryption', 'cn.low']);
    assert.deepEqual(labels(childNodes(categories[0]!)), ['a.go:2', 'a.go:9', 'b.go:3']);
    assert.deepEqual(childNodes(categories[1]!), []);
  });

  it('labels the root module by its folder name and names the root in multi-root workspaces', () => {
    const rootModule: ModuleSummary = { ...module('.', true), uri: 'file:///work/my%20app' };
    assert.equal(moduleLabel(rootModule), 'my app');
    const twoRoots: WorkspaceSummary = {
      roots: [
        { uri: 'file:///a/left', modules: [crypto], filesScanned: 1, skipped: 0, errors: 0 },
        { uri: 'file:///b/right/', modules: [recommender], filesScanned: 1, skipped: 0, errors: 0 },
      ],
      modulesNeedingApproval: 2,
    };
    const nodes = rootNodes(twoRoots);
    assert.deepEqual(
      nodes.map((node) => (node.kind === 'module' ? node.rootLabel : undefined)),
      ['right', 'left'],
    );
  });

  describe('review decisions on category nodes', () => {
    const granted = { status: 'licence-granted' as const, reviewer: 'J. Doe', date: '2026-11-02', licence: 'LIC-7', stale: false, tiedToEvidence: true };
    const encryption = (decision?: typeof granted) => ({
      id: 'ear.5d002-encryption',
      title: 'Encryption',
      reference: 'EAR 5D002',
      confidence: 0.9,
      findings: [finding('vault-crypto/a.go', 2)],
      ...(decision ? { decision } : {}),
    });
    const categoryNode = (category: ReturnType<typeof encryption>) => childNodes(rootNodes(summary(module('vault-crypto', true, [category])))[0]!)[0]!;

    it('shows a current decision in the description, with no stale marker', () => {
      const node = categoryNode(encryption(granted));
      assert.ok(node.kind === 'category');
      assert.equal(categoryDescription(node.category), 'EAR 5D002 · 90% · licence-granted · J. Doe 2026-11-02');
      assert.deepEqual(labels(childNodes(node)), ['a.go:2']);
      assert.match(categoryTooltip(node.category), /Current: the evidence is unchanged/);
    });

    it('marks a stale decision: "stale" in the description and a marker node above the findings', () => {
      const node = categoryNode(encryption({ ...granted, stale: true }));
      assert.ok(node.kind === 'category');
      assert.equal(categoryDescription(node.category), 'EAR 5D002 · 90% · licence-granted · J. Doe 2026-11-02 · stale');
      assert.deepEqual(labels(childNodes(node)), ['stale: stale — evidence changed since the decision', 'a.go:2']);
      assert.match(categoryTooltip(node.category), /STALE: the evidence changed/);
      const marker = childNodes(node)[0]!;
      assert.ok(marker.kind === 'staleDecision' && marker.category.id === 'ear.5d002-encryption' && marker.module.path === 'vault-crypto');
      assert.deepEqual(childNodes(marker), []);
    });

    it('shows no decision text and no marker when nothing is decided', () => {
      const node = categoryNode(encryption());
      assert.ok(node.kind === 'category');
      assert.equal(categoryDescription(node.category), 'EAR 5D002 · 90%');
      assert.deepEqual(labels(childNodes(node)), ['a.go:2']);
      assert.match(categoryTooltip(node.category), /No review decision recorded/);
    });

    it('says when a decision is not tied to evidence', () => {
      const node = categoryNode(encryption({ ...granted, tiedToEvidence: false }));
      assert.ok(node.kind === 'category');
      assert.match(categoryTooltip(node.category), /Not tied to evidence/);
    });
  });
});
