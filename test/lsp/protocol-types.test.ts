/**
 * The custom messages reach both sides typed, through each side's own copy of the LSP protocol:
 * vscode-languageserver 10.1.2 nests vscode-languageserver-protocol 3.18.4 while the top-level copy
 * (vscode-languageclient's) is 3.18.5, and typed message objects from one copy do not type-check in the
 * other. So no source file may import vscode-languageserver-protocol (or vscode-jsonrpc) directly, and
 * messages.ts, shared by both sides, imports nothing at all.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerMessages } from '../../server/src/lsp/protocol-types';
import { CUSTOM_METHODS } from '../../server/src/protocol/messages';
import { PACKAGE_ROOT } from './lsp-client';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => path.join(dir, file));
}

function importedModules(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+'([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
}

describe('lsp: protocol types', () => {
  const files = [...sourceFiles(path.join(PACKAGE_ROOT, 'server', 'src')), ...sourceFiles(path.join(PACKAGE_ROOT, 'client', 'src'))];

  it('no server or client source imports vscode-languageserver-protocol or vscode-jsonrpc directly', () => {
    const offenders = files.flatMap((file) =>
      importedModules(file)
        .filter((name) => /^vscode-(languageserver-protocol|jsonrpc)(\/|$)/.test(name))
        .map((name) => `${path.relative(PACKAGE_ROOT, file)} imports ${name}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('messages.ts imports nothing (both sides share it)', () => {
    assert.deepEqual(importedModules(path.join(PACKAGE_ROOT, 'server/src/protocol/messages.ts')), []);
  });

  it('the server has a typed object for every custom method', () => {
    const methods = Object.values(ServerMessages).map((type) => type.method).sort();
    assert.deepEqual(methods, [...CUSTOM_METHODS].sort());
  });

  it('the client has a typed object for every custom method', () => {
    const text = fs.readFileSync(path.join(PACKAGE_ROOT, 'client/src/protocol-types.ts'), 'utf8');
    const namespaces = [...text.matchAll(/\((\w+(?:Request|Notification))\.method\)/g)].map((m) => m[1]);
    const messages = fs.readFileSync(path.join(PACKAGE_ROOT, 'server/src/protocol/messages.ts'), 'utf8');
    const declared = [...messages.matchAll(/export namespace (\w+)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(namespaces)].sort(), declared.sort());
  });
});
