// When each step of a cleanup happened, from the click to the painted reader, as epoch
// milliseconds (performance.timeOrigin + performance.now(): sub-millisecond and comparable across
// the worker, the tab and the reader page). The background stores it with the reader entry, the
// reader adds its own User Timing marks, and `npm run bench:browser` prints the phases from both.
// Only times are recorded, never page content.

/** Step name -> epoch ms. */
export type HandoffTrace = Record<string, number>;

export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Copies the finite numbers of an untrusted value (storage, a tab's answer) into a trace. */
export function parseTrace(v: unknown): HandoffTrace {
  const trace: HandoffTrace = {};
  if (typeof v !== 'object' || v === null) return trace;
  for (const [k, n] of Object.entries(v as Record<string, unknown>)) if (typeof n === 'number' && Number.isFinite(n)) trace[k] = n;
  return trace;
}
