/**
 * The extension has its own TypeScript project (client/tsconfig.json, with `vscode` types the root
 * project must never see), and esbuild only strips types: this is where client type errors fail `npm test`.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('client type check', function () {
  this.timeout(120_000);

  it('tsc -p client/tsconfig.json --noEmit reports no errors', () => {
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'client', 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
    assert.equal(result.status, 0, `client type errors:\n${result.stdout}${result.stderr}`);
  });
});
