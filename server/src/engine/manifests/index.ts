/**
 * Dependency manifests: which files are manifests, and reading one into ManifestFacts.
 *
 * Each format has its own reader module built on a real parser for its syntax (JSON, TOML, XML,
 * ini, tree-sitter for Groovy/Kotlin/Ruby); pip requirement lines and go.mod, which have no
 * parser on npm, use small line tokenizers. Malformed input throws ManifestError, whose message
 * names the manifest, the position and the problem; the scan records it and goes on.
 */
import type { ManifestFacts } from '../types';
import { ManifestError } from './errors';
import { stripBom } from './positions';

export { ManifestError } from './errors';

type Reader = (fileLabel: string, text: string) => ManifestFacts | Promise<ManifestFacts>;

/** Manifest kinds by exact file name. */
const BY_FILE_NAME: Record<string, string> = {
  'package.json': 'package.json',
  'pyproject.toml': 'pyproject.toml',
  'setup.cfg': 'setup.cfg',
  Pipfile: 'Pipfile',
  'go.mod': 'go.mod',
  'pom.xml': 'pom.xml',
  'build.gradle': 'build.gradle',
  'build.gradle.kts': 'build.gradle.kts',
  'Cargo.toml': 'Cargo.toml',
  Gemfile: 'Gemfile',
  // Bundler's alternative name for a Gemfile.
  'gems.rb': 'Gemfile',
  'composer.json': 'composer.json',
  'packages.config': 'packages.config',
};

/*
 * Each reader is required on first use: a language server opening one Go file should not load the
 * TOML, XML and YAML parsers behind the other formats (about 60 ms of start-up).
 */
const READERS: Record<string, () => Reader> = {
  'package.json': () => (require('./package-json') as typeof import('./package-json')).readPackageJson,
  'requirements.txt': () => {
    const { readRequirementsTxt } = require('./requirements-txt') as typeof import('./requirements-txt');
    return (label, text) => readRequirementsTxt(label, text);
  },
  'pyproject.toml': () => (require('./pyproject-toml') as typeof import('./pyproject-toml')).readPyprojectToml,
  'setup.cfg': () => (require('./setup-cfg') as typeof import('./setup-cfg')).readSetupCfg,
  Pipfile: () => (require('./pipfile') as typeof import('./pipfile')).readPipfile,
  'go.mod': () => (require('./go-mod') as typeof import('./go-mod')).readGoMod,
  'pom.xml': () => (require('./pom-xml') as typeof import('./pom-xml')).readPomXml,
  'build.gradle': () => {
    const { readGradle } = require('./gradle') as typeof import('./gradle');
    return (label, text) => readGradle(label, text, 'groovy');
  },
  'build.gradle.kts': () => {
    const { readGradle } = require('./gradle') as typeof import('./gradle');
    return (label, text) => readGradle(label, text, 'kotlin');
  },
  'Cargo.toml': () => (require('./cargo-toml') as typeof import('./cargo-toml')).readCargoToml,
  Gemfile: () => (require('./gemfile') as typeof import('./gemfile')).readGemfile,
  '*.gemspec': () => (require('./gemspec') as typeof import('./gemspec')).readGemspec,
  'composer.json': () => (require('./composer-json') as typeof import('./composer-json')).readComposerJson,
  '*.csproj': () => (require('./csproj') as typeof import('./csproj')).readCsproj,
  'packages.config': () => (require('./csproj') as typeof import('./csproj')).readPackagesConfig,
};

/**
 * The manifest kind of a file, from its path relative to the scan root, or undefined if it is not
 * a manifest. The file name decides, except that any .txt/.in file in a `requirements/` folder is
 * a requirements file (`requirements/base.txt`), as are `requirements*.txt` (`requirements-dev.txt`)
 * and pip-tools' `requirements*.in`.
 */
export function manifestKindFor(relativePath: string): string | undefined {
  const segments = relativePath.replace(/\\/g, '/').split('/').filter((segment) => segment !== '');
  const fileName = segments[segments.length - 1];
  if (!fileName) return undefined;
  if (Object.prototype.hasOwnProperty.call(BY_FILE_NAME, fileName)) return BY_FILE_NAME[fileName];
  if (/^requirements.*\.(?:txt|in)$/i.test(fileName)) return 'requirements.txt';
  const folder = segments[segments.length - 2];
  if (folder?.toLowerCase() === 'requirements' && /\.(?:txt|in)$/i.test(fileName)) return 'requirements.txt';
  if (/\.csproj$/i.test(fileName) && fileName.length > '.csproj'.length) return '*.csproj';
  if (/\.gemspec$/i.test(fileName) && fileName.length > '.gemspec'.length) return '*.gemspec';
  return undefined;
}

/**
 * Reads one manifest. Throws ManifestError for malformed input, and for a path that is not a
 * manifest (callers check manifestKindFor first). Any other failure inside a reader (a grammar
 * that fails to load, a bug) is also reported as a ManifestError naming the file, so one bad file
 * never stops a scan.
 */
export async function readManifest(relativePath: string, text: string): Promise<ManifestFacts> {
  const fileLabel = relativePath.replace(/\\/g, '/').split('/').pop() || relativePath;
  const kind = manifestKindFor(relativePath);
  if (!kind) throw new ManifestError(fileLabel, 'not a recognised dependency manifest');
  try {
    const facts = await READERS[kind]()(fileLabel, stripBom(text));
    // Readers collect section by section; callers get document order.
    facts.dependencies.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
    return facts;
  } catch (error) {
    if (error instanceof ManifestError) throw error;
    throw new ManifestError(fileLabel, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
