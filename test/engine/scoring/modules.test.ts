import { strict as assert } from 'node:assert';
import { ModuleMap, folderOf } from '../../../server/src/engine/scoring/modules';

describe('modules', () => {
  it('assigns a file to the nearest folder with a manifest', () => {
    const modules = new ModuleMap(['services/recs', 'services/recs/trainer', '.']);
    assert.equal(modules.moduleOf('services/recs/src/a.py'), 'services/recs');
    assert.equal(modules.moduleOf('services/recs/trainer/t.py'), 'services/recs/trainer');
    assert.equal(modules.moduleOf('tools/x.py'), '.');
    assert.equal(modules.moduleOf('setup.py'), '.');
  });

  it('falls back to the top-level folder when no manifest is above the file', () => {
    const modules = new ModuleMap(['services/recs']);
    assert.equal(modules.moduleOf('crypto/aes/aes.c'), 'crypto');
    assert.equal(modules.moduleOf('main.c'), '.');
  });

  it('accepts configured roots written with ./ and trailing slashes', () => {
    const modules = new ModuleMap(['./libs/codec/']);
    assert.equal(modules.moduleOf('libs/codec/x.c'), 'libs/codec');
  });

  it('gives the folder of a path', () => {
    assert.equal(folderOf('a/b/c.txt'), 'a/b');
    assert.equal(folderOf('c.txt'), '.');
  });
});
