// Validators for the list-valued settings. Limits come from SECURITY.md C30: storage.sync allows
// 8 KB per item, so lists are capped and every rejected entry is named with its reason.
import { compilePhrase } from '../core/patterns.js';

export const MAX_PHRASES = 500;
export const MAX_SITES = 500;
export const MAX_HOST_LENGTH = 253;

export interface SiteEntry {
  /** Lower-case host name, e.g. "news.example.com". */
  host: string;
  /** Open articles on this site in the reader automatically. */
  autoClean: boolean;
  /** Remove spam insertions on this site (the per-site off switch). */
  spamFilter: boolean;
}

type Result<T> = { value: T } | { error: string };

/** Checks a list of user phrases; the error names every bad entry. */
export function validatePhraseList(v: unknown): Result<string[]> {
  if (!Array.isArray(v)) return { error: 'must be a list of phrases' };
  if (v.length > MAX_PHRASES) return { error: `has ${v.length} phrases (at most ${MAX_PHRASES})` };
  const problems: string[] = [];
  const seen = new Set<string>();
  const out: string[] = [];
  v.forEach((p, i) => {
    const c = compilePhrase(p as string);
    if (!c.ok) problems.push(`phrase ${i + 1} ${c.error}`);
    else if (!seen.has(c.matcher.source.toLowerCase())) {
      seen.add(c.matcher.source.toLowerCase());
      out.push(c.matcher.source);
    }
  });
  return problems.length ? { error: problems.join('; ') } : { value: out };
}

export interface PhraseProblem {
  /** 1-based line of the phrase in the list as the user wrote it. */
  line: number;
  phrase: string;
  /** Why it cannot be used, e.g. "is not a supported pattern (...)". */
  error: string;
}

/** Why a phrase cannot be used, or null when it can. */
export function phraseError(phrase: string): string | null {
  const c = compilePhrase(phrase);
  return c.ok ? null : c.error;
}

/**
 * Splits a one-phrase-per-line text into phrases (blank lines ignored) with each bad one
 * explained. Compiling is the costly part (500 patterns take a few hundred ms), so a caller that
 * checks as the user types passes a `cache` of earlier verdicts and only changed lines compile.
 */
export function checkPhraseLines(text: string, cache?: Map<string, string | null>): { phrases: string[]; problems: PhraseProblem[] } {
  const phrases: string[] = [];
  const problems: PhraseProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const phrase = raw.trim();
    if (!phrase) return;
    let error = cache?.get(phrase);
    if (error === undefined) {
      error = phraseError(phrase);
      cache?.set(phrase, error);
    }
    if (error === null) phrases.push(phrase);
    else problems.push({ line: i + 1, phrase, error });
  });
  return { phrases, problems };
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Normalises what a user typed for a site ("https://News.example.com/x", "news.example.com")
 * into a host name, or explains why it cannot be a site. Only plain http(s) hosts are allowed:
 * no wildcards, `<all_urls>`, file: or browser pages (SECURITY.md C32).
 */
export function parseSiteInput(input: string): { host: string } | { error: string } {
  if (typeof input !== 'string') return { error: 'is not text' };
  const raw = input.trim();
  if (!raw) return { error: 'is empty' };
  if (raw.length > 2048) return { error: 'is too long to be a web address' };
  if (raw.includes('*') || raw === '<all_urls>') return { error: 'must name one site; wildcards are not allowed' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { error: 'is not a web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `uses ${url.protocol.replace(':', '')}:, only http and https sites can be cleaned` };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || host.length > MAX_HOST_LENGTH) return { error: 'has no valid host name' };
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  if (!isIp && !host.split('.').every((l) => HOST_LABEL.test(l))) return { error: 'has no valid host name' };
  return { host };
}

/** The match pattern registered for a site's automatic cleanup. */
export const sitePattern = (host: string): string => `*://${host}/*`;

/** The permission origins requested for a site. */
export const siteOrigins = (host: string): string[] => [`https://${host}/*`, `http://${host}/*`];

/** At most `max` characters of `text`, with control characters shown as spaces. */
const shortened = (text: string, max = 60): string => {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const flat = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function validateSiteList(v: unknown): Result<SiteEntry[]> {
  if (!Array.isArray(v)) return { error: 'must be a list of sites' };
  if (v.length > MAX_SITES) return { error: `has ${v.length} sites (at most ${MAX_SITES})` };
  const problems: string[] = [];
  const out: SiteEntry[] = [];
  const seen = new Set<string>();
  v.forEach((e, i) => {
    const o = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const parsed = parseSiteInput(o.host as string);
    // The entry is named, shortened, so the user can tell which one it was (a list may hold 500).
    const named = typeof o.host === 'string' ? `site ${i + 1} (“${shortened(o.host)}”)` : `site ${i + 1}`;
    if ('error' in parsed) return void problems.push(`${named} ${parsed.error}`);
    if (parsed.host !== o.host) return void problems.push(`${named} is not a plain host name`);
    if (typeof o.autoClean !== 'boolean' || typeof o.spamFilter !== 'boolean')
      return void problems.push(`${named} needs autoClean and spamFilter as true/false`);
    if (seen.has(parsed.host)) return;
    seen.add(parsed.host);
    out.push({ host: parsed.host, autoClean: o.autoClean, spamFilter: o.spamFilter });
  });
  return problems.length ? { error: problems.join('; ') } : { value: out };
}
