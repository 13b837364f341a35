/**
 * The compiled-catalogue cache: a catalogue loaded from the cache is the same as one loaded from its
 * YAML (same data, same digest), an edited file is never served from the cache, and a corrupt entry
 * falls back to the full load.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCatalogueFile, loadCatalogues } from '../../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../../server/src/engine/catalogue/location';
import { catalogueDigest } from '../../../server/src/engine/catalogue/digest';

describe('compiled catalogue cache', function () {
  this.timeout(60_000);
  let dir: string;
  let previous: string | undefined;

  beforeEach(() => {
    previous = process.env.EXPORTLENS_CATALOGUE_CACHE;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-catcache-'));
    process.env.EXPORTLENS_CATALOGUE_CACHE = dir;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.EXPORTLENS_CATALOGUE_CACHE;
    else process.env.EXPORTLENS_CATALOGUE_CACHE = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the shipped catalogues from the cache exactly as from YAML', () => {
    const paths = builtinCataloguePaths();
    const cold = loadCatalogues(paths);
    assert.equal(cold.problems.length, 0);
    assert.equal(fs.readdirSync(dir).filter((n) => n.endsWith('.json')).length, paths.length, 'one entry per file');
    const warm = loadCatalogues(paths);
    assert.deepEqual(warm.catalogues, cold.catalogues);
    assert.equal(catalogueDigest(warm.catalogues), catalogueDigest(cold.catalogues));
  });

  it('does not serve an edited file from the cache, and ignores a corrupt entry', () => {
    const source = builtinCataloguePaths()[0];
    const copy = path.join(dir, 'copy.yaml');
    fs.copyFileSync(source, copy);
    const original = loadCatalogueFile(copy).catalogue!;
    const text = fs.readFileSync(copy, 'utf8');
    fs.writeFileSync(copy, text.replace(/^title: .*$/m, 'title: Edited title'));
    const edited = loadCatalogueFile(copy).catalogue!;
    assert.equal(edited.title, 'Edited title');
    assert.notEqual(original.title, 'Edited title');

    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) fs.writeFileSync(path.join(dir, name), 'not a cache entry');
    const again = loadCatalogueFile(copy);
    assert.deepEqual(again.problems, []);
    assert.equal(again.catalogue!.title, 'Edited title');
  });

  it('never caches a file with problems: they are reported with positions every time', () => {
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, 'id: x\ntitle: 3\n');
    const first = loadCatalogueFile(bad);
    const second = loadCatalogueFile(bad);
    assert.ok(first.problems.length > 0);
    assert.deepEqual(second.problems, first.problems);
    assert.ok(second.problems[0].line !== undefined);
  });
});
