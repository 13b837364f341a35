import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collect, errorsOf, filesOf, makeTempDir, removeTree, runningAsRoot, skipsOf, writeTree } from './tree';

describe('discoverFiles on real trees', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempDir();
  });
  afterEach(() => {
    // Undo chmod 000 so cleanup can remove everything.
    for (const locked of ['locked', 'locked.js']) {
      try {
        fs.chmodSync(path.join(root, locked), 0o755);
      } catch {
        /* not created by this test */
      }
    }
    removeTree(root);
  });

  describe('.gitignore', () => {
    it('applies nested files with negation, anchoring and folder-only patterns', async () => {
      writeTree(root, {
        '.gitignore': '# build output\n*.log\nbuild/\n!important.log\n/root-only.txt\n',
        'app.js': 'x',
        'debug.log': 'x',
        'important.log': 'x',
        'root-only.txt': 'x',
        'build/out.js': 'x',
        'docs/build': 'a file named build, not a folder',
        'sub/.gitignore': '!debug.log\ncache/\n',
        'sub/debug.log': 'x',
        'sub/trace.log': 'x',
        'sub/root-only.txt': 'x',
        'sub/cache/x.js': 'x',
        'sub/lib/cache': 'a file named cache',
      });
      const events = await collect(root);
      assert.deepEqual(filesOf(events), [
        '.gitignore',
        'app.js',
        'docs/build',
        'important.log',
        'sub/.gitignore',
        'sub/debug.log',
        'sub/lib/cache',
        'sub/root-only.txt',
      ]);
      assert.deepEqual(skipsOf(events), [
        'build ignored',
        'debug.log ignored',
        'root-only.txt ignored',
        'sub/cache ignored',
        'sub/trace.log ignored',
      ]);
      const build = events.find((e) => e.relPath === 'build');
      assert.deepEqual(build, { type: 'skipped', relPath: 'build', reason: 'ignored', detail: '.gitignore:3: build/' });
      const cache = events.find((e) => e.relPath === 'sub/cache');
      assert.equal(cache?.type === 'skipped' && cache.detail, 'sub/.gitignore:2: cache/');
    });

    it('lets a deeper file re-include a folder a shallower one ignores, but nothing inside an ignored folder', async () => {
      writeTree(root, {
        '.gitignore': 'gen/\nout/\n!out/keep.js\n',
        'gen/a.js': 'x',
        'sub/.gitignore': '!gen/\n',
        'sub/gen/b.js': 'x',
        'out/keep.js': 'x',
      });
      const events = await collect(root);
      assert.deepEqual(filesOf(events), ['.gitignore', 'sub/.gitignore', 'sub/gen/b.js']);
      assert.deepEqual(skipsOf(events), ['gen ignored', 'out ignored']);
    });

    it('agrees with git itself on which files are ignored', async function () {
      const git = (args: string[]) =>
        spawnSync('git', args, {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
        });
      if (git(['--version']).status !== 0) this.skip();
      writeTree(root, {
        '.gitignore': '*.tmp\n/dist/\nlogs/**/*.log\n!logs/keep/**\ndocs/*.md\n!docs/README.md\n**/cache\n',
        'a.tmp': 'x',
        'src/b.tmp': 'x',
        'src/c.js': 'x',
        'dist/d.js': 'x',
        'src/dist/e.js': 'x',
        'logs/x/f.log': 'x',
        'logs/keep/g.log': 'x',
        'logs/h.txt': 'x',
        'docs/i.md': 'x',
        'docs/README.md': 'x',
        'docs/deep/j.md': 'x',
        'src/cache/k.js': 'x',
        'src/.gitignore': '!b.tmp\n/local.js\n*.bak\n',
        'src/local.js': 'x',
        'src/more/local.js': 'x',
        'src/more/l.bak': 'x',
        'src/more/.gitignore': '!l.bak\n',
        'sp ace/é 中文.tmp': 'x',
        'sp ace/m.js': 'x',
      });
      assert.equal(git(['init', '-q']).status, 0);
      fs.writeFileSync(path.join(root, '.git', 'info', 'exclude'), 'src/c.js\n');
      const listed = git(['ls-files', '--others', '--exclude-standard', '-z']);
      assert.equal(listed.status, 0, listed.stderr);
      const byGit = listed.stdout.split('\0').filter(Boolean).sort();
      const ours = filesOf(await collect(root)).sort();
      assert.deepEqual(ours, byGit);
      // Guard against a vacuous agreement: the tree does exercise ignoring and re-including.
      assert.ok(byGit.includes('src/b.tmp') && byGit.includes('logs/keep/g.log') && !byGit.includes('a.tmp'));
    });

    it('applies the root .git/info/exclude and skips version-control folders silently', async () => {
      writeTree(root, {
        '.git/info/exclude': 'private.js\n',
        '.git/config': '[core]\n',
        '.hg/store/data': 'x',
        '.svn/entries': 'x',
        'sub/.git': 'gitdir: ../.git/modules/sub\n',
        'sub/code.js': 'x',
        'private.js': 'x',
        'public.js': 'x',
      });
      const events = await collect(root);
      assert.deepEqual(filesOf(events), ['public.js', 'sub/code.js']);
      assert.deepEqual(events.filter((e) => e.type === 'skipped'), [
        { type: 'skipped', relPath: 'private.js', reason: 'ignored', detail: '.git/info/exclude:1: private.js' },
      ]);
    });
  });

  it('applies .exportlensignore at every level, and it can re-include what git ignores', async () => {
    writeTree(root, {
      '.gitignore': 'dist/\n',
      '.exportlensignore': 'fixtures/\n*.snap\n!dist/\n',
      'dist/bundle.js': 'x',
      'fixtures/f.js': 'x',
      'a.snap': 'x',
      'pkg/.exportlensignore': 'local.js\n',
      'pkg/local.js': 'x',
      'pkg/b.snap': 'x',
      'pkg/kept.js': 'x',
      'local.js': 'x',
    });
    const events = await collect(root);
    assert.deepEqual(filesOf(events), ['.exportlensignore', '.gitignore', 'dist/bundle.js', 'local.js', 'pkg/.exportlensignore', 'pkg/kept.js']);
    assert.deepEqual(skipsOf(events), ['a.snap ignored', 'fixtures ignored', 'pkg/b.snap ignored', 'pkg/local.js ignored']);
    const snap = events.find((e) => e.relPath === 'pkg/b.snap');
    assert.equal(snap?.type === 'skipped' && snap.detail, '.exportlensignore:2: *.snap');
  });

  describe('vendored folders', () => {
    it('reports each vendored folder once, wherever it is, and nothing inside it', async () => {
      writeTree(root, {
        'node_modules/a/index.js': 'x',
        'node_modules/b/index.js': 'x',
        'src/vendor/lib.js': 'x',
        'src/lib/third_party/x/y.js': 'x',
        'ios/Pods/Foo/foo.m': 'x',
        'src/app.js': 'x',
        'notes/vendor': 'a file, not a folder',
      });
      const events = await collect(root);
      assert.deepEqual(filesOf(events), ['notes/vendor', 'src/app.js']);
      assert.deepEqual(skipsOf(events), [
        'ios/Pods vendored',
        'node_modules vendored',
        'src/lib/third_party vendored',
        'src/vendor vendored',
      ]);
    });

    it('uses the configured folder names', async () => {
      writeTree(root, { 'node_modules/a.js': 'x', 'extern/b.js': 'x' });
      const events = await collect(root, { vendorFolders: ['extern'] });
      assert.deepEqual(filesOf(events), ['node_modules/a.js']);
      assert.deepEqual(skipsOf(events), ['extern vendored']);
    });
  });

  describe('include and exclude globs', () => {
    const tree = {
      'src/a.ts': 'x',
      'src/a.test.ts': 'x',
      'src/deep/b.ts': 'x',
      'test/t.ts': 'x',
      'docs/readme.md': 'x',
      '.eslintrc.js': 'x',
      'my docs/x y.js': 'x',
    };

    it('excludes folders once and files by basename globs', async () => {
      writeTree(root, tree);
      const events = await collect(root, { exclude: ['test', '*.test.ts', 'my docs/**'] });
      assert.deepEqual(filesOf(events), ['.eslintrc.js', 'docs/readme.md', 'src/a.ts', 'src/deep/b.ts']);
      assert.deepEqual(skipsOf(events), ['my docs excluded', 'src/a.test.ts excluded', 'test excluded']);
      const folder = events.find((e) => e.relPath === 'test');
      assert.equal(folder?.type === 'skipped' && folder.detail, 'exclude glob "test"');
    });

    it('reports files outside a non-empty include list as excluded', async () => {
      writeTree(root, tree);
      const events = await collect(root, { include: ['src'], exclude: ['**/*.test.ts'] });
      assert.deepEqual(filesOf(events), ['src/a.ts', 'src/deep/b.ts']);
      assert.deepEqual(skipsOf(events), [
        '.eslintrc.js excluded',
        'docs/readme.md excluded',
        'my docs/x y.js excluded',
        'src/a.test.ts excluded',
        'test/t.ts excluded',
      ]);
      const outside = events.find((e) => e.relPath === 'docs/readme.md');
      assert.equal(outside?.type === 'skipped' && outside.detail, 'not matched by any include glob');
    });

    it('matches dotfiles and anchored globs', async () => {
      writeTree(root, tree);
      const events = await collect(root, { include: ['**/*.js', '/src/deep/**'] });
      assert.deepEqual(filesOf(events), ['.eslintrc.js', 'my docs/x y.js', 'src/deep/b.ts']);
    });
  });

  it('skips files over the size limit with a readable detail, and keeps a file exactly at it', async () => {
    writeTree(root, { 'big.txt': 'x'.repeat(3000), 'edge.txt': 'y'.repeat(2048), 'small.txt': 'z' });
    const events = await collect(root, { maxFileSize: 2048 });
    assert.deepEqual(
      events.filter((e) => e.type !== 'file'),
      [{ type: 'skipped', relPath: 'big.txt', reason: 'too-large', detail: '2.9 KB > 2.0 KB limit' }],
    );
    assert.deepEqual(
      events.filter((e) => e.type === 'file').map((e) => e.type === 'file' && [e.relPath, e.size]),
      [
        ['edge.txt', 2048],
        ['small.txt', 1],
      ],
    );
  });

  it('never follows symlinks: loops and links out of the root are reported, not entered', async () => {
    const outside = makeTempDir('exportlens-outside-');
    try {
      writeTree(outside, { 'secret.js': 'x' });
      writeTree(root, { 'app.js': 'x', 'sub/real.js': 'x', 'sub/.gitignore': 'real.js\n', 'sub/patterns.txt': 'app.js\n' });
      fs.symlinkSync('.', path.join(root, 'loop'));
      fs.symlinkSync('..', path.join(root, 'sub', 'up'));
      fs.symlinkSync(outside, path.join(root, 'escape'));
      fs.symlinkSync('app.js', path.join(root, 'alias.js'));
      fs.symlinkSync('missing.js', path.join(root, 'dangling.js'));
      // A symlinked ignore file is not read, as git does not read one (it would ignore app.js).
      fs.symlinkSync('sub/patterns.txt', path.join(root, '.gitignore'));
      const events = await collect(root);
      assert.deepEqual(filesOf(events), ['app.js', 'sub/.gitignore', 'sub/patterns.txt']);
      assert.deepEqual(skipsOf(events), [
        '.gitignore symlink',
        'alias.js symlink',
        'dangling.js symlink',
        'escape symlink',
        'loop symlink',
        'sub/real.js ignored',
        'sub/up symlink',
      ]);
      const escape = events.find((e) => e.relPath === 'escape');
      assert.equal(escape?.type === 'skipped' && escape.detail, `link to ${outside}`);
    } finally {
      removeTree(outside);
    }
  });

  it('reports an unreadable folder as an error and walks on', async function () {
    if (runningAsRoot) {
      // chmod 000 does not stop root from reading; discover-faults.test.ts injects EACCES instead.
      this.skip();
    }
    writeTree(root, { 'a.js': 'x', 'locked/inner.js': 'x', 'z.js': 'x' });
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    const events = await collect(root);
    assert.deepEqual(filesOf(events), ['a.js', 'z.js']);
    const errors = errorsOf(events);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].relPath, 'locked');
    assert.match(errors[0].message, /EACCES/);
  });

  it('handles names with spaces, newlines, Chinese characters and emoji', async () => {
    writeTree(root, {
      'my file.js': 'x',
      'new\nline.js': 'x',
      '中文/加密.py': 'x',
      '中文/忽略.txt': 'x',
      'emoji 🔐.ts': 'x',
      '.gitignore': '中文/忽略.txt\n',
    });
    const events = await collect(root, { exclude: ['*\n*'] });
    assert.deepEqual(filesOf(events), ['.gitignore', 'emoji 🔐.ts', 'my file.js', '中文/加密.py']);
    assert.deepEqual(skipsOf(events), ['new\nline.js excluded', '中文/忽略.txt ignored']);
    const chinese = events.find((e) => e.relPath === '中文/加密.py');
    assert.equal(chinese?.type === 'file' && chinese.absPath, path.join(root, '中文', '加密.py'));
    assert.equal(chinese?.type === 'file' && fs.readFileSync(chinese.absPath, 'utf8'), 'x');
  });

  it('walks in a deterministic order: names sorted by UTF-16 code units, depth first', async () => {
    // Written in a scrambled order, so directory order cannot produce the expected list by accident.
    writeTree(root, {
      'b.js': 'x',
      'a/z.js': 'x',
      'é.js': 'x',
      'a-b/x.js': 'x',
      '\uFB00.js': 'x',
      'B.js': 'x',
      'a.js': 'x',
      '_.js': 'x',
      '😀.js': 'x',
      'a/b/c.js': 'x',
    });
    const expected = [
      'B.js',
      '_.js',
      'a/b/c.js',
      'a/z.js',
      'a-b/x.js',
      'a.js',
      'b.js',
      'é.js',
      '😀.js', // U+1F600 is stored as the surrogates D83D DE00, which sort before U+FB00
      '\uFB00.js',
    ];
    assert.deepEqual(filesOf(await collect(root)), expected);
    assert.deepEqual(filesOf(await collect(root)), expected);
  });

  it('reports a missing root as one error', async () => {
    const events = await collect(path.join(root, 'does-not-exist'));
    assert.equal(events.length, 1);
    assert.equal(events[0].type, 'error');
    assert.equal(events[0].relPath, '.');
    assert.match((events[0] as { message: string }).message, /ENOENT/);
  });

  it('reports a FIFO as unsupported instead of offering it for reading', async function () {
    const made = spawnSync('mkfifo', [path.join(root, 'pipe')]);
    if (made.status !== 0) this.skip();
    writeTree(root, { 'a.js': 'x' });
    const events = await collect(root);
    assert.deepEqual(filesOf(events), ['a.js']);
    assert.deepEqual(skipsOf(events), ['pipe unsupported']);
  });
});
