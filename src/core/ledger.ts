import type { RemovalCategory, RemovedItem } from './types.js';

export interface RemovalInfo {
  reason: string;
  category: RemovalCategory;
  score?: number;
}

export const SLOT_CLASS = 'sift-slot';

/** Class name that identifies slot N; the reader finds markers by it. */
export const slotClass = (slot: number): string => `${SLOT_CLASS}-${slot}`;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Every removal from the article goes through one Ledger, so that nothing genuine is lost:
 * the removed nodes are recorded (text + HTML) and an empty marker is left where they stood,
 * which lets the reader restore them in place.
 */
export class Ledger {
  readonly items: RemovedItem[] = [];

  constructor(private readonly doc: Document) {}

  /**
   * Removes `nodes` — one block element, or a run of adjacent siblings inside a paragraph
   * (inline spam) — and leaves one slot marker in their place.
   */
  remove(nodes: readonly ChildNode[], info: RemovalInfo, inline = false): RemovedItem | null {
    const first = nodes[0];
    if (!first?.parentNode) return null;
    const holder = this.doc.createElement('div');
    for (const node of nodes) holder.appendChild(node.cloneNode(true));
    const text = collapse(holder.textContent ?? '');
    const slot = this.items.length;
    const marker = this.doc.createElement('span');
    marker.className = `${SLOT_CLASS} ${slotClass(slot)}`;
    first.parentNode.insertBefore(marker, first);
    for (const node of nodes) node.parentNode?.removeChild(node);
    const item: RemovedItem = { slot, text, html: holder.innerHTML, reason: info.reason, category: info.category };
    if (info.score !== undefined) item.score = info.score;
    if (inline) item.inline = true;
    this.items.push(item);
    return item;
  }
}
