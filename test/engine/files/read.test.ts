import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSourceFile, type ReadableFile } from '../../../server/src/engine/files/read';
import { makeTempDir, removeTree, runningAsRoot } from './tree';

const LIMIT = 5 * 1024 * 1024;

describe('readSourceFile', () => {
  let dir: string;
  const write = (name: string, content: string | Uint8Array) => {
    const abs = path.join(dir, name);
    fs.writeFileSync(abs, content);
    return abs;
  };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    try {
      fs.chmodSync(path.join(dir, 'locked.js'), 0o644);
    } catch {
      /* not created by this test */
    }
    removeTree(dir);
  });

  describe('decoding', () => {
    it('reads plain UTF-8', async () => {
      const result = await readSourceFile(write('a.py', 'print("你好")\n'), LIMIT);
      assert.deepEqual(result, { kind: 'text', text: 'print("你好")\n', encoding: 'utf-8', bomStripped: false, invalidUtf8: false });
    });

    it('strips a UTF-8 byte order mark', async () => {
      const result = await readSourceFile(write('a.js', Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x3d, 0x31])), LIMIT);
      assert.deepEqual(result, { kind: 'text', text: 'a=1', encoding: 'utf-8', bomStripped: true, invalidUtf8: false });
    });

    it('decodes UTF-16 LE with a BOM, despite its NUL bytes', async () => {
      // "hi中": h=0x0068, i=0x0069, 中=0x4E2D, low byte first.
      const bytes = Uint8Array.from([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00, 0x2d, 0x4e]);
      const result = await readSourceFile(write('le.cs', bytes), LIMIT);
      assert.deepEqual(result, { kind: 'text', text: 'hi中', encoding: 'utf-16le', bomStripped: true, invalidUtf8: false });
    });

    it('decodes UTF-16 BE with a BOM', async () => {
      const bytes = Uint8Array.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69, 0x4e, 0x2d]);
      const result = await readSourceFile(write('be.cs', bytes), LIMIT);
      assert.deepEqual(result, { kind: 'text', text: 'hi中', encoding: 'utf-16be', bomStripped: true, invalidUtf8: false });
    });

    it('flags invalid UTF-8 and replaces the bad bytes instead of skipping the file', async () => {
      // 0xC3 starts a two-byte sequence; 0x28 "(" cannot continue it.
      const bytes = Uint8Array.from([0x6f, 0x6b, 0x20, 0xc3, 0x28, 0x20, 0x65, 0x6e, 0x64]);
      const result = await readSourceFile(write('bad.go', bytes), LIMIT);
      assert.deepEqual(result, { kind: 'text', text: 'ok \uFFFD( end', encoding: 'utf-8', bomStripped: false, invalidUtf8: true });
    });

    it('reads an empty file as empty text', async () => {
      const result = await readSourceFile(write('empty.js', ''), LIMIT);
      assert.deepEqual(result, { kind: 'text', text: '', encoding: 'utf-8', bomStripped: false, invalidUtf8: false });
    });

    it('reads a file larger than the sniffed head whole', async () => {
      const text = `${'// line\n'.repeat(2000)}end\n`;
      const result = await readSourceFile(write('long.c', text), LIMIT);
      assert.equal(result.kind === 'text' && result.text, text);
    });
  });

  describe('binary files', () => {
    it('skips a file with NUL bytes', async () => {
      const result = await readSourceFile(write('data.js', 'abc\u0000def'), LIMIT);
      assert.deepEqual(result, { kind: 'skip', reason: 'binary', detail: 'contains NUL bytes' });
    });

    it('skips a PNG even when it is named .js', async () => {
      const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      const result = await readSourceFile(write('logo.js', png), LIMIT);
      assert.deepEqual(result, { kind: 'skip', reason: 'binary', detail: 'PNG image' });
    });

    it('skips a file that is mostly control bytes, without NULs', async () => {
      const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
      const result = await readSourceFile(write('blob.txt', bytes), LIMIT);
      assert.equal(result.kind === 'skip' && result.reason, 'binary');
    });

    it('keeps text with tabs, form feeds and ANSI colour escapes', async () => {
      const text = '\u001b[31mred\u001b[0m\tcol\f\r\n'.repeat(20);
      const result = await readSourceFile(write('log.txt', text), LIMIT);
      assert.equal(result.kind === 'text' && result.text, text);
    });
  });

  describe('skips by size, name and content', () => {
    it('skips a file over the limit without reading it', async () => {
      const result = await readSourceFile(write('big.js', 'x'.repeat(11)), 10);
      assert.deepEqual(result, { kind: 'skip', reason: 'too-large', detail: '11 B > 10 B limit' });
    });

    it('skips minified files by name and by line length', async () => {
      assert.deepEqual(await readSourceFile(write('jquery.min.js', 'var a=1;\n'), LIMIT), {
        kind: 'skip',
        reason: 'minified',
        detail: 'minified file name "jquery.min.js"',
      });
      // Short lines keep the average low, so the one long line (6 + 6,000 + 2 characters) decides.
      const bundle = `${'let a;\n'.repeat(100)}var x=${'1+'.repeat(3000)}1;\n`;
      assert.deepEqual(await readSourceFile(write('bundle.js', bundle), LIMIT), {
        kind: 'skip',
        reason: 'minified',
        detail: 'a line of 6008 > 5000 characters',
      });
    });

    it('skips generated files by header and by name', async () => {
      const go = '// Code generated by protoc-gen-go. DO NOT EDIT.\n// source: a.proto\n\npackage a\n';
      assert.deepEqual(await readSourceFile(write('a.go', go), LIMIT), {
        kind: 'skip',
        reason: 'generated',
        detail: 'generated-code marker on line 1: "// Code generated by protoc-gen-go. DO NOT EDIT."',
      });
      const pb2 = await readSourceFile(write('msg_pb2.py', 'import x\n'), LIMIT);
      assert.equal(pb2.kind === 'skip' && pb2.reason, 'generated');
    });

    it('skips files that only declare types by name, but reads sources and C headers', async () => {
      const declarations = 'export declare function createCipheriv(algorithm: string, key: Buffer): Cipher;\n';
      for (const name of ['index.d.ts', 'crypto.d.mts', 'legacy.D.cts']) {
        assert.deepEqual(await readSourceFile(write(name, declarations), LIMIT), {
          kind: 'skip',
          reason: 'declarations',
          detail: 'TypeScript declaration file: declares types, implements nothing',
        });
      }
      const stub = await readSourceFile(write('cipher.pyi', 'def encrypt(key: bytes) -> bytes: ...\n'), LIMIT);
      assert.deepEqual(stub, { kind: 'skip', reason: 'declarations', detail: 'Python type stub: declares types, implements nothing' });
      // Implementations: a TypeScript source whose name merely contains ".d", and a header with inline code.
      for (const name of ['record.data.ts', 'aes.d.h', 'cipher.h', 'cipher.py']) {
        assert.equal((await readSourceFile(write(name, 'int x = 1;\n'), LIMIT)).kind, 'text', name);
      }
    });

    it('sees a generated header in UTF-16 text', async () => {
      const header = '// <auto-generated />\r\nclass A {}\r\n';
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]);
      const result = await readSourceFile(write('A.cs', bytes), LIMIT);
      assert.equal(result.kind === 'skip' && result.reason, 'generated');
    });
  });

  describe('failures', () => {
    it('names the file when it does not exist', async () => {
      const result = await readSourceFile(path.join(dir, 'missing.js'), LIMIT, { displayPath: 'src/missing.js' });
      assert.deepEqual(result, { kind: 'error', message: 'src/missing.js: cannot open: ENOENT: no such file or directory' });
    });

    it('reports a file truncated between the head and the rest, naming it', async () => {
      const abs = write('shrinking.js', `${'// padding line\n'.repeat(1000)}`); // 16,000 bytes
      const open = async (p: string): Promise<ReadableFile> => {
        const handle = await fs.promises.open(p, 'r');
        let reads = 0;
        return {
          stat: () => handle.stat(),
          close: () => handle.close(),
          read: async (buffer, offset, length, position) => {
            if (reads++ === 1) fs.truncateSync(p, 9000); // after the 8 KB head, before the rest
            return handle.read(buffer, offset, length, position);
          },
        };
      };
      const result = await readSourceFile(abs, LIMIT, { displayPath: 'src/shrinking.js', open });
      assert.deepEqual(result, {
        kind: 'error',
        message: 'src/shrinking.js: changed while being read (expected 16000 bytes, got 9000); it was truncated or deleted',
      });
    });

    it('reports a file that grows while being read', async () => {
      const abs = write('growing.js', 'let a = 1;\n');
      const open = async (p: string): Promise<ReadableFile> => {
        const handle = await fs.promises.open(p, 'r');
        let appended = false;
        return {
          stat: () => handle.stat(),
          close: () => handle.close(),
          read: async (buffer, offset, length, position) => {
            const result = await handle.read(buffer, offset, length, position);
            if (!appended) {
              appended = true;
              fs.appendFileSync(p, 'let b = 2;\n');
            }
            return result;
          },
        };
      };
      const result = await readSourceFile(abs, LIMIT, { displayPath: 'growing.js', open });
      assert.deepEqual(result, { kind: 'error', message: 'growing.js: grew while being read (it was 11 bytes when opened)' });
    });

    it('turns a read that throws into an error naming the file', async () => {
      const abs = write('flaky.js', 'x');
      const open = async (): Promise<ReadableFile> => ({
        stat: async () => ({ size: 1, isFile: () => true }),
        close: async () => undefined,
        read: async () => {
          throw Object.assign(new Error("EIO: i/o error, read '/somewhere'"), { code: 'EIO' });
        },
      });
      const result = await readSourceFile(abs, LIMIT, { displayPath: 'flaky.js', open });
      assert.deepEqual(result, { kind: 'error', message: 'flaky.js: cannot read: EIO: i/o error' });
    });

    it('reports a file it may not read', async function () {
      if (runningAsRoot) {
        // chmod 000 does not stop root; the injected-EIO test above covers the error path.
        this.skip();
      }
      const abs = write('locked.js', 'x');
      fs.chmodSync(abs, 0o000);
      const result = await readSourceFile(abs, LIMIT, { displayPath: 'locked.js' });
      assert.deepEqual(result, { kind: 'error', message: 'locked.js: cannot open: EACCES: permission denied' });
    });

    it('does not follow a symlink', async () => {
      write('target.js', 'x');
      fs.symlinkSync('target.js', path.join(dir, 'link.js'));
      const result = await readSourceFile(path.join(dir, 'link.js'), LIMIT);
      assert.equal(result.kind === 'skip' && result.reason, 'symlink');
    });

    it('rejects a folder and a FIFO as not regular files, without blocking', async function () {
      assert.deepEqual(await readSourceFile(dir, LIMIT), { kind: 'skip', reason: 'unsupported', detail: 'not a regular file' });
      if (spawnSync('mkfifo', [path.join(dir, 'pipe')]).status !== 0) this.skip();
      assert.deepEqual(await readSourceFile(path.join(dir, 'pipe'), LIMIT), {
        kind: 'skip',
        reason: 'unsupported',
        detail: 'not a regular file',
      });
    });
  });
});
