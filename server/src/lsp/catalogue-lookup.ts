/**
 * `exportlens/catalogueEntry`: a category by id from the catalogues a workspace folder applies (the
 * first folder that knows the id), or from the built-in catalogues when no folder is open.
 */
import type { CatalogueEntry } from '../protocol/messages';
import type { FolderRegistry } from './folders';
import { catalogueEntry } from './catalogue-entries';
import { loadCatalogueSet, type CatalogueSet } from './catalogue-set';

let builtin: CatalogueSet | undefined;

export async function lookupCatalogueEntry(folders: FolderRegistry, id: string, log: (message: string) => void): Promise<CatalogueEntry | null> {
  for (const entry of folders.all()) {
    const found = (await entry.engine).category(id);
    if (found) return catalogueEntry(found.category, found.catalogue);
  }
  builtin ??= loadCatalogueSet({ root: undefined, catalogueFiles: [], trusted: true, workspaceRoots: [] }, log);
  for (const catalogue of builtin.catalogues) {
    const category = catalogue.categories.find((c) => c.id === id);
    if (category) return catalogueEntry(category, catalogue);
  }
  return null;
}
