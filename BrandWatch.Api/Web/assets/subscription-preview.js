// The preview under the subscription form: which of the owner's cases of the last 30 days the filters would have sent
// (POST /api/subscriptions/preview), as a sentence in a live region and a table linking each case.
import { h, replace, time } from './dom.js';
import { ACTIONS, KINDS, OUTCOMES, label } from './vocab.js';

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sentence the live region reads out. */
function summary(preview) {
  if (preview.total === 0) return 'No case of the last 30 days would have been sent with these filters.';
  const shown = preview.cases.length < preview.total ? ` The newest ${preview.cases.length} are listed.` : '';
  const partial = preview.complete ? '' : ' Only the owner’s newest changes were looked at; older ones in the 30 days are not counted.';
  return `${plural(preview.total, 'case', 'cases')} of the last 30 days would have been sent ` +
    `(${plural(preview.alerts, 'alert', 'alerts')}).${shown}${partial}`;
}

function table(preview, captionId, events) {
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'small preview-cases' },
      h('caption', { id: captionId }, 'Cases these filters would have sent, newest first'),
      h('thead', null, h('tr', null, ['Case', 'Domain', 'Mark', 'Kind', 'Outcome', 'Recommended action', 'Priority', 'Sent as', 'When']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, preview.cases.map((c) => h('tr', { dataset: { caseId: String(c.id) } },
        h('th', { scope: 'row' }, h('a', { href: `#/cases/${encodeURIComponent(c.id)}`, 'aria-label': `Case ${c.id}, ${c.domain}` }, String(c.id))),
        h('td', { class: 'mono' }, c.domain),
        h('td', null, c.mark),
        h('td', null, label(KINDS, c.kind)),
        h('td', null, label(OUTCOMES, c.outcome)),
        h('td', null, label(ACTIONS, c.action)),
        h('td', { class: 'num' }, String(c.priority)),
        h('td', null, label(events, c.event), c.alerts > 1 ? h('span', { class: 'muted' }, ` (+${c.alerts - 1} more)`) : null),
        h('td', null, time(c.at)))))));
}

/**
 * The preview's place under the form: `show(load, reason)` runs `load()` (a promise of the Api's preview) and shows
 * what it answered, or `reason(error)` when the Api refused the filters. `events` names the event types.
 */
export function previewPanel(prefix, events) {
  const heading = `${prefix}-preview-title`;
  const said = h('p', { 'aria-live': 'polite', 'data-testid': 'preview-summary' });
  const result = h('div');
  const panel = h('section', { class: 'preview', 'aria-labelledby': heading, 'data-testid': 'subscription-preview', hidden: true },
    h('h3', { id: heading }, 'Preview: the last 30 days'), said, result);

  async function show(load, reason) {
    panel.hidden = false;
    replace(result);
    said.textContent = 'Looking at the last 30 days…';
    try {
      const preview = await load();
      said.textContent = summary(preview);
      if (preview.total > 0) replace(result, table(preview, `${prefix}-preview-caption`, events));
    } catch (error) {
      said.textContent = `No preview: ${reason(error)}`;
    }
  }

  return { panel, show };
}
