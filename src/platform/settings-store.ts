// Loading, repairing and saving settings over two storage areas. Written against a minimal area
// interface so the logic runs in unit tests with an in-memory area; storage.ts binds it to the
// browser. Stored settings are untrusted input: a load never throws, repairs are backed up and
// announced, and a save validates before it writes.
import { parseSettings, SETTINGS_VERSION, toStored, type Settings } from '../shared/settings.js';
import { decodeFromSync, encodeForSync, isSettingsKey, SETTINGS_KEY, staleKeys, SYNC_BUDGET } from './settings-layout.js';

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Areas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}

/** storage.local keys. `settingsArea: 'local'` means the settings outgrew storage.sync. */
export const LOCAL_KEYS = {
  area: 'settingsArea',
  settings: 'settings',
  backup: 'settingsBackup',
  repaired: 'settingsRepaired',
} as const;

export type SettingsArea = 'sync' | 'local';

export interface RepairNotice {
  /** ISO time of the repair. */
  at: string;
  /** One line per repaired field. */
  errors: string[];
}

export interface SettingsBackup {
  at: string;
  area: SettingsArea;
  /** The stored value before the repair, or its JSON cut to BACKUP_MAX_CHARS. */
  raw: unknown;
  truncated?: boolean;
}

export interface SaveResult {
  area: SettingsArea;
}

/** storage.local allows 10 MB; a backup never takes more than a tenth of it. */
export const BACKUP_MAX_CHARS = 1_000_000;

/** Thrown by saveSettings when the settings do not validate; `problems` lists every one. */
export class InvalidSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Settings not saved: ${problems.join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

/**
 * A storage.sync size-quota error: Chromium 156 says "Resource::kQuotaBytesPerItem quota exceeded"
 * (older builds "QUOTA_BYTES_PER_ITEM quota exceeded"); Firefox throws a QuotaExceededError
 * ("storage.sync API call exceeded its quota limitations"). Write-rate limits do not match.
 */
export const SIZE_QUOTA_ERROR = /quota_?bytes|quotaexceeded|exceeded its quota/i;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

interface ReadResult {
  raw: unknown;
  area: SettingsArea;
  errors: string[];
  incomplete: boolean;
}

async function readRaw(areas: Areas): Promise<ReadResult> {
  const local = await areas.local.get([LOCAL_KEYS.area, LOCAL_KEYS.settings]);
  if (local[LOCAL_KEYS.area] === 'local')
    return { raw: local[LOCAL_KEYS.settings], area: 'local', errors: [], incomplete: false };
  const decoded = decodeFromSync(await areas.sync.get(null));
  return { ...decoded, area: 'sync' };
}

function backupOf(raw: unknown, area: SettingsArea): SettingsBackup {
  const at = new Date().toISOString();
  let json: string;
  try {
    json = JSON.stringify(raw) ?? 'null';
  } catch {
    json = String(raw);
  }
  return json.length <= BACKUP_MAX_CHARS ? { at, area, raw } : { at, area, raw: json.slice(0, BACKUP_MAX_CHARS), truncated: true };
}

export function createSettingsStore(areas: Areas) {
  /** Reads and validates without writing anything (for change listeners). Never throws. */
  async function readSettings(): Promise<{ settings: Settings; errors: string[] }> {
    try {
      const read = await readRaw(areas);
      const parsed = parseSettings(read.raw, { keepValidEntries: true });
      return { settings: parsed.settings, errors: [...read.errors, ...parsed.errors] };
    } catch (e) {
      return { settings: parseSettings(undefined).settings, errors: [`settings: could not be read (${message(e)}), defaults used`] };
    }
  }

  async function saveSettings(s: Settings): Promise<SaveResult> {
    const parsed = parseSettings(toStored(s));
    if (parsed.errors.length) throw new InvalidSettingsError(parsed.errors);
    const layout = encodeForSync(parsed.settings);
    if (layout.bytes <= SYNC_BUDGET) {
      try {
        const existing = await areas.sync.get(null);
        await areas.sync.set(layout.items);
        const stale = staleKeys(existing, layout);
        if (stale.length) await areas.sync.remove(stale);
        await areas.local.remove([LOCAL_KEYS.area, LOCAL_KEYS.settings]);
        return { area: 'sync' };
      } catch (e) {
        // Only a size quota sends the settings to this device; a write-rate limit or another
        // failure is reported so the caller can say so and retry.
        if (!SIZE_QUOTA_ERROR.test(message(e))) throw new Error(`Settings could not be saved: ${message(e)}`);
      }
    }
    await areas.local.set({ [LOCAL_KEYS.settings]: toStored(parsed.settings), [LOCAL_KEYS.area]: 'local' });
    return { area: 'local' };
  }

  /**
   * Loads settings for use: validates, migrates, and writes back only when something changed.
   * A repair keeps a backup of the stored value and records a notice for the options page.
   * Never throws; on any failure the defaults are returned with the reason in `errors`.
   */
  async function loadSettings(): Promise<{ settings: Settings; errors: string[] }> {
    let read: ReadResult;
    try {
      read = await readRaw(areas);
    } catch (e) {
      return { settings: parseSettings(undefined).settings, errors: [`settings: could not be read (${message(e)}), defaults used`] };
    }
    const parsed = parseSettings(read.raw, { keepValidEntries: true });
    const errors = [...read.errors, ...parsed.errors];
    const storedVersion = (read.raw as { version?: unknown } | null)?.version;
    const fromNewerSift = typeof storedVersion === 'number' && storedVersion > SETTINGS_VERSION;
    // Nothing stored yet: write nothing, so settings arriving from another device are not
    // overwritten with defaults. Incomplete parts: sync is still delivering, wait for it.
    // A newer Sift's settings are used as far as understood but left as they are.
    const mayWrite = read.raw !== undefined && !read.incomplete && !fromNewerSift;
    if (mayWrite && parsed.changed) {
      try {
        await areas.local.set({ [LOCAL_KEYS.backup]: backupOf(read.raw, read.area) });
        await saveSettings(parsed.settings);
      } catch (e) {
        errors.push(`settings: the repaired settings could not be saved (${message(e)})`);
      }
    }
    const repaired = errors.length && !read.incomplete;
    if (repaired) {
      try {
        await areas.local.set({ [LOCAL_KEYS.repaired]: { at: new Date().toISOString(), errors } satisfies RepairNotice });
      } catch {
        // The notice is a courtesy; the settings themselves are already safe to use.
      }
    }
    return { settings: parsed.settings, errors };
  }

  async function settingsArea(): Promise<SettingsArea> {
    const local = await areas.local.get(LOCAL_KEYS.area);
    return local[LOCAL_KEYS.area] === 'local' ? 'local' : 'sync';
  }

  async function getRepairNotice(): Promise<RepairNotice | null> {
    const v = (await areas.local.get(LOCAL_KEYS.repaired))[LOCAL_KEYS.repaired] as Partial<RepairNotice> | undefined;
    if (!v || typeof v !== 'object' || !Array.isArray(v.errors)) return null;
    return { at: typeof v.at === 'string' ? v.at : '', errors: v.errors.filter((e): e is string => typeof e === 'string') };
  }

  const dismissRepairNotice = (): Promise<void> => areas.local.remove(LOCAL_KEYS.repaired);

  async function getSettingsBackup(): Promise<SettingsBackup | null> {
    const v = (await areas.local.get(LOCAL_KEYS.backup))[LOCAL_KEYS.backup];
    return v && typeof v === 'object' ? (v as SettingsBackup) : null;
  }

  return { loadSettings, readSettings, saveSettings, settingsArea, getRepairNotice, dismissRepairNotice, getSettingsBackup };
}

/** True when a storage change in `area` touches the settings. */
export function touchesSettings(changedKeys: string[], area: string): boolean {
  if (area === 'sync') return changedKeys.some(isSettingsKey);
  if (area === 'local') return changedKeys.some((k) => k === LOCAL_KEYS.settings || k === LOCAL_KEYS.area);
  return false;
}

export { SETTINGS_KEY };
