// The removal ledger: every item Sift took out, with its reason and category, and two actions.
// Restore puts the item's sanitized HTML back at its slot marker in this view; Not spam also asks
// the background to keep such text next time. Removed text is shown only here, as text.
// Direct module imports, not the core barrel: the barrel would bundle Readability into the page.
import { slotClass } from '../../core/ledger.js';
import type { RemovedItem } from '../../core/types.js';
import { t } from '../../platform/i18n.js';
import { byId } from './dom.js';
import type { Sanitize } from './render.js';
import { errorText } from '../../shared/error-text.js';

export interface LedgerOptions {
  items: readonly RemovedItem[];
  body: HTMLElement;
  sanitize: Sanitize;
  /** Remembers the text as not spam; rejects with a message to show. */
  notSpam(text: string): Promise<void>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Restores and removes one item in the article body; returns whether it is shown now. */
function slotController(item: RemovedItem, body: HTMLElement, sanitize: Sanitize) {
  let restored: HTMLElement | null = null;
  return {
    get isRestored() {
      return restored !== null;
    },
    restore(): void {
      if (restored) return;
      const wrapper = document.createElement(item.inline ? 'span' : 'div');
      wrapper.className = 'sift-restored';
      wrapper.append(sanitize(item.html));
      const marker = body.querySelector(`.${slotClass(item.slot)}`);
      if (marker) marker.after(wrapper);
      else body.append(wrapper); // a marker lost inside another removed item: show it at the end
      restored = wrapper;
    },
    removeAgain(): void {
      restored?.remove();
      restored = null;
    },
  };
}

export function renderLedger({ items, body, sanitize, notSpam }: LedgerOptions): void {
  const list = byId<HTMLOListElement>('ledger-list');
  const count = byId('ledger-count');
  const slots = items.map((item) => slotController(item, body, sanitize));
  const updateCount = () => {
    const removed = slots.filter((s) => !s.isRestored).length;
    count.textContent = t('ledgerCount', removed);
    count.classList.toggle('is-zero', removed === 0);
  };
  byId('ledger-intro').textContent = items.length ? t('ledgerIntro') : t('ledgerEmpty');
  list.replaceChildren(
    ...items.map((item, i) => {
      const slot = slots[i]!;
      const li = el('li', `ledger-item category-${item.category}`);
      li.dataset.slot = String(item.slot);
      const head = el('p', 'ledger-item-head');
      head.append(el('span', 'ledger-category', t(`category_${item.category}`)));
      if (item.inline) head.append(el('span', 'ledger-inline', t('ledgerInline')));
      const quote = el('blockquote', 'ledger-text', item.text);
      const reason = el('p', 'ledger-reason', item.reason);
      const status = el('p', 'ledger-status');
      status.setAttribute('role', 'status');
      const restore = el('button', 'button-small', t('ledgerRestore'));
      const keep = el('button', 'button-small button-quiet', t('ledgerNotSpam'));
      restore.type = keep.type = 'button';
      const refresh = () => {
        restore.textContent = slot.isRestored ? t('ledgerRemoveAgain') : t('ledgerRestore');
        restore.setAttribute('aria-pressed', String(slot.isRestored));
        li.classList.toggle('is-restored', slot.isRestored);
        updateCount();
      };
      restore.addEventListener('click', () => {
        if (slot.isRestored) slot.removeAgain();
        else slot.restore();
        status.textContent = slot.isRestored ? t('ledgerRestored') : '';
        refresh();
      });
      keep.addEventListener('click', async () => {
        keep.disabled = true;
        try {
          await notSpam(item.text);
          slot.restore();
          status.textContent = t('ledgerKept');
          li.classList.add('is-kept');
          restore.disabled = true;
          refresh();
        } catch (e) {
          status.textContent = t('ledgerNotSpamFailed', errorText(e));
          keep.disabled = false;
        }
      });
      const actions = el('div', 'ledger-actions');
      actions.append(restore, keep);
      li.append(head, quote, reason, actions, status);
      return li;
    }),
  );
  updateCount();
  byId('ledger').hidden = false;
}
