import * as assert from 'node:assert/strict';
import { compileGlobs } from '../../../server/src/engine/files/globs';

describe('compileGlobs', () => {
  it('matches globs without a slash against the last segment, at any depth', () => {
    const globs = compileGlobs(['*.min.js', 'fixtures']);
    assert.equal(globs.firstMatch('a/b/c.min.js'), '*.min.js');
    assert.equal(globs.firstMatch('test/fixtures'), 'fixtures');
    assert.equal(globs.firstMatch('test/fixtures2'), undefined);
  });

  it('anchors globs with a slash at the root, ignoring a leading / or ./', () => {
    const globs = compileGlobs(['src/*.ts', '/lib/**', './tools/**']);
    assert.equal(globs.firstMatch('src/a.ts'), 'src/*.ts');
    assert.equal(globs.firstMatch('pkg/src/a.ts'), undefined);
    assert.equal(globs.firstMatch('src/deep/a.ts'), undefined);
    assert.equal(globs.firstMatch('lib/x/y.js'), '/lib/**');
    assert.equal(globs.firstMatch('tools'), './tools/**');
  });

  it('matches dotfiles and names with newlines', () => {
    const globs = compileGlobs(['**/*.js']);
    assert.equal(globs.firstMatch('.eslintrc.js'), '**/*.js');
    assert.equal(globs.firstMatch('a\nb/c\nd.js'), '**/*.js');
  });

  it('is empty when no usable glob is given', () => {
    assert.equal(compileGlobs([]).isEmpty, true);
    assert.equal(compileGlobs(['  ']).isEmpty, true);
    assert.equal(compileGlobs(['a']).isEmpty, false);
  });
});
