/**
 * Where the built-in catalogues live. Normally the package's own `catalogue/` folder, found by walking
 * up from this file to the `package.json` named `exportlens` (the compiled layout puts this file at
 * `out/server/src/engine/catalogue/`). A bundled extension copies the folder elsewhere and says so
 * with `configureCatalogueLocation`.
 */
import * as fs from 'fs';
import * as path from 'path';

const PACKAGE_NAME = 'exportlens';
let configuredDirectory: string | undefined;

/** Use `directory` (absolute) instead of the package's `catalogue/`; `undefined` restores the default. */
export function configureCatalogueLocation(directory: string | undefined): void {
  configuredDirectory = directory === undefined ? undefined : path.resolve(directory);
}

/** The folder holding the built-in catalogue files and `schema.json`. */
export function builtinCatalogueDirectory(): string {
  if (configuredDirectory) return configuredDirectory;
  const root = findPackageRoot(__dirname);
  if (!root) {
    throw new Error(`ExportLens: cannot find the ${PACKAGE_NAME} package root above ${__dirname}; call configureCatalogueLocation()`);
  }
  return path.join(root, 'catalogue');
}

/** Absolute paths of the built-in `*.yaml` catalogues, sorted so load order (and digests) are stable. */
export function builtinCataloguePaths(): string[] {
  const directory = builtinCatalogueDirectory();
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => path.join(directory, name));
}

function findPackageRoot(start: string): string | undefined {
  let directory = start;
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return directory;
      } catch {
        // An unreadable package.json on the way up is not ours; keep walking.
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}
