/**
 * Where settings come from: pulled per workspace folder with `workspace/configuration` when the client
 * supports it, otherwise the last `didChangeConfiguration` payload (clients such as older editors
 * push the whole section). Pulled settings are cached per folder until the client says they changed.
 */
import { parseSettings, type ExportLensSettings } from './settings';

export interface ConfigurationClient {
  /** `workspace/configuration` for the `exportlens` section, scoped to a folder. */
  getConfiguration(scopeUri: string | undefined): Promise<unknown>;
}

export class SettingsSource {
  private readonly cache = new Map<string, Promise<ExportLensSettings>>();
  private pushed: unknown = undefined;

  constructor(
    private readonly client: ConfigurationClient | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** The settings for a folder (undefined: documents outside every folder). */
  get(folderUri: string | undefined): Promise<ExportLensSettings> {
    const key = folderUri ?? '';
    let cached = this.cache.get(key);
    if (!cached) {
      cached = this.read(folderUri);
      this.cache.set(key, cached);
    }
    return cached;
  }

  /** A `didChangeConfiguration` arrived: forget cached values; keep the payload for clients that push. */
  changed(payload: unknown): void {
    this.cache.clear();
    if (!this.client) this.pushed = sectionOf(payload);
  }

  private async read(folderUri: string | undefined): Promise<ExportLensSettings> {
    let raw: unknown = this.pushed;
    if (this.client) {
      try {
        raw = await this.client.getConfiguration(folderUri);
      } catch (error) {
        this.log(`ExportLens: could not read settings for ${folderUri ?? 'loose files'}: ${(error as Error).message}; using defaults`);
        raw = undefined;
      }
    }
    const { settings, problems } = parseSettings(raw);
    for (const problem of problems) this.log(`ExportLens settings (${folderUri ?? 'loose files'}): ${problem}`);
    return settings;
  }
}

/** The `exportlens` section of a pushed `{ settings: { exportlens: {...} } }` payload. */
function sectionOf(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const settings = (payload as { settings?: unknown }).settings;
  if (typeof settings !== 'object' || settings === null) return undefined;
  return (settings as { exportlens?: unknown }).exportlens;
}
