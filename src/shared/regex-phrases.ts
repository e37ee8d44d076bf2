// Whether the user's settings need the regex engine (re2.js) injected before content.js. The
// background may not import the core; this re-export lets it ask the core's own phrase syntax.
export { usesRegexPhrases } from '../core/patterns.js';
