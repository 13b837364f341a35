/**
 * Worker threads change how fast a scan is, never what it says: a scan spread over workers gives the
 * same bytes of JSON as the single-thread scan, on the sample workspace and on the multi-language
 * corpus (files finish in whatever order the workers manage; the result must not show it).
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { Workspace, scanWorkspace } from '../../../server/src/engine/scan';
import { loadCatalogues } from '../../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../../server/src/engine/catalogue/location';
import { workersAvailable } from '../../../server/src/engine/workers/worker-pool';
import { formatJson } from '../../../server/src/output/json';
import type { Catalogue } from '../../../server/src/engine/types';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

async function scanJson(root: string, catalogues: Catalogue[], jobs: number): Promise<string> {
  const workspace = await Workspace.open(root, { catalogues });
  await workspace.scanAll({ jobs });
  return formatJson(workspace.result());
}

describe('worker-thread scan', function () {
  this.timeout(300_000);
  let catalogues: Catalogue[];

  before(() => {
    catalogues = loadCatalogues(builtinCataloguePaths()).catalogues;
    assert.ok(catalogues.length > 0);
  });

  it('has its worker script next to the pool in the compiled engine', () => {
    assert.equal(workersAvailable(), true);
  });

  for (const folder of ['examples', 'test/corpus']) {
    it(`gives byte-identical JSON with 2 and 3 workers and with none on ${folder}/`, async () => {
      const root = path.join(ROOT, folder);
      const single = await scanJson(root, catalogues, 1);
      const two = await scanJson(root, catalogues, 2);
      const three = await scanJson(root, catalogues, 3);
      assert.ok(JSON.parse(single).stats.filesScanned > 10, 'the scan saw files');
      assert.equal(two, single);
      assert.equal(three, single);
    });
  }

  it('scanWorkspace with jobs 2 equals the single-thread Workspace scan (findings included)', async () => {
    const root = path.join(ROOT, 'examples');
    const viaWorkers = formatJson(await scanWorkspace(root, { catalogues, jobs: 2 }));
    const single = await scanJson(root, catalogues, 1);
    assert.equal(viaWorkers, single);
    assert.ok(JSON.parse(single).findings.length > 0, 'the comparison covers findings');
  });
});
