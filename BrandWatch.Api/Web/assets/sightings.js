// Every sighting of a case's name on the case page: which watch saw it, in which feed and where, when, and for a CT
// log the log, the entry index and the certificate's SHA-256. Loaded on its own, a page at a time, so a name seen in
// thousands of certificates does not slow the case page down.
import { h, replace, time } from './dom.js';
import * as api from './api.js';

const SOURCE_WORDS = { ct: 'CT log', nrd: 'new registrations', zone: 'zone file', content: 'content screening', submission: 'submission' };

function row(s) {
  const ct = s.log ? h('span', null, h('span', { class: 'mono' }, s.log), ` #${s.index ?? '?'}`) : h('span', { class: 'muted' }, '–');
  const sha = s.certificateSha256 ? h('code', { class: 'mono hash', title: s.certificateSha256 }, s.certificateSha256.slice(0, 16) + '…') : h('span', { class: 'muted' }, '–');
  return h('tr', null,
    h('td', null, time(s.seenAt)),
    h('td', null, SOURCE_WORDS[s.source] ?? s.source),
    h('td', null, h('span', { class: 'mono' }, s.feed)),
    h('td', null, h('span', { class: 'mono' }, s.item)),
    h('td', null, ct),
    h('td', null, sha),
    h('td', null, s.filingId ? `filing ${s.filingId}` : h('span', { class: 'muted' }, 'seen again')));
}

/** The "Sightings" panel of case <id>; fills itself in once the first page has come. */
export function sightingsSection(id) {
  const body = h('div', null, h('p', { class: 'muted' }, 'Loading sightings…'));
  const section = h('section', { class: 'panel', 'aria-labelledby': 'sightings-title', 'data-testid': 'sightings' },
    h('h2', { id: 'sightings-title' }, 'Sightings'), body);
  const rows = [];
  let bySource = new Map();

  async function load(after) {
    let page;
    try {
      page = await api.getSightings(id, after);
    } catch (error) {
      replace(body, h('p', { class: 'muted' }, `Sightings could not be loaded: ${error.message}`));
      return;
    }
    for (const s of page.items ?? []) {
      rows.push(row(s));
      bySource.set(s.source, (bySource.get(s.source) ?? 0) + 1);
    }
    if (rows.length === 0) {
      replace(body, h('p', { class: 'muted' }, 'No sightings recorded (filed before sightings were kept, or by a filer that does not say).'));
      return;
    }
    const summary = `Seen ${page.total} time${page.total === 1 ? '' : 's'}` +
      ` (${[...bySource].map(([source, n]) => `${SOURCE_WORDS[source] ?? source} ${n}`).join(', ')}${rows.length < page.total ? ' in the first ' + rows.length : ''}).`;
    const next = page.nextAfter ? h('button', { type: 'button', class: 'secondary', onclick: (e) => { e.target.disabled = true; load(page.nextAfter); } }, 'Show more sightings') : null;
    replace(body,
      h('p', { class: 'small', 'data-testid': 'sightings-summary' }, summary),
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Sightings, scrollable' },
        h('table', { class: 'audit', 'data-testid': 'sightings-table' },
          h('thead', null, h('tr', null, ['Seen', 'Watch', 'Feed', 'Item', 'CT log and index', 'Certificate SHA-256', 'With'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', null, rows))),
      next);
  }

  load(0);
  return section;
}
