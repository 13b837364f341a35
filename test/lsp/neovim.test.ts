/**
 * Neovim 0.7 as a second real client: headless, `vim.lsp.start_client` + `vim.lsp.buf_attach_client`
 * against `node bin/exportlens.js lsp --stdio`, on a copy of the vault-crypto example. Fails (never
 * skips) when `nvim` is missing, because CI installs it with scripts/setup.sh.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, PACKAGE_ROOT, copyExamples } from './lsp-client';

function nvimPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v nvim'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** The Lua driver: prints one `DIAG <code> <line>` per ExportLens diagnostic, then `COUNT <n>`. */
function driver(root: string, file: string): string {
  const lua = (s: string): string => JSON.stringify(s);
  return `
local done = false
local default = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  for _, d in ipairs(result.diagnostics) do
    if d.source == 'ExportLens' then
      io.stdout:write(('DIAG %s %d\\n'):format(tostring(d.code), d.range.start.line))
      if d.code == 'ear.5d002-encryption' then done = true end
    end
  end
  default(err, result, ctx, config)
end
local id = vim.lsp.start_client({
  name = 'exportlens',
  cmd = { ${lua(process.execPath)}, ${lua(CLI)}, 'lsp', '--stdio' },
  root_dir = ${lua(root)},
  init_options = { trusted = true },
})
vim.cmd('edit ' .. vim.fn.fnameescape(${lua(file)}))
vim.lsp.buf_attach_client(0, id)
vim.wait(20000, function() return done end, 50)
io.stdout:write(('COUNT %d\\n'):format(#vim.diagnostic.get(0)))
vim.lsp.stop_client(id)
vim.cmd('qa!')
`;
}

describe('lsp: Neovim 0.7 client', function () {
  this.timeout(40000);

  it('shows the ear.5d002-encryption diagnostic for seal.go', async () => {
    const nvim = nvimPath();
    assert.ok(nvim, 'nvim is not installed: run scripts/setup.sh (CI installs neovim) to run the Neovim end-to-end test');
    const root = copyExamples('vault-crypto');
    try {
      const script = path.join(root, 'driver.lua');
      fs.writeFileSync(script, driver(root, path.join(root, 'internal/seal/seal.go')));
      const output = await runNvim(nvim!, root, script);
      assert.match(output, /DIAG ear\.5d002-encryption \d+/, output);
      const count = /COUNT (\d+)/.exec(output);
      assert.ok(count && Number(count[1]) > 0, `Neovim stored the diagnostics: ${output}`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs the configuration in docs/editor.md as written (only the path to exportlens replaced)', async () => {
    const nvim = nvimPath();
    assert.ok(nvim, 'nvim is not installed: run scripts/setup.sh (CI installs neovim) to run the Neovim end-to-end test');
    const config = documentedConfig();
    assert.ok(config.includes("'/path/to/exportlens/bin/exportlens.js'"), 'the documented config names the placeholder path');
    const root = copyExamples('vault-crypto');
    try {
      const lua = (text: string): string => JSON.stringify(text);
      fs.writeFileSync(path.join(root, 'exportlens.lua'), config.replace("'node'", lua(process.execPath)).replace("'/path/to/exportlens/bin/exportlens.js'", lua(CLI)));
      const script = path.join(root, 'driver.lua');
      fs.writeFileSync(
        script,
        `
local done = false
local default = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  for _, d in ipairs(result.diagnostics) do
    if d.source == 'ExportLens' then
      io.stdout:write(('DIAG %s %d\\n'):format(tostring(d.code), d.range.start.line))
      if d.code == 'ear.5d002-encryption' then done = true end
    end
  end
  default(err, result, ctx, config)
end
vim.cmd('luafile ' .. vim.fn.fnameescape(${lua(path.join(root, 'exportlens.lua'))}))
vim.cmd('edit ' .. vim.fn.fnameescape(${lua(path.join(root, 'internal/seal/seal.go'))}))
vim.wait(20000, function() return done end, 50)
io.stdout:write(('COUNT %d\\n'):format(#vim.diagnostic.get(0)))
for _, client in pairs(vim.lsp.get_active_clients()) do io.stdout:write('CLIENT ' .. client.name .. '\\n'); client.stop() end
vim.cmd('qa!')
`,
      );
      const output = await runNvim(nvim!, root, script);
      assert.match(output, /CLIENT exportlens/, output);
      assert.match(output, /DIAG ear\.5d002-encryption \d+/, output);
      const count = /COUNT (\d+)/.exec(output);
      assert.ok(count && Number(count[1]) > 0, `Neovim stored the diagnostics: ${output}`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

/** The Lua block between the neovim-config markers of docs/editor.md. */
function documentedConfig(): string {
  const doc = fs.readFileSync(path.join(PACKAGE_ROOT, 'docs', 'editor.md'), 'utf8');
  const block = /<!-- neovim-config:start -->\s*```lua\n([\s\S]*?)```\s*<!-- neovim-config:end -->/.exec(doc);
  assert.ok(block, 'docs/editor.md has no Lua block between <!-- neovim-config:start --> and <!-- neovim-config:end -->');
  return block[1];
}

/** Run headless Neovim with a Lua script in `cwd`; resolves with its stdout and stderr. */
function runNvim(nvim: string, cwd: string, script: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(nvim, ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`nvim did not finish; output so far:\n${out}`));
    }, 35000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}
