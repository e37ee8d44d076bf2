// Automatic cleanup: boot.js is registered for every site the user listed with autoClean and
// granted access to. `syncSiteScripts` is the only writer of these registrations; it runs on
// install, start-up, settings change and permission change, and replaces them one call at a
// time so that one bad entry cannot break the others (SECURITY.md C32).
import type { Settings } from '../shared/settings.js';
import { siteOrigins } from '../shared/validators.js';
import { hasOrigins } from '../platform/permissions.js';
import { registerContentScript, registeredContentScripts, unregisterContentScript, type ContentScriptRegistration } from '../platform/scripting.js';
import { loadSettings } from '../platform/storage.js';
import { errorText } from '../shared/error-text.js';

const ID_PREFIX = 'sift-auto-';
export const BOOT_SCRIPT = 'boot.js';

export interface SyncReport {
  registered: string[];
  failures: { host: string; error: string }[];
}

/** The registrations the settings and granted permissions call for, by id. */
async function wantedRegistrations(settings: Settings): Promise<Map<string, ContentScriptRegistration>> {
  const wanted = new Map<string, ContentScriptRegistration>();
  for (const site of settings.sites) {
    if (!site.autoClean) continue;
    // http and https are granted separately (the test build holds only http://127.0.0.1/*).
    const granted: string[] = [];
    for (const origin of siteOrigins(site.host)) if (await hasOrigins([origin])) granted.push(origin);
    if (!granted.length) continue;
    wanted.set(ID_PREFIX + site.host, {
      id: ID_PREFIX + site.host,
      matches: granted,
      js: [BOOT_SCRIPT],
      // document_end: the DOM is complete, so the readerable check is meaningful, and the page
      // has not waited for its images and ads as it would at document_idle.
      runAt: 'document_end',
      allFrames: false,
    });
  }
  return wanted;
}

const sameRegistration = (a: ContentScriptRegistration, b: ContentScriptRegistration): boolean =>
  JSON.stringify([...(a.matches ?? [])].sort()) === JSON.stringify([...(b.matches ?? [])].sort()) &&
  a.runAt === b.runAt && JSON.stringify(a.js) === JSON.stringify(b.js);

async function sync(): Promise<SyncReport> {
  const { settings } = await loadSettings();
  const wanted = await wantedRegistrations(settings);
  const failures: SyncReport['failures'] = [];
  const current = (await registeredContentScripts()).filter((r) => r.id.startsWith(ID_PREFIX));
  for (const reg of current) {
    const want = wanted.get(reg.id);
    if (want && sameRegistration(reg, want)) {
      wanted.delete(reg.id);
      continue;
    }
    try {
      await unregisterContentScript(reg.id);
    } catch (e) {
      failures.push({ host: reg.id.slice(ID_PREFIX.length), error: errorText(e) });
    }
  }
  for (const reg of wanted.values()) {
    try {
      await registerContentScript(reg);
    } catch (e) {
      failures.push({ host: reg.id.slice(ID_PREFIX.length), error: errorText(e) });
    }
  }
  const registered = (await registeredContentScripts()).filter((r) => r.id.startsWith(ID_PREFIX)).map((r) => r.id.slice(ID_PREFIX.length));
  for (const f of failures) console.warn(`Sift: automatic cleanup for ${f.host} could not be set up: ${f.error}`);
  return { registered, failures };
}

// Events can arrive together (install + settings write + permission grant); running the syncs one
// after another keeps two of them from registering the same id. Losing this chain when the worker
// stops is harmless: each sync starts from what the browser reports.
let queue: Promise<unknown> = Promise.resolve();

export function syncSiteScripts(): Promise<SyncReport> {
  const next = queue.then(sync, sync);
  queue = next.catch(() => undefined);
  return next;
}
