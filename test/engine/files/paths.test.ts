import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isInside, resolveInside, toPosixRelative } from '../../../server/src/engine/files/paths';
import { makeTempDir, removeTree, writeTree } from './tree';

describe('toPosixRelative', () => {
  it('gives forward-slash paths relative to the root', () => {
    const root = path.resolve('/work/repo');
    assert.equal(toPosixRelative(root, path.join(root, 'src', 'a b', '中.js')), 'src/a b/中.js');
    assert.equal(toPosixRelative(root, root), '.');
    assert.equal(toPosixRelative(root, path.resolve('/work/other/x.js')), '../other/x.js');
  });
});

describe('isInside', () => {
  let root: string;
  let outside: string;
  before(() => {
    const base = makeTempDir();
    root = path.join(base, 'root');
    outside = path.join(base, 'outside');
    writeTree(root, { 'src/a.js': 'x', 'docs/readme.md': 'x' });
    writeTree(outside, { 'secret.js': 'x' });
    fs.symlinkSync(outside, path.join(root, 'escape'));
    fs.symlinkSync('src', path.join(root, 'alias'));
    fs.symlinkSync(path.join(outside, 'nowhere'), path.join(root, 'dangling'));
    fs.symlinkSync(root, path.join(base, 'root-link'));
  });
  after(() => removeTree(path.dirname(root)));

  it('accepts paths inside, existing or not', async () => {
    assert.equal(await isInside(root, 'src/a.js'), true);
    assert.equal(await isInside(root, 'src/new/file.js'), true);
    assert.equal(await isInside(root, 'src/../docs/readme.md'), true);
    assert.equal(await isInside(root, '.'), true);
    assert.equal(await isInside(root, path.join(root, 'src')), true);
  });

  it('rejects paths that climb out with ..', async () => {
    assert.equal(await isInside(root, '..'), false);
    assert.equal(await isInside(root, '../outside/secret.js'), false);
    assert.equal(await isInside(root, 'src/../../outside/secret.js'), false);
    assert.equal(await isInside(root, outside), false);
  });

  it('rejects paths that leave through a symlink, even to files that do not exist yet', async () => {
    assert.equal(await isInside(root, 'escape'), false);
    assert.equal(await isInside(root, 'escape/secret.js'), false);
    assert.equal(await isInside(root, 'escape/new.js'), false);
    assert.equal(await isInside(root, 'dangling'), false);
    assert.equal(await isInside(root, 'dangling/x.js'), false);
  });

  it('accepts a symlink that stays inside, and returns the real path to open', async () => {
    assert.equal(await resolveInside(root, 'alias/a.js'), path.join(fs.realpathSync(root), 'src', 'a.js'));
  });

  it('resolves a symlinked root too', async () => {
    const linkedRoot = path.join(path.dirname(root), 'root-link');
    assert.equal(await isInside(linkedRoot, 'src/a.js'), true);
    assert.equal(await isInside(linkedRoot, path.join(root, 'src', 'a.js')), true);
    assert.equal(await isInside(linkedRoot, '../outside/secret.js'), false);
  });

  it('rejects NUL bytes and a missing root instead of throwing', async () => {
    assert.equal(await isInside(root, 'src/a.js\0.png'), false);
    assert.equal(await isInside(path.join(root, 'missing'), 'a.js'), false);
  });
});
