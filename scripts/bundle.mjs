// Bundles the VS Code extension for packaging (`npm run bundle`):
//   client/src/extension.ts          -> dist/extension.js   (`vscode` stays external: the editor provides it)
//   scripts/bundled-server-entry.ts  -> dist/server.js      (the language server, server/src/lsp/main.ts)
//   web-tree-sitter.wasm + every grammar .wasm the engine knows -> dist/wasm/
// The catalogue (catalogue/*.yaml, schema.json) and the fact queries (grammars/**/*.scm) are not
// copied: the engine finds them by walking up from dist/ to the extension root, where .vscodeignore
// keeps them. Type checking is separate (`npm run typecheck:client`); esbuild only strips types.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const wasmDir = path.join(dist, 'wasm');
const require = createRequire(path.join(root, 'package.json'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The engine and client are CommonJS by design (`__dirname` finds the package root); keep names so
  // stack traces in the ExportLens output stay readable.
  keepNames: true,
  sourcemap: false,
  // Shorter bundles (vsce flags files over 1 MB) while identifiers, and so stack traces, stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [preferCommonJsWebTreeSitter()],
};

/**
 * web-tree-sitter ships an ESM build that locates itself through `import.meta.url`, which does not exist
 * in a CommonJS bundle. TypeScript `import` statements would select that build, so resolve the package
 * the way `require` does (its `.cjs` build) instead.
 */
function preferCommonJsWebTreeSitter() {
  return {
    name: 'prefer-cjs-web-tree-sitter',
    setup(build) {
      build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: require.resolve('web-tree-sitter') }));
    },
  };
}

/** Absolute paths of web-tree-sitter.wasm and of every grammar .wasm, asked from the engine's own host. */
async function wasmFiles() {
  // Bundle the tree-sitter host alone (web-tree-sitter external: only its path tables are needed) into a
  // scratch file inside node_modules, so its require.resolve calls find the grammar packages.
  const scratch = path.join(root, 'node_modules', '.cache', 'exportlens-bundle', 'tree-sitter-host.cjs');
  await esbuild.build({ ...common, plugins: [], entryPoints: ['server/src/engine/parsing/tree-sitter-host.ts'], outfile: scratch, external: ['web-tree-sitter'] });
  const host = require(scratch);
  const grammars = host.allGrammarIds().map((id) => host.grammarWasmPath(id));
  const runtime = path.join(path.dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.wasm');
  return [runtime, ...grammars];
}

async function copyWasm() {
  fs.mkdirSync(wasmDir, { recursive: true });
  const files = await wasmFiles();
  const names = new Set();
  for (const file of files) {
    const name = path.basename(file);
    // configureGrammarLocation() looks files up by base name in one flat folder: names must be unique.
    if (names.has(name)) throw new Error(`bundle: two wasm files are both named ${name}`);
    names.add(name);
    if (!fs.existsSync(file)) throw new Error(`bundle: missing wasm file ${file} (run npm ci)`);
    fs.copyFileSync(file, path.join(wasmDir, name));
  }
  return files.length;
}

async function main() {
  const started = Date.now();
  fs.rmSync(dist, { recursive: true, force: true });
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['scripts/bundled-server-entry.ts'], outfile: 'dist/server.js' }),
  ]);
  const wasmCount = await copyWasm();
  console.log(`bundle: dist/extension.js, dist/server.js and ${wasmCount} wasm files in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(`bundle failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
