/**
 * Entry of the bundled language server (dist/server.js, built by scripts/bundle.mjs). In the .vsix
 * there is no node_modules: the grammar and runtime .wasm files sit in dist/wasm/, so the tree-sitter
 * host is pointed there BEFORE the server module is loaded (and could load a grammar). The catalogue
 * and queries need nothing: the engine finds them by walking up from dist/ to the extension root.
 */
import * as path from 'node:path';
import { configureGrammarLocation } from '../server/src/engine/parsing/tree-sitter-host';

configureGrammarLocation(path.join(__dirname, 'wasm'));

// A require (not an import) so it runs after the line above: imports are hoisted.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../server/src/lsp/main');
