/**
 * Maven's pom.xml: `<dependencies>` of the project and of its profiles, and the dependencies of
 * build plugins. `dependencyManagement` is not read: it pins versions without adding dependencies.
 * Names are `groupId:artifactId`; the range is the artifactId's text (the two parts are on
 * different lines, and the artifact is the distinctive one). `test` scope is development-only.
 * `${property}` versions are resolved from the pom's own `<properties>` when defined there.
 */
import type { Dependency, ManifestFacts } from '../types';
import { ManifestError } from './errors';
import { dependency, LineIndex } from './positions';
import { childrenNamed, childText, parseXml, textRange, type XmlElement } from './xml-source';

export function readPomXml(fileLabel: string, text: string): ManifestFacts {
  const roots = parseXml(fileLabel, text);
  const project = roots.find((element) => element.name === 'project');
  if (!project) throw new ManifestError(fileLabel, 'not a Maven POM: no <project> element', { line: 1, column: 1 });
  const lines = new LineIndex(text);
  const properties = readProperties(project);
  const dependencies: Dependency[] = [];

  const readDependencies = (owner: XmlElement) => {
    for (const list of childrenNamed(owner, 'dependencies')) {
      for (const element of childrenNamed(list, 'dependency')) {
        const groupId = childText(element, 'groupId');
        const artifactIdElement = childrenNamed(element, 'artifactId')[0];
        if (!artifactIdElement?.text) continue;
        const name = groupId ? `${groupId}:${artifactIdElement.text}` : artifactIdElement.text;
        const [start, end] = textRange(text, artifactIdElement);
        const version = resolve(childText(element, 'version'), properties);
        const dev = childText(element, 'scope') === 'test';
        dependencies.push(dependency('maven', name, lines.range(start, end), version, dev));
      }
    }
  };
  const readPluginDependencies = (owner: XmlElement) => {
    for (const build of childrenNamed(owner, 'build')) {
      for (const plugins of childrenNamed(build, 'plugins')) {
        for (const plugin of childrenNamed(plugins, 'plugin')) readDependencies(plugin);
      }
    }
  };

  readDependencies(project);
  readPluginDependencies(project);
  for (const profiles of childrenNamed(project, 'profiles')) {
    for (const profile of childrenNamed(profiles, 'profile')) {
      readDependencies(profile);
      readPluginDependencies(profile);
    }
  }
  return { kind: 'pom.xml', ecosystem: 'maven', dependencies };
}

function readProperties(project: XmlElement): Map<string, string> {
  const properties = new Map<string, string>();
  for (const block of childrenNamed(project, 'properties')) {
    for (const property of block.children) properties.set(property.name, property.text);
  }
  const version = childText(project, 'version');
  if (version) properties.set('project.version', version);
  return properties;
}

/** `${name}` references to the pom's own properties; anything unresolved stays as written. */
function resolve(value: string | undefined, properties: Map<string, string>): string | undefined {
  return value?.replace(/\$\{([^}]+)\}/g, (whole, name: string) => properties.get(name) ?? whole);
}
