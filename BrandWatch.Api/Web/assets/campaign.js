// The campaign panel of the case page: the other cases that share this one's registrant, name servers, address,
// certificate or page template, what they share, and one decision (or one export) for all of them. Each case still
// moves through its own audited transition in the Api; this panel only asks for them together.
import { h, replace } from './dom.js';
import * as api from './api.js';
import { STATUSES, DISMISS_REASONS, label } from './vocab.js';

const FEATURES = [
  ['registrant-email', 'Registrant e-mail'], ['registrant-organisation', 'Registrant organisation'], ['name-servers', 'Name servers'],
  ['ip-address', 'IP address'], ['certificate', 'Certificate'], ['page-template', 'Page template'],
];

const DECISIONS = [['confirmed', 'Confirm'], ['dismissed', 'Dismiss'], ['monitoring', 'Monitor']];

function sharedList(campaign) {
  return h('dl', { class: 'facts small', 'data-testid': 'campaign-shared' },
    campaign.shared.map((s) => [
      h('dt', null, label(FEATURES, s.kind), s.showsControl ? '' : ' (hosting)'),
      h('dd', { class: 'mono' }, s.value, h('span', { class: 'muted' }, ` · ${s.caseIds.length} cases`)),
    ]));
}

function casesTable(campaign, current) {
  return h('table', { class: 'criteria', 'data-testid': 'campaign-cases' },
    h('caption', { class: 'sr-only' }, 'Cases of the campaign'),
    h('thead', null, h('tr', null, ['Case', 'Subject', 'Status', 'Priority', 'Pattern (F4)'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, campaign.cases.map((c) => h('tr', c.id === current ? { 'aria-current': 'true' } : null,
      h('th', { scope: 'row' }, c.id === current ? String(c.id) : h('a', { href: `#/cases/${c.id}` }, String(c.id))),
      h('td', { class: 'mono' }, c.subject),
      h('td', null, h('span', { class: `badge status-${c.status}` }, label(STATUSES, c.status))),
      h('td', { class: 'num' }, String(c.priority)),
      h('td', { class: 'num', title: (c.pattern ?? []).join(', ') }, String((c.pattern ?? []).length))))));
}

// Fetches every case's signed package, then offers each as a link to save: a browser lets a page start one download
// per click, so the reviewer saves them one by one (each verifies on its own with `verify`).
async function exportAll(campaign, button, list, ctx) {
  button.disabled = true;
  replace(list);
  let done = 0;
  try {
    for (const c of campaign.cases) {
      const { blob, name } = await api.evidencePackage(c.id);
      const link = h('a', { download: name }, name);
      link.href = URL.createObjectURL(blob); // a blob: URL of our own making, set past h()'s scheme guard
      list.appendChild(h('li', null, link));
      done += 1;
    }
    ctx.announce(`${done} evidence packages of campaign ${campaign.id} are ready to save.`, 'ok');
  } catch (error) {
    ctx.announce(`Export stopped after ${done} packages: ${error.message}`, 'error');
  } finally {
    button.disabled = false;
  }
}

function actionForm(campaign, reload, ctx) {
  const message = h('div', { class: 'decide-message', role: 'alert', 'data-testid': 'campaign-result' });
  const decision = h('select', { id: 'campaign-to', name: 'to' }, DECISIONS.map(([v, t]) => h('option', { value: v }, t)));
  const reason = h('select', { id: 'campaign-reason', name: 'reason' },
    h('option', { value: '' }, '—'), DISMISS_REASONS.map(([v, t]) => h('option', { value: v }, t)));
  const note = h('textarea', { id: 'campaign-note', name: 'note', rows: '2', maxlength: '4000' });
  const submit = h('button', { type: 'submit' }, `Apply to all ${campaign.cases.length} cases`);
  const form = h('form', { class: 'decide', 'aria-label': 'Decide the whole campaign', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'campaign-to' }, 'Decision for every case'), decision),
    h('div', { class: 'field' }, h('label', { for: 'campaign-reason' }, 'Dismissal reason'), reason),
    h('div', { class: 'field' }, h('label', { for: 'campaign-note' }, 'Campaign note (why)'), note),
    h('div', { class: 'buttons' }, submit), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    message.className = 'decide-message';
    replace(message);
    const body = { to: decision.value, note: note.value.trim() };
    if (decision.value === 'dismissed') body.reason = reason.value;
    try {
      const results = await api.campaignTransition(campaign.id, body);
      const moved = results.filter((r) => r.moved).length;
      ctx.announce(`Campaign ${campaign.id}: ${moved} of ${results.length} cases moved.`, 'ok');
      await reload({ campaignResults: results });
    } catch (error) {
      submit.disabled = false;
      message.className = 'decide-message error';
      replace(message, `Not applied: ${api.problemText(error)}`);
    }
  });
  return form;
}

function resultsList(results) {
  return h('ul', { class: 'small', 'data-testid': 'campaign-outcome' }, results.map((r) =>
    h('li', null, `Case ${r.caseId}: `, r.moved ? `${label(STATUSES, r.from)} → ${label(STATUSES, r.status)}` : `unchanged (${r.detail})`)));
}

/** The campaign panel of case `c`; `lastResults` are the answers of a campaign decision just made, shown after the reload. */
export function campaignSection(c, reload, ctx, lastResults) {
  const section = h('section', { class: 'panel', 'aria-labelledby': 'campaign-title' }, h('h2', { id: 'campaign-title' }, 'Campaign'));
  api.caseCampaign(c.id)
    .then((campaign) => {
      if (!campaign) {
        section.appendChild(h('p', { class: 'muted', 'data-testid': 'campaign-none' },
          'No other case shares this one\'s registrant, name servers, address, certificate or page template.'));
        return;
      }
      const exportButton = h('button', { type: 'button', class: 'secondary' }, `Export all ${campaign.cases.length} evidence packages`);
      const downloads = h('ul', { class: 'small', 'aria-label': 'Evidence packages to save', 'data-testid': 'campaign-downloads' });
      exportButton.addEventListener('click', () => exportAll(campaign, exportButton, downloads, ctx));
      replace(section, h('h2', { id: 'campaign-title' }, `Campaign ${campaign.id}`),
        h('p', null, `${campaign.cases.length} cases of ${campaign.owner} share:`),
        sharedList(campaign), casesTable(campaign, c.id),
        lastResults ? resultsList(lastResults) : null,
        ctx.me?.canReview === true ? actionForm(campaign, reload, ctx) : null,
        h('div', { class: 'buttons' }, exportButton), downloads);
    })
    .catch((error) => section.appendChild(h('p', { class: 'decide-message error' }, `The campaign could not be loaded: ${error.message}`)));
  return section;
}
