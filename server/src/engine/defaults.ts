/**
 * Default limits and thresholds. They are documented in the README's "How scoring works" section;
 * change both together.
 */
import type { EngineOptions } from './types';

/** Folders that hold other people's code. Skipped wherever they appear, reported once each. */
export const DEFAULT_VENDOR_FOLDERS = [
  'node_modules',
  'bower_components',
  'vendor',
  'third_party',
  'third-party',
  'thirdparty',
  '.venv',
  'venv',
  'site-packages',
  'Pods',
  'Carthage',
];

export const DEFAULT_OPTIONS: EngineOptions = {
  // 0.6: corroborated evidence (two independent kinds of signal, or one conclusive one) lands above it;
  // a single weak kind of signal is capped below it (see scoring/confidence.ts).
  approvalThreshold: 0.6,
  reportThreshold: 0.3,
  maxFileSize: 5 * 1024 * 1024,
  vendorFolders: DEFAULT_VENDOR_FOLDERS,
  include: [],
  exclude: [],
  disabledCategories: [],
  onlyCategories: [],
  moduleRoots: [],
  parseTimeoutMs: 2000,
};

/** Fill unspecified options with defaults. */
export function resolveOptions(partial: Partial<EngineOptions> = {}): EngineOptions {
  const resolved = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(partial) as [keyof EngineOptions, unknown][]) {
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
