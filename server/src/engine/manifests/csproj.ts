/**
 * NuGet references: SDK-style project files (`<PackageReference Include="X" Version="1.0"/>`,
 * also `Update="X"`, and `<Version>` as a child element) and the older packages.config
 * (`<package id="X" version="1.0" developmentDependency="true"/>`).
 *
 * A test project (`<IsTestProject>true</IsTestProject>`, or one referencing Microsoft.NET.Test.Sdk)
 * is test code as a whole, so all its references are labelled development-only, as Maven's test
 * scope would be.
 */
import type { Dependency, ManifestFacts } from '../types';
import { dependency, LineIndex } from './positions';
import { attribute, attributeRange, childText, parseXml, type XmlElement } from './xml-source';

function* descendants(elements: XmlElement[]): Generator<XmlElement> {
  for (const element of elements) {
    yield element;
    yield* descendants(element.children);
  }
}

export function readCsproj(fileLabel: string, text: string): ManifestFacts {
  const elements = [...descendants(parseXml(fileLabel, text))];
  const lines = new LineIndex(text);
  const references = elements.filter((element) => element.name.toLowerCase() === 'packagereference');
  const isTestProject =
    elements.some((element) => element.name.toLowerCase() === 'istestproject' && element.text.toLowerCase() === 'true') ||
    references.some((element) => (attribute(element, 'Include') ?? attribute(element, 'Update'))?.toLowerCase() === 'microsoft.net.test.sdk');
  const dependencies: Dependency[] = [];
  for (const element of references) {
    const attributeName = attribute(element, 'Include') !== undefined ? 'Include' : 'Update';
    const name = attribute(element, attributeName)?.trim();
    if (!name) continue;
    const [start, end] = attributeRange(text, element, attributeName);
    const version = attribute(element, 'Version') ?? childText(element, 'Version', true);
    dependencies.push(dependency('nuget', name, lines.range(start, end), version, isTestProject));
  }
  return { kind: '*.csproj', ecosystem: 'nuget', dependencies };
}

export function readPackagesConfig(fileLabel: string, text: string): ManifestFacts {
  const lines = new LineIndex(text);
  const dependencies: Dependency[] = [];
  for (const element of descendants(parseXml(fileLabel, text))) {
    if (element.name !== 'package') continue;
    const name = attribute(element, 'id')?.trim();
    if (!name) continue;
    const [start, end] = attributeRange(text, element, 'id');
    const dev = attribute(element, 'developmentDependency')?.toLowerCase() === 'true';
    dependencies.push(dependency('nuget', name, lines.range(start, end), attribute(element, 'version'), dev));
  }
  return { kind: 'packages.config', ecosystem: 'nuget', dependencies };
}
