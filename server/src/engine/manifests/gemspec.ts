/**
 * A gem's specification (`*.gemspec`, Ruby, tree-sitter 'ruby'): the gem's own name
 * (`spec.name = "bcrypt"`) and the gems it needs (`spec.add_dependency`, `add_runtime_dependency`,
 * `add_development_dependency`), whatever the block variable is called (`spec`, `s`, `gem`).
 * Development dependencies are labelled as such. Syntax errors are not fatal: the calls and the
 * assignment the parser recognised still count.
 */
import type { Node } from 'web-tree-sitter';
import type { Dependency, ManifestFacts } from '../types';
import { stringContent } from './gemfile';
import { dependency, LineIndex } from './positions';
import { readSyntaxTree } from './syntax-tree';

/** Specification methods that declare a dependency, and whether it is development-only. */
const DEPENDENCY_METHODS: Record<string, boolean> = {
  add_dependency: false,
  add_runtime_dependency: false,
  add_development_dependency: true,
};

export function readGemspec(fileLabel: string, text: string): Promise<ManifestFacts> {
  return readSyntaxTree(fileLabel, text, 'ruby', (tree) => {
    const lines = new LineIndex(text);
    const dependencies: Dependency[] = [];
    let publishes: Dependency | undefined;
    const visit = (node: Node) => {
      if (node.type === 'call' && node.childForFieldName('receiver')) {
        const method = node.childForFieldName('method')?.text ?? '';
        const args = node.childForFieldName('arguments');
        const first = args?.namedChildren[0];
        const name = first?.type === 'string' ? stringContent(first) : undefined;
        if (Object.prototype.hasOwnProperty.call(DEPENDENCY_METHODS, method) && name?.text) {
          const versions = (args?.namedChildren.slice(1) ?? []).flatMap((argument) => {
            const version = argument?.type === 'string' ? stringContent(argument) : undefined;
            return version?.text ? [version.text] : [];
          });
          const range = lines.range(name.start, name.start + name.text.length);
          dependencies.push(dependency('rubygems', name.text, range, versions.join(', ') || undefined, DEPENDENCY_METHODS[method]));
        }
      }
      // `spec.name = "bcrypt"`: an assignment whose left side is a call to `name` on the spec.
      if (node.type === 'assignment' && !publishes) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const assignsName = left?.type === 'call' && left.childForFieldName('method')?.text === 'name';
        const name = assignsName && right?.type === 'string' ? stringContent(right) : undefined;
        if (name?.text) publishes = dependency('rubygems', name.text, lines.range(name.start, name.start + name.text.length));
      }
      for (const child of node.namedChildren) if (child) visit(child);
    };
    visit(tree.rootNode);
    return { kind: '*.gemspec', ecosystem: 'rubygems', dependencies, ...(publishes ? { publishes } : {}) };
  });
}
