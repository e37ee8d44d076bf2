// The one module that knows which settings exist. Storage is untrusted input: every value is
// validated, a bad value falls back to its default and is reported, unknown keys are dropped.
import type { CoreSettings, Strictness } from '../core/types.js';
import { validatePhraseList, validateSiteList, type SiteEntry } from './validators.js';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans';

export interface Appearance {
  theme: Theme;
  font: FontFamily;
  /** Font size in px. */
  fontSize: number;
  /** Line width in characters (ch). */
  lineWidth: number;
  lineHeight: number;
}

type Check<T> = (value: unknown) => { value: T } | { error: string };

interface Field<T> {
  default: T;
  validate: Check<T>;
}

const oneOf =
  <T extends string>(...allowed: T[]): Check<T> =>
  (v) =>
    typeof v === 'string' && (allowed as string[]).includes(v)
      ? { value: v as T }
      : { error: `must be one of ${allowed.join(', ')}` };

const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? { value: v } : { error: 'must be true or false' });

const numberIn =
  (min: number, max: number): Check<number> =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? { value: v }
      : { error: `must be a number from ${min} to ${max}` };

export const APPEARANCE_LIMITS = {
  fontSize: [14, 32],
  lineWidth: [45, 100],
  lineHeight: [1.2, 2.2],
} as const;

const appearance: Check<Appearance> = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { error: 'must be an object' };
  const o = v as Record<string, unknown>;
  const parts = {
    theme: oneOf<Theme>('system', 'light', 'dark', 'sepia')(o.theme),
    font: oneOf<FontFamily>('serif', 'sans')(o.font),
    fontSize: numberIn(...APPEARANCE_LIMITS.fontSize)(o.fontSize),
    lineWidth: numberIn(...APPEARANCE_LIMITS.lineWidth)(o.lineWidth),
    lineHeight: numberIn(...APPEARANCE_LIMITS.lineHeight)(o.lineHeight),
  };
  const bad = Object.entries(parts).find(([, r]) => 'error' in r);
  if (bad) return { error: `${bad[0]} ${(bad[1] as { error: string }).error}` };
  const value = Object.fromEntries(Object.entries(parts).map(([k, r]) => [k, (r as { value: unknown }).value]));
  return { value: value as unknown as Appearance };
};

export const SCHEMA = {
  strictness: { default: 'balanced' as Strictness, validate: oneOf<Strictness>('gentle', 'balanced', 'strict') },
  removeRelated: { default: true, validate: bool },
  removeBoilerplate: { default: true, validate: bool },
  customRemove: { default: [] as string[], validate: validatePhraseList },
  neverRemove: { default: [] as string[], validate: validatePhraseList },
  /** Sites cleaned automatically, and sites where spam removal is off. */
  sites: { default: [] as SiteEntry[], validate: validateSiteList },
  appearance: {
    default: { theme: 'system', font: 'serif', fontSize: 19, lineWidth: 68, lineHeight: 1.6 } as Appearance,
    validate: appearance,
  },
} satisfies Record<string, Field<unknown>>;

export type Settings = { [K in keyof typeof SCHEMA]: (typeof SCHEMA)[K]['default'] };
export type SettingsKey = keyof Settings;

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(Object.entries(SCHEMA).map(([k, f]) => [k, f.default])) as Settings,
);

/** Ordered migrations: entry i turns version i into version i + 1. */
export const MIGRATIONS: ReadonlyArray<(raw: Record<string, unknown>) => Record<string, unknown>> = [
  // v0 -> v1: early builds stored `phrases` (remove list) and `allow` (never-remove list).
  (raw) => {
    const { phrases, allow, ...rest } = raw;
    return { ...rest, customRemove: rest.customRemove ?? phrases, neverRemove: rest.neverRemove ?? allow };
  },
];

export interface ParsedSettings {
  settings: Settings;
  /** One line per repaired field, e.g. "sites: must be a list". Empty when the input was clean. */
  errors: string[];
  /** True when the stored value differs from `settings` and should be written back. */
  changed: boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The valid entries of a list that failed as a whole, or undefined when they fail too (e.g. too many). */
function validEntries(field: Field<unknown>, list: unknown[]): { value: unknown; kept: number } | undefined {
  const entries = list.filter((entry) => !('error' in field.validate([entry])));
  const r = entries.length ? field.validate(entries) : undefined;
  return r && 'value' in r ? { value: r.value, kept: entries.length } : undefined;
}

export interface ParseOptions {
  /**
   * Keep the valid entries of a list that has bad ones (loading stored settings), instead of
   * falling back to the default list (strict checking, as for an imported file).
   */
  keepValidEntries?: boolean;
}

/** Validates (and migrates) a raw stored value. Never throws. */
export function parseSettings(raw: unknown, options: ParseOptions = {}): ParsedSettings {
  const errors: string[] = [];
  if (raw !== undefined && raw !== null && !isPlainObject(raw)) errors.push('settings: not an object, defaults used');
  // A prototype-less copy: an own `__proto__` key (JSON.parse makes one) stays a plain key that is
  // reported and dropped, instead of becoming the prototype and supplying settings.
  let obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (isPlainObject(raw)) for (const key of Object.keys(raw)) obj[key] = raw[key];
  const version = typeof obj.version === 'number' && Number.isInteger(obj.version) ? obj.version : 0;
  let changed = version !== SETTINGS_VERSION;
  if (version > SETTINGS_VERSION) errors.push(`version: ${version} is newer than this Sift (${SETTINGS_VERSION})`);
  for (let v = Math.max(0, version); v < SETTINGS_VERSION; v++) obj = MIGRATIONS[v]!(obj);
  const settings = {} as Record<string, unknown>;
  for (const [key, field] of Object.entries(SCHEMA) as [SettingsKey, Field<unknown>][]) {
    if (!Object.hasOwn(obj, key) || obj[key] === undefined) {
      settings[key] = structuredClone(field.default);
      continue;
    }
    const r = field.validate(obj[key]);
    if ('error' in r) {
      const kept = options.keepValidEntries && Array.isArray(obj[key]) ? validEntries(field, obj[key]) : undefined;
      errors.push(`${key}: ${r.error}${kept ? ` (the other ${kept.kept} kept)` : ''}`);
      settings[key] = kept ? kept.value : structuredClone(field.default);
      changed = true;
    } else settings[key] = r.value;
  }
  for (const key of Object.keys(obj))
    if (key !== 'version' && !Object.hasOwn(SCHEMA, key)) {
      errors.push(`${key}: unknown setting dropped`);
      changed = true;
    }
  return { settings: settings as Settings, errors, changed };
}

/** What is written to storage: the settings plus their version. */
export const toStored = (s: Settings): Record<string, unknown> => ({ version: SETTINGS_VERSION, ...s });

/** The core's view of the settings for a page on `hostname`. */
export function coreSettingsFor(s: Settings, hostname: string): CoreSettings {
  const site = s.sites.find((e) => e.host === hostname);
  return {
    strictness: s.strictness,
    removeRelated: s.removeRelated,
    removeBoilerplate: s.removeBoilerplate,
    customRemove: s.customRemove,
    neverRemove: s.neverRemove,
    spamDisabled: site ? !site.spamFilter : false,
  };
}
