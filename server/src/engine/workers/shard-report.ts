/**
 * Shard reports: what `exportlens scan --shard K/N` writes and `exportlens merge` reads.
 *
 * A module's classification needs all of its evidence, and a module's files can land in different
 * shards, so a shard does not classify. It stores its share of the scan's raw parts (each file's
 * stored outcome, the skipped files and errors, the count of unsupported files) plus what decides how
 * they are classified (options, catalogue digest, tool version). `merge` checks that the shards fit
 * together, joins the parts and classifies once, through the same `buildResult` as a one-machine scan,
 * so the merged report is byte-identical to it.
 */
import type { Catalogue, EngineOptions } from '../types';
import type { ErrorEntry, SkippedFile } from '../result';
import { compareStrings } from '../classify';
import { catalogueDigest } from '../catalogue/digest';
import { toolVersion } from '../package-root';
import { SignalLookup, decodeOutcome, encodeOutcome, type FileOutcome, type StoredOutcome } from '../cache/stored-outcome';
import { engineOptionsOnly, type ScanParts, type ShardSpec, type Workspace } from '../scan';

export const SHARD_FORMAT = 'exportlens-shard';
export const SHARD_FORMAT_VERSION = 1;

export interface ShardReport {
  format: typeof SHARD_FORMAT;
  version: typeof SHARD_FORMAT_VERSION;
  tool: { name: 'exportlens'; version: string };
  shard: ShardSpec;
  /** The scanned folder on the machine that made the shard (text reports name it). */
  root: string;
  catalogueDigest: string;
  options: EngineOptions;
  files: { path: string; outcome: StoredOutcome }[];
  skipped: SkippedFile[];
  errors: ErrorEntry[];
  unsupportedCount: number;
}

/** The shard report of a workspace scanned with `scanAll({ shard })`. */
export function shardReportOf(workspace: Workspace, shard: ShardSpec): ShardReport {
  const parts = workspace.parts();
  const files = parts.analyses
    .map((entry) => ({ path: entry.analysis.path, outcome: encodeOutcome(entry.analysis.path, { kind: 'analysed', ...entry }) }))
    .sort((a, b) => compareStrings(a.path, b.path));
  return {
    format: SHARD_FORMAT,
    version: SHARD_FORMAT_VERSION,
    tool: { name: 'exportlens', version: toolVersion() },
    shard,
    root: workspace.root,
    catalogueDigest: catalogueDigest(workspace.catalogues),
    options: engineOptionsOnly(workspace.options),
    files,
    skipped: [...parts.skipped].sort((a, b) => compareStrings(a.path, b.path)),
    errors: [...parts.errors].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message)),
    unsupportedCount: parts.unsupportedCount,
  };
}

/** Reads one shard report's text; throws an error naming `source` when it is not one. */
export function parseShardReport(text: string, source: string): ShardReport {
  let data: Partial<ShardReport>;
  try {
    data = JSON.parse(text) as Partial<ShardReport>;
  } catch (error) {
    throw new Error(`${source}: not JSON (${(error as Error).message})`);
  }
  if (data?.format !== SHARD_FORMAT) throw new Error(`${source}: not an ExportLens shard report (write one with 'exportlens scan --shard K/N')`);
  if (data.version !== SHARD_FORMAT_VERSION) throw new Error(`${source}: shard format version ${String(data.version)}, this ExportLens reads ${SHARD_FORMAT_VERSION}`);
  if (!data.shard || !Array.isArray(data.files) || !Array.isArray(data.skipped) || !Array.isArray(data.errors) || !data.options) {
    throw new Error(`${source}: the shard report is incomplete`);
  }
  return data as ShardReport;
}

/**
 * Join shard reports into the parts of one scan. Every shard 1..N must be present exactly once and
 * all must agree on tool version, catalogues (as digested) and options; otherwise the merged report
 * could differ from a one-machine scan, so this throws instead, naming the offending file.
 */
export function mergeShardParts(
  shards: { report: ShardReport; source: string }[],
  catalogues: Catalogue[],
): { parts: ScanParts; options: EngineOptions; root: string } {
  if (shards.length === 0) throw new Error('merge needs at least one shard report');
  const first = shards[0];
  const count = first.report.shard.count;
  const seen = new Map<number, string>();
  const digest = catalogueDigest(catalogues);
  for (const { report, source } of shards) {
    if (report.shard.count !== count) throw new Error(`${source}: shard ${report.shard.index}/${report.shard.count} does not belong with ${first.source} (shard ${first.report.shard.index}/${count})`);
    const earlier = seen.get(report.shard.index);
    if (earlier) throw new Error(`${source}: shard ${report.shard.index}/${count} was already given as ${earlier}`);
    seen.set(report.shard.index, source);
    if (report.tool.version !== toolVersion()) throw new Error(`${source}: written by ExportLens ${report.tool.version}, merging with ${toolVersion()}; use the same version everywhere`);
    if (report.catalogueDigest !== digest) throw new Error(`${source}: scanned with other catalogues than this merge loads (pass the same --catalogue/--only/--disable options as the scans)`);
    if (JSON.stringify(report.options) !== JSON.stringify(first.report.options)) throw new Error(`${source}: scanned with other options than ${first.source}`);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) throw new Error(`shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: a merge of part of the shards would not match a full scan`);

  const signals = new SignalLookup(catalogues.flatMap((c) => c.categories));
  const analyses: { analysis: Extract<FileOutcome, { kind: 'analysed' }>['analysis']; bytes: number; problems: ErrorEntry[] }[] = [];
  for (const { report, source } of shards) {
    for (const file of report.files) {
      const outcome = decodeOutcome(file.path, file.outcome, signals);
      if (!outcome) throw new Error(`${source}: ${file.path} names a catalogue signal that is not loaded`);
      if (outcome.kind === 'analysed') analyses.push({ analysis: outcome.analysis, bytes: outcome.bytes, problems: outcome.problems });
    }
  }
  return {
    parts: {
      analyses,
      skipped: shards.flatMap((s) => s.report.skipped),
      errors: shards.flatMap((s) => s.report.errors),
      unsupportedCount: shards.reduce((sum, s) => sum + s.report.unsupportedCount, 0),
    },
    options: first.report.options,
    root: first.report.root,
  };
}
