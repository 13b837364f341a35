/**
 * Manifests written in a programming language (Gemfile, *.gemspec, build.gradle(.kts)) are read from
 * a tree-sitter tree. Parser and tree live in wasm memory that the garbage collector never frees, so
 * this lends the tree to `read` and frees both, whatever `read` does.
 */
import type { Tree } from 'web-tree-sitter';
import { createParser, type GrammarId } from '../parsing/tree-sitter-host';

export async function readSyntaxTree<T>(fileLabel: string, text: string, grammar: GrammarId, read: (tree: Tree) => T): Promise<T> {
  const parser = await createParser(grammar);
  let tree: Tree | null;
  try {
    tree = parser.parse(text);
  } finally {
    parser.delete();
  }
  if (!tree) throw new Error(`${fileLabel}: the ${grammar} parser returned no tree`);
  try {
    return read(tree);
  } finally {
    tree.delete();
  }
}
