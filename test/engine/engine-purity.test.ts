/**
 * The engine serves the CLI, the language server and other editors, so it must not depend on an
 * editor or on the language-server library. This test reads every engine source file's imports.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../server/src/engine/package-root';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('engine purity', () => {
  it('no engine file imports vscode or the language-server libraries', () => {
    const engineDir = path.join(packageRoot(), 'server', 'src', 'engine');
    const files = sourceFiles(engineDir);
    assert.ok(files.length > 10, 'engine sources found');
    const offenders = files.filter((file) => /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(engineDir, f)), []);
  });
});
