/**
 * A filter form over a list, shared by the timeline and the promises tracker: each select keeps
 * the items whose data attribute lists its value, a status line counts what is shown, and the
 * choice lives in the URL (`?issue=…&actor=…`) so a filtered view can be shared. Without
 * JavaScript nothing runs and the whole list shows.
 */
export interface ListFilter {
  form: HTMLFormElement;
  /** Where "Showing {shown} of {total} …" is written (template in the form's `data-status`). */
  status: HTMLElement;
  items: HTMLElement[];
  /** Each select's name → the `data-*` attribute (space-separated ids) an item must list its value in. */
  fields: Record<string, string>;
  /** Containers hidden when none of their items shows (the timeline's years). */
  groups?: HTMLElement[];
}

export function bindListFilter({ form, status, items, fields, groups = [] }: ListFilter): () => void {
  const names = Object.keys(fields);
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const template = form.dataset.status ?? '{shown}/{total}';

  const apply = (updateUrl: boolean) => {
    const wanted = names.map((name) => [name, select(name).value] as const);
    let shown = 0;
    for (const item of items) {
      const match = wanted.every(([name, value]) => !value || (item.dataset[fields[name]!] ?? '').split(' ').includes(value));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !items.some((item) => !item.hidden && group.contains(item));
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(items.length));
    if (updateUrl) {
      const url = new URL(location.href);
      for (const [name, value] of wanted) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
    }
  };

  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const value = params.get(name);
    if (value && [...select(name).options].some((o) => o.value === value)) select(name).value = value;
  }
  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (e) => e.preventDefault());
  return () => apply(false);
}
