/**
 * The `exportlens.*` settings the server reads, their defaults, and how a raw configuration value
 * (from `workspace/configuration` or a `didChangeConfiguration` payload) becomes typed settings.
 * Invalid values fall back to the default and are reported, so a typo never stops the server.
 */
import { DEFAULT_OPTIONS } from '../engine/defaults';

export type SeverityOverride = 'error' | 'warning' | 'information' | 'off';

export interface ExportLensSettings {
  /** Off: no diagnostics, hovers or code actions for the folder. */
  enable: boolean;
  /** Extra catalogue files (absolute, or relative to the workspace folder), loaded after the built-in ones. */
  catalogueFiles: string[];
  disabledCategories: string[];
  include: string[];
  exclude: string[];
  /** Category id → severity shown in the editor; `off` hides the category's diagnostics. */
  severityOverrides: Record<string, SeverityOverride>;
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: ExportLensSettings = {
  enable: true,
  catalogueFiles: [],
  disabledCategories: [],
  include: [],
  exclude: [],
  severityOverrides: {},
  maxFileSize: DEFAULT_OPTIONS.maxFileSize,
};

/** The settings keys, for documentation checks. */
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof ExportLensSettings)[];

const OVERRIDES = new Set<SeverityOverride>(['error', 'warning', 'information', 'off']);

/** Typed settings from a raw `exportlens` section; `problems` names each ignored value. */
export function parseSettings(raw: unknown): { settings: ExportLensSettings; problems: string[] } {
  const problems: string[] = [];
  const section = isRecord(raw) ? raw : {};
  const settings: ExportLensSettings = {
    enable: typeof section.enable === 'boolean' ? section.enable : DEFAULT_SETTINGS.enable,
    catalogueFiles: stringList(section, 'catalogueFiles', problems),
    disabledCategories: stringList(section, 'disabledCategories', problems),
    include: stringList(section, 'include', problems),
    exclude: stringList(section, 'exclude', problems),
    severityOverrides: overrides(section.severityOverrides, problems),
    maxFileSize: positiveNumber(section, 'maxFileSize', problems),
  };
  if (section.enable !== undefined && typeof section.enable !== 'boolean') problems.push('exportlens.enable must be true or false');
  return { settings, problems };
}

/** Whether two settings need a different engine (catalogues, categories or file selection). */
export function engineSettingsDiffer(a: ExportLensSettings, b: ExportLensSettings): boolean {
  const engineKeys: (keyof ExportLensSettings)[] = ['enable', 'catalogueFiles', 'disabledCategories', 'include', 'exclude', 'maxFileSize'];
  return engineKeys.some((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(section: Record<string, unknown>, key: string, problems: string[]): string[] {
  const value = section[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`exportlens.${key} must be a list of strings; ignored`);
    return [];
  }
  const strings = value.filter((item): item is string => typeof item === 'string');
  if (strings.length !== value.length) problems.push(`exportlens.${key}: entries that are not strings were ignored`);
  return strings;
}

function overrides(value: unknown, problems: string[]): Record<string, SeverityOverride> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    problems.push('exportlens.severityOverrides must map category ids to error|warning|information|off; ignored');
    return {};
  }
  const result: Record<string, SeverityOverride> = {};
  for (const [id, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && OVERRIDES.has(severity as SeverityOverride)) result[id] = severity as SeverityOverride;
    else problems.push(`exportlens.severityOverrides.${id}: '${String(severity)}' is not error|warning|information|off; ignored`);
  }
  return result;
}

function positiveNumber(section: Record<string, unknown>, key: 'maxFileSize', problems: string[]): number {
  const value = section[key];
  if (value === undefined || value === null) return DEFAULT_SETTINGS[key];
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  problems.push(`exportlens.${key} must be a positive number of bytes; the default ${DEFAULT_SETTINGS[key]} is used`);
  return DEFAULT_SETTINGS[key];
}
