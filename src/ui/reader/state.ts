// The reader's failure states (SECURITY.md I3): each a specific title, an explanation of what to
// do, and the technical detail tucked away; never a blank page or an endless spinner.
import type { ReaderFailure } from '../../shared/reader-entry.js';
import { t } from '../../platform/i18n.js';
import { byId, linkableUrl } from './dom.js';

export type ReaderState = ReaderFailure['code'] | 'expired';

const keyOf = (code: string): string => code.replace(/-/g, '_');

export function renderState(state: ReaderState, failure: ReaderFailure | null, onBack: () => void): void {
  const key = keyOf(state);
  byId('state-title').textContent = t(`state_${key}_title`);
  byId('state-body').textContent = t(`state_${key}_body`);
  const extra = byId('state-extra');
  if (failure?.restricted) {
    extra.textContent = t(`restricted_${keyOf(failure.restricted)}`);
    extra.hidden = false;
  }
  const detail = failure?.detail ?? '';
  if (state === 'frames' && detail) {
    // The frames' own pages can be opened and cleaned one by one.
    const list = byId('state-links');
    for (const url of detail.split(' ')) {
      const href = linkableUrl(url);
      if (!href) continue;
      const a = document.createElement('a');
      a.href = href;
      a.textContent = href;
      a.rel = 'noreferrer';
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    list.hidden = !list.childElementCount;
  } else if (detail) {
    byId('state-detail-text').textContent = detail;
    byId('state-detail').hidden = false;
  }
  byId('state-back').addEventListener('click', onBack);
  byId('state').hidden = false;
  document.title = `${t('state_' + key + '_title')} · Sift`;
}
