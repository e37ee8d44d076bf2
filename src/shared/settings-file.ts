// The settings file users export and import. An imported file is untrusted input and is checked
// as a whole: it is applied only when every part is valid, so nothing is ever half-imported.
import { parseSettings, SCHEMA, toStored, type Settings } from './settings.js';

export const SETTINGS_FILE_FORMAT = 'sift-settings';
/** Far above any valid file (500 sites + 2 x 500 phrases of 200 characters is about 250 KB). */
export const SETTINGS_FILE_MAX_BYTES = 1_000_000;

/** Keys of the file envelope, not settings. */
const ENVELOPE_KEYS = ['format', 'exportedAt'];
/** Keys an early Sift wrote (see MIGRATIONS); a file with only these still holds settings. */
const LEGACY_KEYS = ['phrases', 'allow'];

/** The text of an exported settings file. */
export function settingsFileText(s: Settings, now = new Date()): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, exportedAt: now.toISOString(), ...toStored(s) }, null, 2) + '\n';
}

/** A file name such as `sift-settings-2026-11-27.json`. */
export const settingsFileName = (now = new Date()): string => `sift-settings-${now.toISOString().slice(0, 10)}.json`;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/**
 * Checks an imported file completely. Every problem is listed; on any problem nothing is
 * returned to apply. Settings missing from a valid file take their defaults, as a file
 * describes the whole set.
 */
export function parseSettingsFile(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > SETTINGS_FILE_MAX_BYTES)
    return { ok: false, problems: [`The file is ${Math.ceil(byteLength / 1000)} KB; a settings file is at most ${SETTINGS_FILE_MAX_BYTES / 1000} KB.`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problems: ['The file does not contain Sift settings (expected a JSON object).'] };
  const obj = raw as Record<string, unknown>;
  if (Object.hasOwn(obj, 'format') && obj.format !== SETTINGS_FILE_FORMAT)
    return { ok: false, problems: [`The file is not a Sift settings file (format "${String(obj.format).slice(0, 40)}").`] };
  const settingsPart: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) if (!ENVELOPE_KEYS.includes(key)) Object.defineProperty(settingsPart, key, { value: obj[key], enumerable: true });
  if (!Object.keys(settingsPart).some((k) => Object.hasOwn(SCHEMA, k) || LEGACY_KEYS.includes(k)))
    return { ok: false, problems: ['The file contains no Sift settings.'] };
  const parsed = parseSettings(settingsPart);
  return parsed.errors.length ? { ok: false, problems: parsed.errors } : { ok: true, settings: parsed.settings };
}
