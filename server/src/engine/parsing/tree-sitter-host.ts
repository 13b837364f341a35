/**
 * Loads web-tree-sitter and its grammars, once per process (or worker), lazily: loading every grammar
 * up front costs seconds (Kotlin's alone takes about 4 s to compile), and most scans touch a few.
 *
 * Grammar .wasm files come from installed npm packages. A bundled build (the .vsix) copies them
 * next to the bundle instead; `configureGrammarLocation` points the host there.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { Language, Parser } from 'web-tree-sitter';
import type { LanguageId } from '../types';

/** Grammars the engine can load: the source languages plus those used to read build files. */
export type GrammarId = Exclude<LanguageId, 'text'> | 'groovy';

/** Where each grammar's .wasm lives inside node_modules: [package, file within it]. */
const GRAMMAR_FILES: Record<GrammarId, [string, string]> = {
  javascript: ['tree-sitter-javascript', 'tree-sitter-javascript.wasm'],
  typescript: ['tree-sitter-typescript', 'tree-sitter-typescript.wasm'],
  tsx: ['tree-sitter-typescript', 'tree-sitter-tsx.wasm'],
  python: ['tree-sitter-python', 'tree-sitter-python.wasm'],
  java: ['tree-sitter-java', 'tree-sitter-java.wasm'],
  go: ['tree-sitter-go', 'tree-sitter-go.wasm'],
  c: ['tree-sitter-c', 'tree-sitter-c.wasm'],
  cpp: ['tree-sitter-cpp', 'tree-sitter-cpp.wasm'],
  csharp: ['tree-sitter-c-sharp', 'tree-sitter-c_sharp.wasm'],
  rust: ['tree-sitter-rust', 'tree-sitter-rust.wasm'],
  kotlin: ['@tree-sitter-grammars/tree-sitter-kotlin', 'tree-sitter-kotlin.wasm'],
  ruby: ['tree-sitter-ruby', 'tree-sitter-ruby.wasm'],
  // The PHP grammar that also parses embedded HTML: PHP files usually start with `<?php`.
  php: ['tree-sitter-php', 'tree-sitter-php.wasm'],
  // No npm grammar package ships a Swift .wasm; this collection's build loads in web-tree-sitter 0.27.
  swift: ['@repomix/tree-sitter-wasms', 'out/tree-sitter-swift.wasm'],
  groovy: ['tree-sitter-groovy', 'tree-sitter-groovy.wasm'],
};

let wasmDirectoryOverride: string | undefined;
let initPromise: Promise<void> | undefined;
const languagePromises = new Map<GrammarId, Promise<Language>>();

/**
 * Use grammar files from one flat folder (the bundled extension's `grammars/wasm/`) instead of
 * node_modules. Files there are named by the last path segment in GRAMMAR_FILES.
 * The folder must also hold `web-tree-sitter.wasm`.
 */
export function configureGrammarLocation(directory: string | undefined): void {
  wasmDirectoryOverride = directory;
}

/** The absolute path of a grammar's .wasm file. */
export function grammarWasmPath(id: GrammarId): string {
  const [pkg, file] = GRAMMAR_FILES[id];
  if (wasmDirectoryOverride) return path.join(wasmDirectoryOverride, path.basename(file));
  const packageJson = require.resolve(`${pkg}/package.json`, { paths: [__dirname] });
  return path.join(path.dirname(packageJson), file);
}

/** Every grammar the host knows, for packaging and diagnostics. */
export function allGrammarIds(): GrammarId[] {
  return Object.keys(GRAMMAR_FILES) as GrammarId[];
}

function runtimeWasmPath(): string {
  if (wasmDirectoryOverride) return path.join(wasmDirectoryOverride, 'web-tree-sitter.wasm');
  const main = require.resolve('web-tree-sitter', { paths: [__dirname] });
  return path.join(path.dirname(main), 'web-tree-sitter.wasm');
}

/** Initialise the web-tree-sitter runtime (idempotent). */
export function initTreeSitter(): Promise<void> {
  if (!initPromise) {
    const wasm = runtimeWasmPath();
    initPromise = Parser.init({ locateFile: () => wasm });
  }
  return initPromise;
}

/** Load a grammar once; later calls share the same promise. */
export function loadLanguage(id: GrammarId): Promise<Language> {
  let promise = languagePromises.get(id);
  if (!promise) {
    promise = initTreeSitter().then(() => {
      const wasmPath = grammarWasmPath(id);
      // Read the bytes ourselves so a missing file gives an error that names it.
      const bytes = fs.readFileSync(wasmPath);
      return Language.load(new Uint8Array(bytes));
    });
    // A failed load is remembered too: retrying a broken grammar on every file would only repeat the error.
    languagePromises.set(id, promise);
  }
  return promise;
}

/** A parser for one grammar. Parsers are cheap; languages are not, and are shared. */
export async function createParser(id: GrammarId): Promise<Parser> {
  const language = await loadLanguage(id);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
