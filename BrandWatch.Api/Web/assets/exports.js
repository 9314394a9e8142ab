// Exports of the case list for the tools security teams run (STIX 2.1, MISP, TheHive) and for spreadsheets (CSV),
// with the queue's current filters. The file is fetched with the signed-in key and handed to the browser to save.
import { download, h, replace } from './dom.js';
import * as api from './api.js';

// Its own stylesheet, so that the shared desk files need no edit for this panel.
if (!document.querySelector('link[href="/desk/enforcement.css"]')) {
  document.head.append(h('link', { rel: 'stylesheet', href: '/desk/enforcement.css' }));
}

const FORMATS = [['stix', 'STIX 2.1 bundle'], ['misp', 'MISP event'], ['thehive', 'TheHive alerts'], ['csv', 'CSV (spreadsheet)']];
const TLPS = [['clear', 'TLP:CLEAR'], ['green', 'TLP:GREEN'], ['amber', 'TLP:AMBER'], ['red', 'TLP:RED']];

/** A small form under the queue's filters: choose a format and a TLP level, download what the filters select. */
export function exportBar(filters, ctx) {
  const message = h('span', { class: 'muted small', 'data-testid': 'export-message', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'secondary' }, 'Export these cases');
  const form = h('form', { class: 'filters export-bar', 'aria-label': 'Export these cases' },
    h('div', { class: 'field' },
      h('label', { for: 'export-format' }, 'Format'),
      h('select', { id: 'export-format', name: 'format' }, FORMATS.map(([v, l]) => h('option', { value: v }, l)))),
    h('div', { class: 'field' },
      h('label', { for: 'export-tlp' }, 'Sharing (TLP)'),
      h('select', { id: 'export-tlp', name: 'tlp' }, TLPS.map(([v, l]) => h('option', { value: v, selected: v === 'amber' }, l)))),
    h('div', { class: 'field buttons' }, button),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    button.disabled = true;
    replace(message, 'Exporting…');
    try {
      const { blob, name, total, count } = await api.exportCases(String(data.get('format')), filters, String(data.get('tlp')));
      download(blob, name);
      const cut = total !== null && count !== null && Number(count) < Number(total);
      replace(message, `${name}: ${count ?? '?'} case${count === '1' ? '' : 's'}`, cut ? ` of ${total} (narrow the filters for the rest)` : '');
      ctx.announce(`Exported ${count ?? ''} case(s) to ${name}.`, 'ok');
    } catch (error) {
      replace(message, `Export failed: ${error.message}`);
      ctx.announce(`Export failed: ${error.message}`, 'error');
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
