// The sites list: add a site (asking for access to exactly that site), see whether access is
// granted, switch automatic opening and spam removal per site, remove a site (and its access).
import { MAX_SITES, parseSiteInput, type SiteEntry } from '../../shared/validators.js';
import { hasSiteAccess, onSiteAccessChanged, releaseSiteAccess, requestSiteAccess } from '../../platform/site-access.js';
import { t } from '../../platform/i18n.js';
import { byId, el, showText } from './dom.js';
import type { OptionsState } from './state.js';

/** The user-facing reason a typed site was refused, in the page's language. */
function siteErrorText(input: string, error: string): string {
  const shown = input.length > 80 ? `${input.slice(0, 77)}…` : input;
  const scheme = /^uses (\S+?):/.exec(error);
  if (scheme) return t('optionsSiteErrorScheme', shown, scheme[1]!);
  const key: Record<string, string> = {
    'is empty': 'optionsSiteErrorEmpty',
    'is too long to be a web address': 'optionsSiteErrorTooLong',
    'must name one site; wildcards are not allowed': 'optionsSiteErrorWildcard',
    'is not a web address': 'optionsSiteErrorNotAddress',
    'has no valid host name': 'optionsSiteErrorHost',
  };
  return key[error] ? t(key[error]!, shown) : `“${shown}” ${error}`;
}

interface Row {
  li: HTMLLIElement;
  access: HTMLSpanElement;
  grant: HTMLButtonElement;
  autoClean: HTMLInputElement;
  spamFilter: HTMLInputElement;
  warning: HTMLParagraphElement;
}

export interface SiteList {
  /**
   * Shows `host` as the site to act on: its row marked and in view, with "Grant access" focused
   * when access is missing (asking needs a click on this page). A site not listed is filled in
   * the add form instead, with its button focused.
   */
  revealSite(host: string): Promise<void>;
}

export function mountSiteList(state: OptionsState): SiteList {
  const form = byId<HTMLFormElement>('site-form');
  const input = byId<HTMLInputElement>('site-input');
  const error = byId('site-error');
  const status = byId('site-status');
  const list = byId<HTMLUListElement>('site-list');
  const empty = byId('site-empty');
  const grantAll = byId('grant-all');
  const rows = new Map<string, Row>();
  const access = new Map<string, boolean>();

  const setError = (text: string) => {
    showText(error, text);
    input.setAttribute('aria-invalid', String(Boolean(text)));
  };
  const announce = (text: string) => (status.textContent = text);

  const setSite = (host: string, change: Partial<SiteEntry>) =>
    state.update((s) => ({ ...s, sites: s.sites.map((e) => (e.host === host ? { ...e, ...change } : e)) }));

  async function refreshAccess(): Promise<void> {
    const sites = state.get().sites;
    await Promise.all(sites.map(async (e) => access.set(e.host, await hasSiteAccess(e.host))));
    render();
  }

  /** Asks for access (synchronously, inside the click), then reports the answer. */
  function grant(hosts: string[]): void {
    const answer = requestSiteAccess(hosts);
    void answer.then(async (ok) => {
      await refreshAccess();
      announce(hosts.length === 1 ? t(ok ? 'optionsSiteAccessGranted' : 'optionsSiteAccessRefused', hosts[0]!) : t(ok ? 'optionsAllAccessGranted' : 'optionsAllAccessRefused'));
    });
  }

  function makeRow(host: string): Row {
    const id = `site-${rows.size}-${host.replace(/[^a-z0-9]/g, '-')}`;
    const access = el('span', { class: 'access' });
    const grantButton = el('button', { type: 'button', class: 'button-small', 'aria-label': t('optionsSiteGrantLabel', host) }, t('optionsSiteGrant'));
    grantButton.addEventListener('click', () => grant([host]));
    const remove = el('button', { type: 'button', class: 'button-small button-quiet', 'aria-label': t('optionsSiteRemoveLabel', host) }, t('optionsSiteRemove'));
    remove.addEventListener('click', () => void removeSite(host));
    const autoClean = el('input', { type: 'checkbox', role: 'switch', class: 'switch', id: `${id}-auto` });
    autoClean.addEventListener('change', () => void setSite(host, { autoClean: autoClean.checked }));
    const spamFilter = el('input', { type: 'checkbox', role: 'switch', class: 'switch', id: `${id}-spam` });
    spamFilter.addEventListener('change', () => void setSite(host, { spamFilter: spamFilter.checked }));
    const warning = el('p', { class: 'site-warning', hidden: true }, t('optionsSiteNeedsAccess'));
    const li = el(
      'li',
      { class: 'site-row' },
      el('div', { class: 'site-main' }, el('span', { class: 'site-host' }, host), access, el('span', { class: 'site-actions' }, grantButton, remove)),
      el(
        'div',
        { class: 'site-switches' },
        el('span', { class: 'switch-inline' }, autoClean, el('label', { for: autoClean.id }, t('optionsSiteAutoClean'))),
        el('span', { class: 'switch-inline' }, spamFilter, el('label', { for: spamFilter.id }, t('optionsSiteSpamFilter'))),
      ),
      warning,
    );
    return { li, access, grant: grantButton, autoClean, spamFilter, warning };
  }

  function render(): void {
    const sites = state.get().sites;
    for (const [host, row] of rows)
      if (!sites.some((e) => e.host === host)) {
        row.li.remove();
        rows.delete(host);
      }
    sites.forEach((site) => {
      const row = rows.get(site.host) ?? makeRow(site.host);
      rows.set(site.host, row);
      const granted = access.get(site.host);
      row.access.textContent = granted === undefined ? '' : t(granted ? 'optionsSiteHasAccess' : 'optionsSiteNoAccess');
      row.access.dataset.granted = String(granted);
      row.grant.hidden = granted !== false;
      row.autoClean.checked = site.autoClean;
      row.spamFilter.checked = site.spamFilter;
      row.warning.hidden = !(granted === false && site.autoClean);
      list.append(row.li); // re-appending keeps the stored order; focus stays on a moved button
    });
    empty.hidden = sites.length > 0;
    // Only sites set to open automatically need access; the others work with the toolbar button.
    const missing = sites.filter((e) => e.autoClean && access.get(e.host) === false);
    grantAll.hidden = missing.length < 2;
    byId('grant-all-text').textContent = t('optionsGrantAllText', String(missing.length));
  }

  async function removeSite(host: string): Promise<void> {
    const saved = await state.update((s) => ({ ...s, sites: s.sites.filter((e) => e.host !== host) }));
    if (!saved) return;
    await releaseSiteAccess(host);
    access.delete(host);
    announce(t('optionsSiteRemoved', host));
    input.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = parseSiteInput(input.value);
    if ('error' in parsed) return setError(siteErrorText(input.value.trim(), parsed.error));
    const { host } = parsed;
    const sites = state.get().sites;
    if (sites.some((e) => e.host === host)) return setError(t('optionsSiteDuplicate', host));
    if (sites.length >= MAX_SITES) return setError(t('optionsSiteTooMany', String(MAX_SITES)));
    setError('');
    // The request must start inside the click, before any await (Firefox), and is awaited only
    // after saving, so a prompt left open can never hold up the save.
    const scheme = /^(https?):/i.exec(input.value.trim())?.[1]?.toLowerCase() as 'http' | 'https' | undefined;
    const answer = requestSiteAccess([host], scheme);
    void (async () => {
      const saved = await state.update((s) => ({ ...s, sites: [...s.sites, { host, autoClean: true, spamFilter: true }] }));
      if (!saved) return;
      input.value = '';
      const ok = await answer;
      access.set(host, await hasSiteAccess(host));
      render();
      announce(t(ok ? 'optionsSiteAdded' : 'optionsSiteAddedNoAccess', host));
    })();
  });
  input.addEventListener('input', () => setError(''));

  byId('grant-all-button').addEventListener('click', () =>
    grant(state.get().sites.filter((e) => e.autoClean && access.get(e.host) === false).map((e) => e.host)),
  );
  onSiteAccessChanged(() => void refreshAccess());
  state.subscribe(() => {
    render();
    if (state.get().sites.some((e) => !access.has(e.host))) void refreshAccess();
  });

  async function revealSite(host: string): Promise<void> {
    await refreshAccess();
    for (const other of rows.values()) other.li.classList.remove('site-row-revealed');
    const row = rows.get(host);
    if (!row) {
      input.value = host;
      form.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
      return void announce(t('optionsSiteRevealMissing', host));
    }
    row.li.classList.add('site-row-revealed');
    row.li.scrollIntoView({ block: 'center' });
    const needsAccess = !row.grant.hidden;
    (needsAccess ? row.grant : row.autoClean).focus();
    announce(t(needsAccess ? 'optionsSiteRevealGrant' : 'optionsSiteRevealGranted', host));
  }
  return { revealSite };
}
