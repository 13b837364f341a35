/**
 * The server speaks over node IPC too (how the VS Code extension runs it): the compiled entry point
 * forked with `--node-ipc`, driven through process.send/on('message'). Also `exportlens lsp` refuses to
 * start without a transport, with a message saying which ones exist.
 */
import * as assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { CLI, PACKAGE_ROOT, copyExamples } from './lsp-client';

const SERVER_MAIN = path.join(PACKAGE_ROOT, 'out', 'server', 'src', 'lsp', 'main.js');

describe('lsp: transports', function () {
  this.timeout(30000);

  it('answers initialize and pushes diagnostics over node IPC', async () => {
    const root = copyExamples('vault-crypto');
    const child = fork(SERVER_MAIN, ['--node-ipc'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const diagnostics = new Promise<{ code?: string }[]>((resolve) => {
        connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: string }[] }) => {
          if (p.diagnostics.some((d) => d.code === 'ear.5d002-encryption')) resolve(p.diagnostics);
        });
      });
      connection.listen();
      const uri = pathToFileURL(root).href;
      const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'vault-crypto' }], capabilities: {} })) as {
        capabilities: { hoverProvider?: boolean };
        serverInfo?: { name: string };
      };
      assert.equal(init.serverInfo?.name, 'exportlens');
      assert.equal(init.capabilities.hoverProvider, true);
      await connection.sendNotification('initialized', {});
      const file = path.join(root, 'internal/seal/seal.go');
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: 'go', version: 1, text: fs.readFileSync(file, 'utf8') } });
      const received = await diagnostics;
      assert.ok(received.some((d) => d.code === 'ear.5d002-encryption'));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('`exportlens lsp` without a transport exits with a usage error naming --stdio', () => {
    const result = spawnSync(process.execPath, [CLI, 'lsp'], { encoding: 'utf8', timeout: 10000 });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /--stdio/);
  });
});
