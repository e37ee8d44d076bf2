// Imported first by content.js, so it runs before any other module of the bundle is evaluated:
// the time content.js's own set-up takes (building the detectors' tables, DOMPurify) shows up in
// the cleanup trace (shared/handoff-trace.ts) apart from the extraction itself.
globalThis.__siftLoadTrace = { scriptStart: performance.timeOrigin + performance.now() };
