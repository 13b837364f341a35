/**
 * Bundler's Gemfile (Ruby, tree-sitter 'ruby'): `gem 'name', 'version', group: :test` calls,
 * inside any blocks (`group :development, :test do`, `platforms`, `source ... do`, `git ... do`).
 * A gem is development-only when every group it belongs to is a development group (`development`,
 * `test`, ...); a gem also in `default` or `production` is not. `gemspec` and `ruby` declare no gem.
 * Syntax errors are not fatal: the calls the parser recognised still count.
 */
import type { Node } from 'web-tree-sitter';
import type { Dependency, ManifestFacts } from '../types';
import { readSyntaxTree } from './syntax-tree';
import { isDevelopmentGroupName } from './dev-groups';
import { dependency, LineIndex } from './positions';

export function readGemfile(fileLabel: string, text: string): Promise<ManifestFacts> {
  return readSyntaxTree(fileLabel, text, 'ruby', (tree) => {
    const lines = new LineIndex(text);
    const dependencies: Dependency[] = [];
    const visit = (node: Node, groups: string[]) => {
      if (node.type === 'call' && !node.childForFieldName('receiver')) {
        const method = node.childForFieldName('method')?.text;
        const args = node.childForFieldName('arguments');
        if (method === 'gem' && args) {
          const gem = readGemCall(args);
          if (gem) {
            const allGroups = [...groups, ...gem.groups];
            const dev = allGroups.length > 0 && allGroups.every(isDevelopmentGroupName);
            dependencies.push(dependency('rubygems', gem.name, lines.range(gem.start, gem.end), gem.version, dev));
          }
          return;
        }
        if (method === 'group' && args) {
          const blockGroups = args.namedChildren.flatMap((argument) => (argument ? symbolNames(argument) : []));
          const block = node.childForFieldName('block');
          if (block) visit(block, [...groups, ...blockGroups]);
          return;
        }
      }
      for (const child of node.namedChildren) if (child) visit(child, groups);
    };
    visit(tree.rootNode, []);
    return { kind: 'Gemfile', ecosystem: 'rubygems', dependencies };
  });
}

/** `gem "name", "~> 1.0", ">= 1.0.2", group: :test` → name, versions, groups. */
function readGemCall(args: Node): { name: string; start: number; end: number; version?: string; groups: string[] } | undefined {
  const [first, ...rest] = args.namedChildren;
  if (!first || first.type !== 'string') return undefined;
  const content = stringContent(first);
  if (!content) return undefined;
  const versions: string[] = [];
  const groups: string[] = [];
  for (const argument of rest) {
    if (!argument) continue;
    if (argument.type === 'string') {
      const version = stringContent(argument);
      if (version) versions.push(version.text);
    } else if (argument.type === 'pair') {
      const key = argument.childForFieldName('key');
      const value = argument.childForFieldName('value');
      // `group: :test` and `:group => :test` alike.
      const keyName = key?.text.replace(/^:/, '').replace(/:$/, '');
      if ((keyName === 'group' || keyName === 'groups') && value) groups.push(...symbolNames(value));
    }
  }
  return {
    name: content.text,
    start: content.start,
    end: content.start + content.text.length,
    version: versions.length > 0 ? versions.join(', ') : undefined,
    groups,
  };
}

/** A plain string literal's content (no interpolation), with its start offset. */
export function stringContent(node: Node): { text: string; start: number } | undefined {
  const parts = node.namedChildren;
  if (parts.length === 0) return { text: '', start: node.startIndex + 1 };
  if (parts.length !== 1 || parts[0]?.type !== 'string_content') return undefined;
  return { text: parts[0].text, start: parts[0].startIndex };
}

/** Group names from `:test`, `"test"`, `[:development, :test]` or `%i[development test]`. */
function symbolNames(node: Node): string[] {
  switch (node.type) {
    case 'simple_symbol':
      return [node.text.replace(/^:/, '')];
    case 'string':
    case 'bare_symbol':
      return [node.text.replace(/^["':]|["']$/g, '')];
    case 'array':
    case 'symbol_array':
    case 'string_array':
      return node.namedChildren.flatMap((child) => (child ? symbolNames(child) : []));
    default:
      return [];
  }
}
