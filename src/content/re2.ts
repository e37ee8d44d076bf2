// re2.js: the linear-time regex engine for the user's `/regex/` phrases (SECURITY.md C31), kept
// out of content.js (re2js is ~150 KB). The background injects it just before content.js, into the
// same isolated world, only when the settings hold such phrases; content.js hands it to the core.
// The page's own scripts cannot see or replace this global (isolated world, SECURITY.md C19).
import { re2Engine } from '../core/patterns.js';

globalThis.__siftRegexEngine = re2Engine;
