/**
 * Files that only declare types (.d.ts, .pyi) are not scanned: typings for a cipher API are not
 * encryption software. The same text in an implementation file is still flagged, so the test would
 * fail if declarations were scanned like sources.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { declarationReason } from '../../../server/src/engine/files/declarations';
import { scanWorkspace } from '../../../server/src/engine/scan';
import { loadCatalogues } from '../../../server/src/engine/catalogue/load';
import { builtinCataloguePaths } from '../../../server/src/engine/catalogue/location';

const ENCRYPTION = 'ear.5d002-encryption';

/** Typings in the style of @types/node: an ambient module declaring Node's cipher API. */
const TYPINGS = `declare module 'crypto' {
  import * as stream from 'node:stream';
  /** Creates and returns a Cipher object, with the given algorithm, key and initialization vector (AES-256-CBC). */
  function createCipheriv(algorithm: 'aes-256-gcm', key: Buffer, iv: Buffer): CipherGCM;
  function createDecipheriv(algorithm: 'aes-256-gcm', key: Buffer, iv: Buffer): DecipherGCM;
  interface CipherGCM extends stream.Transform { setAAD(buffer: Buffer): this; getAuthTag(): Buffer; }
  interface DecipherGCM extends stream.Transform { setAuthTag(buffer: Buffer): this; }
}
`;

/** An implementation that uses the same API. */
const IMPLEMENTATION = `import { createCipheriv, randomBytes } from 'node:crypto';

export function seal(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}
`;

describe('type declaration files', function () {
  this.timeout(60_000);

  it('are recognised by name: .d.ts, .d.mts, .d.cts and .pyi, in any case', () => {
    assert.equal(declarationReason('types/node/crypto.d.ts'), 'TypeScript declaration file: declares types, implements nothing');
    assert.ok(declarationReason('dist/index.D.MTS'));
    assert.ok(declarationReason('dist/index.d.cts'));
    assert.equal(declarationReason('stubs/nacl/__init__.pyi'), 'Python type stub: declares types, implements nothing');
    for (const source of ['src/seal.ts', 'src/d.ts', 'src/record.data.ts', 'src/seal.py', 'include/aes.h', 'src/index.d.tsx']) {
      assert.equal(declarationReason(source), undefined, source);
    }
  });

  it('are skipped by a scan, with their reason, while the implementation beside them is flagged', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'exportlens-declarations-'));
    try {
      fs.mkdirSync(path.join(root, 'src'));
      fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'sealer', version: '1.0.0' }));
      fs.writeFileSync(path.join(root, 'src', 'crypto.d.ts'), TYPINGS);
      fs.writeFileSync(path.join(root, 'src', 'seal.ts'), IMPLEMENTATION);
      // The typings as an ordinary source file: what a scan would find if declarations were read.
      fs.writeFileSync(path.join(root, 'src', 'typings-as-source.ts'), TYPINGS);
      const { catalogues } = loadCatalogues(builtinCataloguePaths());
      const result = await scanWorkspace(root, { catalogues, jobs: 1 } as Parameters<typeof scanWorkspace>[1]);

      const flagged = new Set(result.findings.filter((f) => f.category === ENCRYPTION).map((f) => f.path));
      assert.ok(flagged.has('src/seal.ts'), 'the implementation is flagged');
      assert.ok(flagged.has('src/typings-as-source.ts'), 'the same declarations in a .ts file would be flagged');
      assert.ok(!flagged.has('src/crypto.d.ts'), 'the declaration file is not');
      assert.deepEqual(
        result.skipped.filter((s) => s.path === 'src/crypto.d.ts'),
        [{ path: 'src/crypto.d.ts', reason: 'declarations', detail: 'TypeScript declaration file: declares types, implements nothing' }],
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
