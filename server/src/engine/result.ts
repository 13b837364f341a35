/**
 * The scan result: the JSON contract that CI, reports and other tools read (`--format json`).
 * Paths are relative to the scanned root with `/`; lines and columns are 1-based; every list is sorted,
 * so the same tree always gives byte-identical JSON.
 *
 * Changing a field name or meaning here is a breaking change: bump `RESULT_FORMAT_VERSION`.
 */
import type { Severity, SignalKind, SkipReason } from './types';

export const RESULT_FORMAT_VERSION = 1;

export interface ScanResult {
  version: typeof RESULT_FORMAT_VERSION;
  tool: { name: string; version: string };
  catalogues: CatalogueRef[];
  modules: ModuleResult[];
  findings: FindingResult[];
  skipped: SkippedFile[];
  errors: ErrorEntry[];
  /** Counts that summarise the run (not part of the sorted lists above). */
  stats: ScanStats;
}

export interface CatalogueRef {
  id: string;
  title: string;
  version: string;
}

export interface ModuleResult {
  /** The module folder relative to the root; `.` for the root itself. */
  path: string;
  requiresApproval: boolean;
  categories: ModuleCategoryResult[];
  /** Why the module is (or is not) classified as it is, in words. */
  rationale: string;
}

export interface ModuleCategoryResult {
  id: string;
  confidence: number;
  /** Number of unsuppressed findings behind this category in the module. */
  findings: number;
  /** Number of suppressed findings (kept visible for reviewers). */
  suppressed: number;
  /** The distinct signal kinds that contributed, e.g. ["dependency", "import", "call"]. */
  signalKinds: SignalKind[];
}

export interface FindingResult {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  category: string;
  confidence: number;
  severity: Severity;
  /** The signal id that matched. */
  signal: string;
  /** Names the evidence: "imports `implicit` (ALS recommender library) ...". */
  message: string;
  suppressed: boolean;
  /** The reason written in the `exportlens-ignore` directive, when suppressed. */
  suppressionReason?: string;
  /** The kind of signal: dependency, import, call, ... */
  signalKind: SignalKind;
  /** The module the finding belongs to. */
  module: string;
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  /** Extra detail: the size, the matching rule, ... */
  detail?: string;
}

export interface ErrorEntry {
  path: string;
  message: string;
}

export interface ScanStats {
  filesScanned: number;
  filesSkipped: number;
  bytesScanned: number;
  /** Files whose facts came from a syntax tree vs the lexical fallback. */
  parsedWithTreeSitter: number;
  parsedLexically: number;
  /** Files the lexical prefilter ruled out before parsing (no catalogue term in them). */
  prefilteredOut: number;
}
