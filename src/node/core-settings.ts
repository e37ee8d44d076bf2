// Checks the `settings` argument of cleanHtml with the same validators the extension applies to
// stored settings, but strictly: a library caller gets an error, not a silent default.
import type { CoreSettings } from '../core/index.js';
import { SCHEMA } from '../shared/settings.js';

const SCHEMA_KEYS = ['strictness', 'removeRelated', 'removeBoilerplate', 'customRemove', 'neverRemove'] as const;
const KNOWN = [...SCHEMA_KEYS, 'spamDisabled'] as const;

/** Returns the validated settings, or throws a TypeError naming the bad key. */
export function checkCoreSettings(raw: unknown): Partial<CoreSettings> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError('cleanHtml: options.settings must be an object');
  const input = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!(KNOWN as readonly string[]).includes(key))
      throw new TypeError(`cleanHtml: unknown setting "${key}" (known: ${KNOWN.join(', ')})`);
    const value = input[key];
    if (value === undefined) continue;
    if (key === 'spamDisabled') {
      if (typeof value !== 'boolean') throw new TypeError('cleanHtml: settings.spamDisabled must be true or false');
      out[key] = value;
      continue;
    }
    const r = SCHEMA[key as (typeof SCHEMA_KEYS)[number]].validate(value);
    if ('error' in r) throw new TypeError(`cleanHtml: settings.${key} ${r.error}`);
    out[key] = r.value;
  }
  return out as Partial<CoreSettings>;
}
