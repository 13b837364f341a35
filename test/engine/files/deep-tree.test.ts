/**
 * A real 12,000-level folder chain. No path that deep can be named in one system call (Linux allows
 * 4,096 bytes, macOS 1,024), so a child process builds and removes it by changing into each folder
 * in turn (the chdir stays out of the test process). The walk is expected to go as deep as the OS
 * allows, report the first folder it cannot list, and carry on.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collect, errorsOf, filesOf, makeTempDir, writeTree } from './tree';

const DEPTH = 12_000;

const BUILD = `
const fs = require('node:fs');
process.chdir(process.argv[1]);
for (let i = 0; i < Number(process.argv[2]); i++) { fs.mkdirSync('a'); process.chdir('a'); }
fs.writeFileSync('bottom.txt', 'bottom');
`;

const REMOVE = `
const fs = require('node:fs');
process.chdir(process.argv[1]);
let depth = 0;
while (fs.existsSync('a')) { process.chdir('a'); depth++; }
for (; depth > 0; depth--) { process.chdir('..'); fs.rmSync('a', { recursive: true, force: true }); }
`;

function runNode(script: string, ...args: string[]): void {
  const run = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

describe('discoverFiles on a 12,000-level real tree', () => {
  let root: string;
  before(() => {
    root = makeTempDir('d');
    runNode(BUILD, root, String(DEPTH));
    writeTree(root, { 'a/a/a/shallow.txt': 'x', 'z.txt': 'after the chain', '.gitignore': 'ignored.txt\n' });
  });
  after(() => {
    runNode(REMOVE, root);
    fs.rmSync(root, { recursive: true, force: true });
  });

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
