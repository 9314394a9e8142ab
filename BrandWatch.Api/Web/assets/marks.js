// The portfolio as the signed-in key may see it: a brand manager sees only its owner's marks.
import { h, replace, time } from './dom.js';
import * as api from './api.js';

export async function renderMarks(view, ctx) {
  const marks = api.itemsOf(await api.listMarks());
  replace(view, h('section', { class: 'panel', 'aria-labelledby': 'marks-title' },
    h('h1', { id: 'marks-title' }, 'Marks'),
    marks.length === 0 ? h('p', { class: 'empty' }, 'No marks visible to this key.') :
      h('table', { class: 'marks', 'data-testid': 'marks-table' },
        h('caption', { class: 'sr-only' }, 'Marks in the portfolio'),
        h('thead', null, h('tr', null, ['Mark', 'Owner', 'Label forms', 'Official domains', 'Classes', 'Jurisdictions', 'Registered', ''].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, marks.map((m) => h('tr', { class: m.retiredAt ? 'retired' : null },
          h('th', { scope: 'row' }, m.name ?? m.id, ' ', h('span', { class: 'muted mono' }, `(${m.id})`),
            m.wellKnown ? h('span', { class: 'badge' }, 'well known') : null, m.retiredAt ? h('span', { class: 'badge' }, 'retired') : null),
          h('td', null, m.owner ?? '–'),
          h('td', { class: 'mono' }, (m.labels ?? []).join(', ')),
          h('td', { class: 'mono' }, (m.officialDomains ?? []).join(', ')),
          h('td', null, (m.niceClasses ?? []).join(', ')),
          h('td', null, (m.jurisdictions ?? []).join(', ')),
          h('td', null, time(m.registeredOn, true), m.firstUsedOn ? h('span', { class: 'muted' }, ' (in use since ', time(m.firstUsedOn, true), ')') : null),
          h('td', null, h('a', { href: `#/queue?mark=${encodeURIComponent(m.id)}` }, 'Cases'))))))));
  ctx.onKey = null;
}
