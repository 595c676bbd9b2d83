/**
 * The least a page can do to let a user choose an indicator: a text box that opens a plain list of the atlas set,
 * and a click on an option that closes the list and re-colours the map. The dashboard's switch starts the same way
 * (a click on an option of an open list), so both switches are timed from the same click, with the same selectors,
 * and each pays for closing its own list.
 */
interface CatalogueEntry {
  id: string;
  title: { en: string };
}

const STYLE = `
  .bare-picker { position: absolute; top: 8px; left: 8px; z-index: 2; width: 300px; font: 14px sans-serif; }
  .bare-picker input { width: 100%; box-sizing: border-box; padding: 6px; }
  .bare-picker ul { list-style: none; margin: 0; padding: 0; max-height: 480px; overflow-y: auto;
    background: #fff; border: 1px solid #999; }
  .bare-picker li { padding: 4px 6px; cursor: pointer; }
`;

export function mountPicker(onChoose: (id: string) => void): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  const root = document.createElement('div');
  root.className = 'bare-picker';
  const input = document.createElement('input');
  input.dataset.testid = 'indicator-input';
  input.setAttribute('aria-label', 'Indicator');
  const list = document.createElement('ul');
  list.dataset.testid = 'indicator-listbox';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  root.append(input, list);
  document.body.append(root);

  let catalogue: Promise<CatalogueEntry[]> | null = null;
  input.addEventListener('click', async () => {
    catalogue ??= fetch('/api/indicators')
      .then((response) => response.json() as Promise<{ indicators: CatalogueEntry[] }>)
      .then((body) => body.indicators);
    const entries = await catalogue;
    list.replaceChildren(
      ...entries.map((entry) => {
        const option = document.createElement('li');
        option.setAttribute('role', 'option');
        option.dataset.value = entry.id;
        option.textContent = entry.title.en;
        return option;
      }),
    );
    list.hidden = false;
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[data-value]');
    if (!option) return;
    list.hidden = true;
    list.replaceChildren();
    input.value = option.textContent ?? '';
    onChoose(option.dataset.value!);
  });
}
