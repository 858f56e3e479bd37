// DataTable rendered on the server (svelte/server): the markup screen readers and the narrow-
// screen cards rely on.
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable from './data-table.svelte';
import type { Column } from './data-table';

interface Site {
  id: string;
  name: string;
  visits: number;
}

const rows: Site[] = [
  { id: 'a', name: 'Northshire', visits: 12 },
  { id: 'b', name: 'Southmoor', visits: 0 },
];
const columns: Column<Site>[] = [
  { header: 'Name', rowHeader: true, value: (s) => s.name },
  { header: 'Visits', num: true, value: (s) => s.visits },
];
const remove = createRawSnippet((site: () => Site) => ({
  render: () => `<button type="button">Remove ${site().name}</button>`,
}));

function html(props: Partial<Parameters<typeof render<typeof DataTable<Site>>>[1]['props']>) {
  return render(DataTable<Site>, {
    props: { caption: 'Partner sites', columns, rows, key: (s: Site) => s.id, ...props },
  }).body.replace(/<!--[^>]*-->/g, '');
}

describe('DataTable', () => {
  it('has a caption, column headings with scope and a row header per row', () => {
    const out = html({});
    expect(out).toContain('<caption>Partner sites</caption>');
    expect(out).toMatch(/<th scope="col">Name<\/th>/);
    expect(out).toMatch(/<th scope="col" class="num">Visits<\/th>/);
    expect(out).toMatch(/<th scope="row" data-label="Name">Northshire<\/th>/);
    expect(out).toMatch(/<td class="num" data-label="Visits">0<\/td>/);
    expect(out).toContain('class="responsive"');
  });

  it('hides the caption and the actions heading from sight only', () => {
    const out = html({ captionHidden: true, actions: remove, actionsLabel: 'Remove' });
    expect(out).toContain('<caption class="visually-hidden">Partner sites</caption>');
    expect(out).toMatch(/<th scope="col"><span class="visually-hidden">Remove<\/span><\/th>/);
    expect(out).toMatch(/<td data-label="Remove"><button type="button">Remove Southmoor<\/button>/);
  });

  it('says there is nothing instead of showing an empty table', () => {
    const out = html({ rows: [], empty: 'No partner sites yet.' });
    expect(out).toBe('<p class="muted">No partner sites yet.</p>');
    expect(html({ rows: [] })).toContain('<tbody></tbody>');
  });

  it('keeps tables that are forms as tables on narrow screens, and can be a named region', () => {
    const out = html({ responsive: false, regionLabelledBy: 'sites-h' });
    expect(out).not.toContain('responsive');
    expect(out).not.toContain('data-label');
    expect(out).toContain('tabindex="0" role="region" aria-labelledby="sites-h"');
  });
});
