/**
 * What a decision may be recorded for: a module the scan found (so a typo, or a path outside the
 * repository, is caught before anything is written) and a category of the loaded catalogues.
 */
import type { ScanResult } from '../engine/result';
import type { Catalogue } from '../engine/types';
import { isSafeModulePath } from './decisions';

/** Throws an Error that lists the valid choices when the module or category is unknown. */
export function checkDecisionTarget(module: string, category: string, result: ScanResult, catalogues: readonly Catalogue[]): { detected: boolean } {
  if (!isSafeModulePath(module)) throw new Error(`module '${module}' is not a path inside the repository ('.' or a relative path without '..')`);
  const found = result.modules.find((m) => m.path === module);
  if (!found) throw new Error(`'${module}' is not a module of this repository; modules: ${result.modules.map((m) => m.path).join(', ') || '(none)'}`);
  if (!catalogues.some((c) => c.categories.some((k) => k.id === category))) {
    throw new Error(`'${category}' is not a category of the loaded catalogues; categories: ${catalogues.flatMap((c) => c.categories.map((k) => k.id)).join(', ')}`);
  }
  return { detected: found.categories.some((c) => c.id === category) };
}
