// Imported first by reader.js, so it runs before the other modules of the bundle are evaluated:
// a User Timing mark for when the reader's script started (npm run bench:browser reads it).
performance.mark('sift:reader-start');
