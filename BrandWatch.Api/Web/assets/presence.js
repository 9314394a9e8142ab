// Whether the case's site is up, as the Worker's looks settled it (evidence.presence of the latest filing): the state
// and since when, a change still waiting for confirmation, the last looks with what each showed, and the last
// confirmed change with the looks that confirmed it. A look that decides nothing (a resolver timeout) is shown as
// unknown and never moved the state.
import { h, time } from './dom.js';

export const PRESENCE_WORDS = { live: 'Live', gone: 'Gone', unknown: 'Unknown' };

const word = (state) => PRESENCE_WORDS[state] ?? state ?? 'Unknown';

function badge(state) {
  return h('span', { class: `badge presence-${state ?? 'unknown'}` }, word(state));
}

function looksTable(caption, looks, testid) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `${caption}, scrollable` },
    h('table', { class: 'audit', 'data-testid': testid },
      h('caption', { class: 'small' }, caption),
      h('thead', null, h('tr', null, ['Looked', 'Showed', 'Why'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, looks.map((o) => h('tr', null, h('td', null, time(o.at)), h('td', null, badge(o.state)), h('td', null, o.reason ?? '–'))))));
}

/** The "Presence" panel for a presence record (null: none was filed). */
export function presenceSection(presence) {
  const title = h('h2', { id: 'presence-title' }, 'Presence');
  const section = (...children) => h('section', { class: 'panel', 'aria-labelledby': 'presence-title', 'data-testid': 'presence' }, title, ...children);
  if (!presence) {
    return section(h('p', { class: 'muted' }, 'No presence record: the case was filed before looks were kept.'));
  }
  const pending = presence.pending ?? [];
  const recent = presence.recent ?? [];
  const change = presence.lastChange;
  return section(
    h('p', { 'data-testid': 'presence-state' }, badge(presence.state),
      presence.since ? ` since ${time(presence.since)}` : ' (no look has decided yet)'),
    pending.length
      ? h('p', { class: 'warn small', 'data-testid': 'presence-pending' },
        `${pending.length} look${pending.length === 1 ? '' : 's'} since ${time(pending[0].at)} showed ${word(pending.at(-1).state).toLowerCase()}; not confirmed yet.`)
      : null,
    change
      ? h('p', { class: 'small', 'data-testid': 'presence-change' },
        `Changed from ${word(change.from).toLowerCase()} to ${word(change.to).toLowerCase()} on ${time(change.at)}, confirmed by ${(change.observations ?? []).length} looks: `,
        (change.observations ?? []).map((o) => `${time(o.at)} (${o.reason})`).join('; '), '.')
      : null,
    recent.length ? looksTable('Last looks, oldest first', recent, 'presence-looks') : null);
}
