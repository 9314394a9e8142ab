// The review queue: one page of cases at a time (cursor pagination, so 10,000 cases cost one page of DOM), sorted
// by priority by the Api, with filters kept in the URL so a reviewer can bookmark or share a view.
import { h, number, replace, time } from './dom.js';
import * as api from './api.js';
import { domainCell } from './domain.js';
import { renderSubmitForm } from './submit.js';
import { exportBar } from './exports.js';
import { ACTIONS, KINDS, OUTCOMES, STATUSES, label } from './vocab.js';

const FILTERS = ['status', 'mark', 'outcome', 'action', 'kind', 'source', 'filedSince', 'firstSeenSince', 'q'];
// A case matches a source when any sighting of its name came from it; 'first seen since' keeps only what is new.
const SOURCES = [['ct', 'CT log'], ['nrd', 'New registrations'], ['zone', 'Zone file'], ['content', 'Content screening'], ['submission', 'Submission']];
const PAGE_SIZE = 50;

function filtersFrom(params) {
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

function hashFor(filters, cursor, back) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (cursor) params.set('cursor', cursor);
  if (back) params.set('back', back);
  const text = params.toString();
  return text ? `#/queue?${text}` : '#/queue';
}

function select(name, text, options, value, any = 'Any') {
  const id = `filter-${name}`;
  return h('div', { class: 'field' },
    h('label', { for: id }, text),
    h('select', { id, name },
      h('option', { value: '' }, any),
      options.map(([v, l]) => h('option', { value: v, selected: v === value }, l))));
}

export async function renderQueue(view, params, ctx) {
  const filters = filtersFrom(params);
  const cursor = params.get('cursor') || undefined;
  // Previous pages: the cursors that led here, oldest first, so "Previous" works without server support.
  const back = params.get('back') ? params.get('back').split(',') : [];

  const [page, marks, counts] = await Promise.all([
    api.listCases(filters, cursor, PAGE_SIZE),
    api.listMarks().then(api.itemsOf).catch(() => []),
    api.caseCounts({ ...filters, status: undefined }).catch(() => null),
  ]);
  const items = api.itemsOf(page);
  const statusCounts = counts?.byStatus ?? null;

  const form = h('form', { class: 'filters', 'aria-label': 'Filter the queue', role: 'search' },
    h('div', { class: 'field grow' },
      h('label', { for: 'filter-q' }, 'Domain contains'),
      h('input', { id: 'filter-q', name: 'q', type: 'search', value: filters.q ?? '', 'data-shortcut-filter': true,
        placeholder: 'press / to search', spellcheck: 'false' })),
    select('status', 'Status', STATUSES, filters.status),
    select('mark', 'Mark', marks.map((m) => [m.id, m.name ?? m.id]), filters.mark),
    select('outcome', 'Verdict', OUTCOMES, filters.outcome),
    select('action', 'Action', ACTIONS, filters.action),
    select('kind', 'Kind', KINDS, filters.kind),
    select('source', 'Seen by', SOURCES, filters.source),
    h('div', { class: 'field' },
      h('label', { for: 'filter-since' }, 'Filed since'),
      h('input', { id: 'filter-since', name: 'filedSince', type: 'date', value: filters.filedSince ?? '' })),
    h('div', { class: 'field' },
      h('label', { for: 'filter-first-seen' }, 'New since (first seen)'),
      h('input', { id: 'filter-first-seen', name: 'firstSeenSince', type: 'date', value: filters.firstSeenSince ?? '' })),
    h('div', { class: 'field buttons' },
      h('button', { type: 'submit' }, 'Filter'),
      h('a', { href: '#/queue', class: 'button secondary' }, 'Clear')));

  const apply = (event) => {
    event?.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next[name] = value;
    }
    location.hash = hashFor(next);
  };
  form.addEventListener('submit', apply);
  for (const el of form.querySelectorAll('select, input[type=date]')) el.addEventListener('change', apply);

  const countList = statusCounts
    ? h('ul', { class: 'counts', 'aria-label': 'Cases per status' },
      h('li', null, h('a', { href: hashFor({ ...filters, status: undefined }), 'aria-current': filters.status ? null : 'true' },
        'All ', h('span', { class: 'count' }, String(counts?.total ?? '')))),
      STATUSES.map(([value, text]) => h('li', null,
        h('a', { href: hashFor({ ...filters, status: value }), 'aria-current': filters.status === value ? 'true' : null,
          'data-status': value },
          text, ' ', h('span', { class: 'count' }, String(statusCounts[value] ?? 0))))))
    : null;

  const rows = items.map((c) => {
    const link = h('a', { href: `#/cases/${encodeURIComponent(c.id)}`, class: 'case-link' },
      c.kind === 'domain' ? domainCell(c.domain ?? c.subject) : h('span', { class: 'domain-pair' }, domainCell(c.domain), h('span', { class: 'punycode' }, c.subject)));
    return h('tr', { dataset: { caseId: String(c.id) } },
      h('td', { class: 'num' }, h('span', { class: `priority p${Math.min(9, Math.floor((c.priority ?? 0) / 10))}` }, String(c.priority ?? '–'))),
      h('td', null, link),
      h('td', null, c.mark),
      h('td', null, label(KINDS, c.kind)),
      h('td', null, h('span', { class: `outcome ${c.outcome ?? ''}` }, label(OUTCOMES, c.outcome))),
      h('td', null, label(ACTIONS, c.recommendedAction)),
      h('td', null, h('span', { class: `badge status-${c.status}` }, label(STATUSES, c.status))),
      h('td', null, time(c.filedAt)));
  });

  const table = items.length
    ? h('table', { class: 'queue', 'aria-describedby': 'queue-caption-help' },
      h('caption', null, `Cases sorted by priority, ${items.length} shown`,
        h('span', { id: 'queue-caption-help', class: 'sr-only' }, '. Press j and k to move, Enter to open.')),
      h('thead', null, h('tr', null,
        ['Priority', 'Domain', 'Mark', 'Kind', 'Verdict', 'Action', 'Status', 'Filed'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows))
    : h('p', { class: 'empty', 'data-testid': 'queue-empty' }, 'No cases match these filters.');

  const nextCursor = page?.nextCursor;
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
    cursor !== undefined
      ? h('a', { href: hashFor(filters, back.at(-1) || undefined, back.slice(0, -1).join(',') || undefined), class: 'button secondary' }, '← Previous')
      : null,
    nextCursor
      ? h('a', { href: hashFor(filters, nextCursor, [...back, cursor ?? ''].join(',') || undefined), class: 'button secondary', rel: 'next' }, 'Next →')
      : null);

  replace(view, h('section', { class: 'queue-view', 'aria-labelledby': 'queue-title' },
    h('h1', { id: 'queue-title' }, 'Review queue'),
    form, exportBar(filters, ctx), countList, table, pager,
    ctx.me?.canSubmit === true ? renderSubmitForm() : null));

  // For the first-paint measurement (docs/review-desk.md): when the first page of the queue is in the DOM.
  if (performance.getEntriesByName('queue-rendered').length === 0) performance.mark('queue-rendered');

  // j / k move a visible selection; Enter (or a click) opens it. Focus follows so screen readers announce the row.
  const links = [...view.querySelectorAll('a.case-link')];
  let selected = -1;
  const choose = (index) => {
    if (links.length === 0) return;
    selected = Math.max(0, Math.min(links.length - 1, index));
    for (const [i, link] of links.entries()) {
      const row = link.closest('tr');
      if (i === selected) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
    links[selected].focus();
  };
  for (const [i, link] of links.entries()) link.addEventListener('focus', () => { if (selected !== i) choose(i); });
  ctx.onKey = (event) => {
    if (event.key === 'j') { choose(selected + 1); return true; }
    if (event.key === 'k') { choose(selected < 0 ? 0 : selected - 1); return true; }
    if (event.key === 'Enter' && selected >= 0 && document.activeElement !== links[selected]) { links[selected].click(); return true; }
    return false;
  };
}
