/**
 * Which language a file is, which grammar parses it, and how comments are written in it.
 * Kept apart from the extractor so file discovery and the suppression code action can ask
 * without loading tree-sitter.
 */
import * as path from 'node:path';
import type { LanguageId } from '../types';
import type { GrammarId } from './tree-sitter-host';

const EXTENSIONS: Record<string, LanguageId> = {
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python',
  '.pyi': 'python',
  '.java': 'java',
  '.go': 'go',
  '.c': 'c',
  // A `.h` header may be C++, but the C grammar reads the common subset and C++ headers
  // usually include other C++ headers, which the C grammar still reports as includes.
  '.h': 'c',
  '.cc': 'cpp',
  '.cpp': 'cpp',
  '.cxx': 'cpp',
  '.hpp': 'cpp',
  '.hh': 'cpp',
  '.hxx': 'cpp',
  '.cs': 'csharp',
  '.rs': 'rust',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.rb': 'ruby',
  '.php': 'php',
  '.swift': 'swift',
};

/** The language of a file by its extension (case-insensitive), or undefined when it has no grammar. */
export function languageForPath(filePath: string): LanguageId | undefined {
  const extension = path.extname(filePath).toLowerCase();
  // `.d.ts` files are TypeScript too; extname already gives `.ts` for them.
  return Object.prototype.hasOwnProperty.call(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
}

/** The file extensions `languageForPath` recognises, with their dot. */
export function knownSourceExtensions(): string[] {
  return Object.keys(EXTENSIONS);
}

/** The grammar that parses a language; `text` has none (it is always read lexically). */
export function grammarFor(language: LanguageId): GrammarId | undefined {
  return language === 'text' ? undefined : language;
}

/** How comments are written in a language. */
export interface CommentSyntax {
  /** Prefix of a comment that runs to the end of the line, if the language has one. */
  line?: string;
  /** Delimiters of a block comment, if the language has one. */
  block?: { start: string; end: string };
}

const C_STYLE: CommentSyntax = { line: '//', block: { start: '/*', end: '*/' } };

const COMMENT_SYNTAX: Record<LanguageId, CommentSyntax> = {
  javascript: C_STYLE,
  typescript: C_STYLE,
  tsx: C_STYLE,
  // Python has no block comment (docstrings are strings, not comments).
  python: { line: '#' },
  java: C_STYLE,
  go: C_STYLE,
  c: C_STYLE,
  cpp: C_STYLE,
  csharp: C_STYLE,
  rust: C_STYLE,
  kotlin: C_STYLE,
  // `=begin`/`=end` must start at column 0, so it is offered as a block only for whole-line use.
  ruby: { line: '#', block: { start: '=begin', end: '=end' } },
  // PHP also accepts `#`, but `//` is what PSR-12 code uses.
  php: C_STYLE,
  swift: C_STYLE,
  // Unknown text: `#` is the most common line comment in config-like files.
  text: { line: '#' },
};

/** The comment syntax of a language (for inserting `exportlens-ignore` directives). */
export function commentSyntax(language: LanguageId): CommentSyntax {
  return COMMENT_SYNTAX[language];
}
