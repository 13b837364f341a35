/**
 * The peers' configuration, generated from the same catalogue vocabulary ExportLens uses:
 * - ast-grep: per language, one rule over import nodes and one over call nodes, each with a regex of
 *   the catalogue's import modules / callee names (the structural work ExportLens does);
 * - ripgrep: the catalogue's prefilter anchors as one fixed-string pattern set, case-insensitive.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalogue, LanguageId } from '../server/src/engine/types';
import { SignalIndex } from '../server/src/engine/detection/signal-index';
import { signalSamples } from './corpus';

/** ast-grep language name and node kinds, as in the tree-sitter grammars both tools use. */
const AST_GREP: Partial<Record<LanguageId, { lang: string; imports: string[]; calls: string[] }>> = {
  javascript: { lang: 'javascript', imports: ['import_statement'], calls: ['call_expression'] },
  typescript: { lang: 'typescript', imports: ['import_statement'], calls: ['call_expression'] },
  tsx: { lang: 'tsx', imports: ['import_statement'], calls: ['call_expression'] },
  python: { lang: 'python', imports: ['import_statement', 'import_from_statement'], calls: ['call'] },
  java: { lang: 'java', imports: ['import_declaration'], calls: ['method_invocation'] },
  go: { lang: 'go', imports: ['import_declaration'], calls: ['call_expression'] },
  c: { lang: 'c', imports: ['preproc_include'], calls: ['call_expression'] },
  cpp: { lang: 'cpp', imports: ['preproc_include'], calls: ['call_expression'] },
  csharp: { lang: 'csharp', imports: ['using_directive'], calls: ['invocation_expression'] },
  rust: { lang: 'rust', imports: ['use_declaration'], calls: ['call_expression'] },
  kotlin: { lang: 'kotlin', imports: ['import_header'], calls: ['call_expression'] },
  ruby: { lang: 'ruby', imports: [], calls: ['call'] },
  php: { lang: 'php', imports: ['namespace_use_declaration'], calls: ['function_call_expression', 'member_call_expression', 'scoped_call_expression'] },
  swift: { lang: 'swift', imports: ['import_declaration'], calls: ['call_expression'] },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function writeAstGrepRules(catalogues: Catalogue[], file: string, skip: Set<string> = new Set()): number {
  const docs: string[] = [];
  for (const [language, spec] of Object.entries(AST_GREP) as [LanguageId, NonNullable<(typeof AST_GREP)[LanguageId]>][]) {
    if (skip.has(spec.lang)) continue;
    const { imports, calls } = signalSamples(catalogues, language);
    const callNames = [...new Set(calls.map((c) => c.split('.').pop()!))];
    const importNames = [...new Set(imports)];
    const add = (kind: string, names: string[], tag: string) => {
      if (names.length === 0) return;
      docs.push([`id: el-${language}-${tag}-${kind}`, `language: ${spec.lang}`, 'severity: info', `message: catalogue ${tag}`, 'rule:', `  kind: ${kind}`, `  regex: ${JSON.stringify(names.map(escape).join('|'))}`].join('\n'));
    };
    for (const kind of spec.imports) add(kind, importNames, 'import');
    for (const kind of spec.calls) add(kind, callNames, 'call');
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, docs.join('\n---\n') + '\n');
  return docs.length;
}

export function writeRipgrepPatterns(catalogues: Catalogue[], file: string): number {
  const anchors = [...new SignalIndex(catalogues.flatMap((c) => c.categories)).anchors].sort();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, anchors.join('\n') + '\n');
  return anchors.length;
}

export const SOURCE_GLOBS = ['*.js', '*.mjs', '*.cjs', '*.ts', '*.tsx', '*.py', '*.java', '*.go', '*.c', '*.h', '*.cpp', '*.cc', '*.hpp', '*.cs', '*.rs', '*.kt', '*.rb', '*.php', '*.swift'];
