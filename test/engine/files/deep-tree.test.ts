/**
 * A real 12,000-level folder chain. No path that deep can be named in one system call (Linux allows
 * 4,096 bytes, macOS 1,024), so the tree is built and removed in chunks by renaming, and the walk
 * is expected to go as deep as the OS allows, report the first folder it cannot list, and carry on.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collect, errorsOf, filesOf, makeTempDir, writeTree } from './tree';

const DEPTH = 12_000;
const CHUNK = 500;
const chunkPath = (...base: string[]) => path.join(...base, ...Array<string>(CHUNK).fill('a'));

/** Builds `root/a/a/.../a` (`depth` levels) with a file at the bottom, never naming a path over ~1 KB. */
function buildChain(root: string, depth: number): void {
  let holder = path.join(root, 'holder0');
  fs.mkdirSync(chunkPath(holder), { recursive: true });
  fs.writeFileSync(path.join(chunkPath(holder), 'bottom.txt'), 'bottom');
  for (let built = CHUNK, i = 1; built < depth; built += CHUNK, i++) {
    const next = path.join(root, `holder${i}`);
    fs.mkdirSync(chunkPath(next), { recursive: true });
    // Hang the chain built so far below the new chunk.
    fs.renameSync(path.join(holder, 'a'), path.join(chunkPath(next), 'a'));
    fs.rmdirSync(holder);
    holder = next;
  }
  fs.renameSync(path.join(holder, 'a'), path.join(root, 'a'));
  fs.rmdirSync(holder);
}

/** Removes the chain a chunk at a time from the top, for the same reason. */
function removeChain(root: string): void {
  const rest = path.join(root, 'rest');
  while (fs.existsSync(path.join(chunkPath(root), 'a'))) {
    fs.renameSync(path.join(chunkPath(root), 'a'), rest);
    fs.rmSync(path.join(root, 'a'), { recursive: true });
    fs.renameSync(rest, path.join(root, 'a'));
  }
  fs.rmSync(root, { recursive: true, force: true });
}

describe('discoverFiles on a 12,000-level real tree', () => {
  let root: string;
  before(() => {
    root = makeTempDir('d');
    buildChain(root, DEPTH);
    writeTree(root, { 'a/a/a/shallow.txt': 'x', 'z.txt': 'after the chain', '.gitignore': 'ignored.txt\n' });
  });
  after(() => removeChain(root));

  it('goes as deep as the OS allows, reports the first unlistable folder, and continues', async () => {
    const events = await collect(root);
    assert.deepEqual(filesOf(events), ['.gitignore', 'a/a/a/shallow.txt', 'z.txt']);
    const errors = errorsOf(events);
    assert.equal(errors.length, 1);
    assert.match(errors[0].relPath, /^a(\/a)+$/);
    const depthReached = errors[0].relPath.split('/').length;
    // Deep enough that a recursive walk would have been tested, short of the bottom the OS cannot name.
    assert.ok(depthReached > 400 && depthReached < DEPTH, `stopped at depth ${depthReached}`);
    assert.match(errors[0].message, /ENAMETOOLONG/);
    // The walk really did list every folder above the failing one.
    assert.ok(path.join(root, errors[0].relPath).length > 1000);
  });
});
