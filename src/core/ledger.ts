import type { RemovalCategory, RemovedItem } from './types.js';
import { collapseSpace } from './whitespace.js';

export interface RemovalInfo {
  reason: string;
  category: RemovalCategory;
  score?: number;
}

export const SLOT_CLASS = 'sift-slot';

/** Class name that identifies slot N; the reader finds markers by it. */
export const slotClass = (slot: number): string => `${SLOT_CLASS}-${slot}`;

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
    const parent = first.parentNode;
    const holder = this.doc.createElement('div');
    const slot = this.items.length;
    const marker = this.doc.createElement('span');
    marker.className = `${SLOT_CLASS} ${slotClass(slot)}`;
    // Distinct siblings cannot hold one another: they are moved into the holder to be read and
    // left detached, as removal leaves them. Any other set is copied first, since moving a node
    // out of another one of the set would change what that one holds.
    const move = nodes.every((n) => n.parentNode === parent) && new Set(nodes).size === nodes.length;
    if (!move) for (const node of nodes) holder.appendChild(node.cloneNode(true));
    parent.insertBefore(marker, first);
    if (move) for (const node of nodes) holder.appendChild(node);
    else for (const node of nodes) node.parentNode?.removeChild(node);
    const text = collapseSpace(holder.textContent ?? '');
    const html = holder.innerHTML;
    if (move) for (const node of nodes) holder.removeChild(node);
    const item: RemovedItem = { slot, text, html, reason: info.reason, category: info.category };
    if (info.score !== undefined) item.score = info.score;
    if (inline) item.inline = true;
    this.items.push(item);
    return item;
  }
}
