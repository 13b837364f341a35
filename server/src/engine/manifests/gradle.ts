/**
 * Gradle build scripts: build.gradle (Groovy DSL, tree-sitter 'groovy') and build.gradle.kts
 * (Kotlin DSL, tree-sitter 'kotlin').
 *
 * A dependency is a call directly inside a `dependencies { }` block: the call's name is the
 * configuration (`implementation`, `api`, `kapt`, `testImplementation`, ...) and its arguments
 * hold `"group:artifact:version"` strings (also inside `platform(...)`) or the map form
 * `group: 'g', name: 'a'` / `group = "g", name = "a"`. Configurations whose name mentions `test`,
 * and everything in `buildscript { }` (build tooling), are development-only.
 * `project(':x')`, `files(...)` and version-catalog references (`libs.x`) name no Maven artifact
 * and give nothing. Syntax errors are not fatal: declarations the parser did recognise still count.
 */
import type { Node } from 'web-tree-sitter';
import type { Dependency, ManifestFacts } from '../types';
import { dependency, LineIndex } from './positions';
import { readSyntaxTree } from './syntax-tree';

interface Context {
  inDependencies: boolean;
  inBuildscript: boolean;
}

/** A coordinate found in a declaration, with the offsets of the name part. */
interface Declared {
  name: string;
  version?: string;
  start: number;
  end: number;
}

export function readGradle(fileLabel: string, text: string, dialect: 'groovy' | 'kotlin'): Promise<ManifestFacts> {
  return readSyntaxTree(fileLabel, text, dialect, (tree) => {
    const lines = new LineIndex(text);
    const dependencies: Dependency[] = [];
    const syntax = dialect === 'groovy' ? GROOVY : KOTLIN;
    const visit = (node: Node, context: Context) => {
      const call = syntax.asCall(node);
      if (call) {
        if (context.inDependencies) {
          const dev = context.inBuildscript || /test/i.test(call.name);
          for (const found of syntax.declarations(call.node, call.argumentsNode)) {
            dependencies.push(dependency('maven', found.name, lines.range(found.start, found.end), found.version, dev));
          }
          return; // closures after a declaration (`{ exclude ... }`) declare nothing
        }
        const inner: Context = {
          inDependencies: call.name === 'dependencies',
          inBuildscript: context.inBuildscript || call.name === 'buildscript',
        };
        for (const child of node.namedChildren) if (child) visit(child, inner);
        return;
      }
      // After a syntax error the parser may leave `dependencies {` as a bare identifier inside an
      // ERROR node, followed by the declarations as siblings: keep reading them as declarations.
      let childContext = context;
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (node.type === 'ERROR' && child.type === 'identifier' && (child.text === 'dependencies' || child.text === 'buildscript')) {
          childContext = {
            inDependencies: child.text === 'dependencies',
            inBuildscript: childContext.inBuildscript || child.text === 'buildscript',
          };
          continue;
        }
        visit(child, childContext);
      }
    };
    visit(tree.rootNode, { inDependencies: false, inBuildscript: false });
    return {
      kind: dialect === 'groovy' ? 'build.gradle' : 'build.gradle.kts',
      ecosystem: 'maven',
      dependencies,
    };
  });
}

interface Call {
  node: Node;
  name: string;
  argumentsNode: Node | null;
}

/** What differs between the two grammars: how a call looks and where its arguments are. */
interface Syntax {
  asCall(node: Node): Call | undefined;
  declarations(callNode: Node, argumentsNode: Node | null): Declared[];
}

const GROOVY: Syntax = {
  asCall(node) {
    if (node.type !== 'juxt_function_call' && node.type !== 'method_invocation') return undefined;
    const name = node.childForFieldName('name');
    if (!name || name.type !== 'identifier') return undefined;
    const argumentsNode = node.childForFieldName('args') ?? node.childForFieldName('arguments');
    return { node, name: name.text, argumentsNode };
  },
  declarations(callNode, argumentsNode) {
    if (!argumentsNode) return [];
    const found = mapNotation(argumentsNode, 'map_item', (item) => [item.childForFieldName('key'), item.childForFieldName('value')]);
    if (found) return [found];
    const strings = stringsIn(argumentsNode, GROOVY_STRINGS, ['closure']);
    // `implementation platform('g:a:v')` parses as a call with the bare identifier `platform`,
    // followed by a parenthesised expression statement holding the coordinate.
    const onlyArgument = argumentsNode.namedChildren.length === 1 ? argumentsNode.namedChildren[0] : null;
    if (onlyArgument?.type === 'identifier') {
      const next = statementOf(callNode).nextNamedSibling;
      if (next?.type === 'expression_statement' && next.firstNamedChild?.type === 'parenthesized_expression') {
        strings.push(...stringsIn(next.firstNamedChild, GROOVY_STRINGS, ['closure']));
      }
    }
    return strings.map(coordinate).filter((item): item is Declared => item !== undefined);
  },
};

const KOTLIN: Syntax = {
  asCall(node) {
    if (node.type !== 'call_expression') return undefined;
    const callee = node.namedChildren[0];
    if (!callee) return undefined;
    // `implementation("g:a:v") { exclude(...) }` nests the real call inside a trailing-lambda call.
    if (callee.type === 'call_expression') {
      const inner = KOTLIN.asCall(callee);
      return inner ? { ...inner, node } : undefined;
    }
    // `"kapt"("g:a:v")`: a configuration named by a string.
    const name = callee.type === 'identifier' ? callee.text : callee.type === 'string_literal' ? stripQuotes(callee).text : undefined;
    if (name === undefined) return undefined;
    const argumentsNode = node.namedChildren.find((child) => child?.type === 'value_arguments') ?? null;
    return { node, name, argumentsNode };
  },
  declarations(_callNode, argumentsNode) {
    if (!argumentsNode) return [];
    const found = mapNotation(argumentsNode, 'value_argument', (argument) => {
      const [key, value] = argument.namedChildren;
      return key?.type === 'identifier' && value ? [key, value] : [null, null];
    });
    if (found) return [found];
    return stringsIn(argumentsNode, KOTLIN_STRINGS, ['annotated_lambda', 'lambda_literal'])
      .map(coordinate)
      .filter((item): item is Declared => item !== undefined);
  },
};

const GROOVY_STRINGS = new Set(['string_literal', 'character_literal']);
const KOTLIN_STRINGS = new Set(['string_literal']);

/** The statement a call is part of (Groovy wraps some calls in an expression_statement). */
function statementOf(node: Node): Node {
  return node.parent?.type === 'expression_statement' ? node.parent : node;
}

interface StringContent {
  text: string;
  start: number;
}

/** A string literal's content and where it starts (handles '', "", and triple quotes). */
function stripQuotes(node: Node): StringContent {
  const raw = node.text;
  const delimiter = /^('''|"""|'|"|\$\/|\/)/.exec(raw)?.[0] ?? '';
  const closing = delimiter === '$/' ? '/$' : delimiter;
  const inner = raw.endsWith(closing) && raw.length >= delimiter.length + closing.length ? raw.slice(delimiter.length, raw.length - closing.length) : raw.slice(delimiter.length);
  return { text: inner, start: node.startIndex + delimiter.length };
}

/** String literals below a node, in order, not looking inside the given node types (closures). */
function stringsIn(node: Node, stringTypes: Set<string>, skipTypes: string[]): StringContent[] {
  const result: StringContent[] = [];
  const walk = (current: Node) => {
    if (stringTypes.has(current.type)) {
      result.push(stripQuotes(current));
      return;
    }
    if (skipTypes.includes(current.type)) return;
    for (const child of current.namedChildren) if (child) walk(child);
  };
  walk(node);
  return result;
}

/** `group:artifact[:version[:classifier]][@extension]`; anything else (project paths, files) is not one. */
function coordinate(content: StringContent): Declared | undefined {
  const [coordinates] = content.text.split('@');
  const parts = coordinates.split(':');
  if (parts.length < 2 || parts.length > 4) return undefined;
  const [group, artifact, version] = parts;
  if (!/^[^\s:]+$/.test(group) || !/^[^\s:]+$/.test(artifact)) return undefined;
  const name = `${group}:${artifact}`;
  return { name, version: version || undefined, start: content.start, end: content.start + name.length };
}

/** The map form `group: 'g', name: 'a', version: 'v'`; located at the artifact name's value. */
function mapNotation(argumentsNode: Node, itemType: string, keyValue: (item: Node) => [Node | null, Node | null]): Declared | undefined {
  const values = new Map<string, Node>();
  for (const item of argumentsNode.namedChildren) {
    if (item?.type !== itemType) continue;
    const [key, value] = keyValue(item);
    if (key && value && (GROOVY_STRINGS.has(value.type) || KOTLIN_STRINGS.has(value.type))) values.set(key.text, value);
  }
  const group = values.get('group');
  const artifact = values.get('name');
  if (!group || !artifact) return undefined;
  const artifactContent = stripQuotes(artifact);
  const version = values.get('version');
  return {
    name: `${stripQuotes(group).text}:${artifactContent.text}`,
    version: version ? stripQuotes(version).text : undefined,
    start: artifactContent.start,
    end: artifactContent.start + artifactContent.text.length,
  };
}
