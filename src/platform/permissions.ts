import { browser } from './browser.js';

/** True when every origin is granted (manifest host_permissions count). */
export async function hasOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}
