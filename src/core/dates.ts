// Publication dates arrive as ISO 8601 with or without offset, RFC 2822 ("Thu, 28 Mar 2019 ..."),
// Unix timestamps or free text. Sift shows and exports ISO 8601, keeping the page's own offset
// when it gave one.

/** Full ISO 8601 date-time (or plain date) as pages usually write it. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Years outside this range are typing errors or placeholder values ("0001-01-01"). */
const MIN_YEAR = 1990;
const MAX_YEAR_AHEAD = 2;

function plausible(d: Date): boolean {
  const t = d.getTime();
  if (!Number.isFinite(t)) return false;
  const year = d.getUTCFullYear();
  return year >= MIN_YEAR && year <= new Date().getUTCFullYear() + MAX_YEAR_AHEAD;
}

/**
 * Returns `raw` as ISO 8601, or null when it is not a plausible date. A string that already is
 * ISO 8601 is kept as written (only a space separator becomes "T"), so "+01:00" offsets survive.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (!s || s.length > 100) return null;
  if (ISO_DATE_TIME.test(s)) {
    const iso = s.replace(' ', 'T');
    // Validate the calendar values (2021-02-30 parses in some engines by rolling over).
    const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    if (!plausible(d)) return null;
    const [y, m, day] = iso.slice(0, 10).split('-').map(Number);
    const check = new Date(Date.UTC(y!, m! - 1, day!));
    if (check.getUTCMonth() !== m! - 1 || check.getUTCDate() !== day) return null;
    return iso;
  }
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const d = new Date(s.length === 10 ? Number(s) * 1000 : Number(s));
    return plausible(d) ? d.toISOString() : null;
  }
  // Free-form dates need at least a 4-digit year; Date.parse alone accepts "1" or "May 5".
  if (!/\b\d{4}\b/.test(s)) return null;
  const d = new Date(s);
  return plausible(d) ? d.toISOString() : null;
}

/** The year of an ISO 8601 date as normalizeDate writes it, or undefined. */
export function yearOf(iso: string | null): number | undefined {
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
}
