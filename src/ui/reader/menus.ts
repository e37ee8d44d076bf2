// The bar's drop-downs are <details> elements (keyboard and screen-reader friendly without
// script); this adds what menus are expected to do: one open at a time, Escape and an outside
// click close them.
export function initMenus(): void {
  const menus = Array.from(document.querySelectorAll<HTMLDetailsElement>('details.menu, #ledger-details'));
  for (const menu of menus)
    menu.addEventListener('toggle', () => {
      if (menu.open) for (const other of menus) if (other !== menu) other.open = false;
    });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const open = menus.find((m) => m.open);
    if (!open) return;
    open.open = false;
    open.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (e) => {
    for (const menu of menus) if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
  });
}
