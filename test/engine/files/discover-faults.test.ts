/**
 * Failures that cannot be produced reliably on a real disk (tests run as root, where chmod 000 does
 * not stop reads), races, and a tree deeper than any real path-length limit, via the `fs` seam.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discoverFiles, type DiscoveryEvent } from '../../../server/src/engine/files/discover';
import { describeFsError, nodeDiscoveryFs, type DirEntry, type DiscoveryFs, type FileStat } from '../../../server/src/engine/files/fs-access';
import { errorsOf, filesOf, makeTempDir, options, removeTree, skipsOf, writeTree } from './tree';

/** An error shaped like Node's own: `EACCES: permission denied, scandir '/abs/path'`. */
function systemError(code: string, description: string, syscall: string, absPath: string): Error {
  return Object.assign(new Error(`${code}: ${description}, ${syscall} '${absPath}'`), { code, syscall, path: absPath });
}

async function walk(root: string, fsImpl: DiscoveryFs): Promise<DiscoveryEvent[]> {
  const events: DiscoveryEvent[] = [];
  for await (const event of discoverFiles(root, options({ fs: fsImpl }))) events.push(event);
  return events;
}

describe('discoverFiles failures and races', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempDir();
  });
  afterEach(() => removeTree(root));

  it('reports EACCES on a folder, a file and an ignore file, and walks on', async () => {
    writeTree(root, {
      'a.js': 'x',
      'locked/inner.js': 'x',
      'noperm.js': 'x',
      'sub/.gitignore': '*.log\n',
      'sub/x.log': 'x',
      'z.js': 'x',
    });
    const denied = (syscall: string, target: string) => systemError('EACCES', 'permission denied', syscall, target);
    const faulty: DiscoveryFs = {
      ...nodeDiscoveryFs,
      readdir: async (p) => {
        if (p === path.join(root, 'locked')) throw denied('scandir', p);
        return nodeDiscoveryFs.readdir(p);
      },
      lstat: async (p) => {
        if (p === path.join(root, 'noperm.js')) throw denied('lstat', p);
        return nodeDiscoveryFs.lstat(p);
      },
      readFile: async (p) => {
        if (p === path.join(root, 'sub', '.gitignore')) throw denied('open', p);
        return nodeDiscoveryFs.readFile(p);
      },
    };
    const events = await walk(root, faulty);
    // The unreadable .gitignore is reported once and not offered for scanning; its rules are not applied.
    assert.deepEqual(filesOf(events), ['a.js', 'sub/x.log', 'z.js']);
    assert.deepEqual(errorsOf(events), [
      { relPath: 'locked', message: 'cannot list folder: EACCES: permission denied' },
      { relPath: 'noperm.js', message: 'cannot stat file: EACCES: permission denied' },
      { relPath: 'sub/.gitignore', message: 'cannot read ignore file: EACCES: permission denied' },
    ]);
  });

  it('reports a file or folder deleted between listing and use, naming it, and walks on', async () => {
    writeTree(root, { 'a.js': 'x', 'gone.js': 'x', 'gonedir/inner.js': 'x', 'z.js': 'x' });
    const racing: DiscoveryFs = {
      ...nodeDiscoveryFs,
      readdir: async (p) => {
        const entries = await nodeDiscoveryFs.readdir(p);
        if (p === root) {
          // Really delete them, after the listing that still names them.
          fs.unlinkSync(path.join(root, 'gone.js'));
          fs.rmSync(path.join(root, 'gonedir'), { recursive: true });
        }
        return entries;
      },
    };
    const events = await walk(root, racing);
    assert.deepEqual(filesOf(events), ['a.js', 'z.js']);
    assert.deepEqual(errorsOf(events), [
      { relPath: 'gone.js', message: 'cannot stat file: ENOENT: no such file or directory' },
      { relPath: 'gonedir', message: 'cannot list folder: ENOENT: no such file or directory' },
    ]);
  });

  it('walks a 12,000-level virtual tree to the bottom without recursion', async () => {
    // In memory, because no real file system accepts a path this long (Linux stops at 4,096 bytes).
    const depth = 12_000;
    const virtualRoot = '/virtual';
    const dir = (name: string): DirEntry & FileStat => ({
      name,
      size: 0,
      isFile: () => false,
      isDirectory: () => true,
      isSymbolicLink: () => false,
    });
    const file = (name: string, size: number): DirEntry & FileStat => ({
      name,
      size,
      isFile: () => true,
      isDirectory: () => false,
      isSymbolicLink: () => false,
    });
    // Folder at depth d is `/virtual` + `/a` d times: its depth follows from its length alone.
    const depthOf = (p: string) => (p.length - virtualRoot.length) / 2;
    const notFound = (p: string) => systemError('ENOENT', 'no such file or directory', 'open', p);
    const virtual: DiscoveryFs = {
      stat: async () => dir('virtual'),
      readdir: async (p) => {
        const d = depthOf(p);
        if (d === 1) return [dir('a'), file('top.txt', 3)];
        return d < depth ? [dir('a')] : [file('bottom.txt', 6)];
      },
      lstat: async (p) => (p.endsWith('bottom.txt') ? file('bottom.txt', 6) : file('top.txt', 3)),
      readFile: async (p) => {
        throw notFound(p);
      },
      readlink: async (p) => {
        throw notFound(p);
      },
    };
    const events = await walk(virtualRoot, virtual);
    assert.equal(errorsOf(events).length, 0);
    const files = events.filter((e) => e.type === 'file');
    assert.equal(files.length, 2);
    assert.equal(files[0].relPath, `${'a/'.repeat(depth)}bottom.txt`);
    assert.equal(files[1].relPath, 'a/top.txt');
    assert.equal(skipsOf(events).length, 0);
  });
});

describe('describeFsError', () => {
  it('keeps the code and description but drops the absolute path', () => {
    assert.equal(describeFsError(systemError('EACCES', 'permission denied', 'open', '/home/x/a, b.js')), 'EACCES: permission denied');
  });
  it('keeps messages of other shapes whole', () => {
    assert.equal(describeFsError(new Error('something odd')), 'something odd');
    assert.equal(describeFsError('a string'), 'a string');
  });
});
