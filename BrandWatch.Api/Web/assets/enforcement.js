// The case page's enforcement panel: who can act on the case and how to reach them, the drafts written for them
// (copied to the clipboard: sending is always a person's click in their own mail), and the takedown reports recorded
// with their states and answer clocks. Every string from the Api is shown as text.
import { download, h, replace, time, words } from './dom.js';
import * as api from './api.js';

// Its own stylesheet, so that the shared desk files need no edit for this panel.
if (!document.querySelector('link[href="/desk/enforcement.css"]')) {
  document.head.append(h('link', { rel: 'stylesheet', href: '/desk/enforcement.css' }));
}

const ROLES = { registrar: 'Registrar', host: 'Hosting network', 'certificate-authority': 'Certificate authority', registry: 'Registry', provider: 'Dispute provider' };
const PARTIES = [['registrar', 'Registrar'], ['host', 'Hosting network'], ['registrant', 'Registrant'], ['certificate-authority', 'Certificate authority'],
  ['registry', 'Registry'], ['provider', 'Dispute provider']];
const DRAFTS = { 'cease-and-desist': 'cease-and-desist letter (registrant)', 'abuse-registrar': 'abuse report to the registrar',
  'abuse-host': 'abuse report to the host', 'udrp-complaint': 'UDRP complaint', 'cndrp-complaint': 'CNDRP complaint (.cn)' };
const STATES = { sent: 'Sent', acknowledged: 'Acknowledged', refused: 'Refused', resolved: 'Resolved', 're-emerged': 'Re-emerged' };
const day = (at) => (at ? new Date(at).toISOString().slice(0, 10) : '');
const DAY = 86400000;

/** "due in 3 days", "overdue by 2 days", or how it was answered: the clock a reviewer follows a report by. */
export function clock(action, now = Date.now()) {
  if (action.state === 're-emerged') {
    return { text: `site gone ${day(action.goneAt)}, back ${day(action.reEmergedAt)}: report it again`, kind: 'warn' };
  }
  if (action.goneAt) {
    return { text: `site gone since ${day(action.goneAt)} (${words(action.goneReason ?? 'gone')})`, kind: 'ok' };
  }
  if (action.state === 'refused') {
    return { text: `refused ${action.refusedAt ? new Date(action.refusedAt).toISOString().slice(0, 10) : ''}: turn to the next party`.trim(), kind: 'warn' };
  }
  if (action.state !== 'sent') {
    const at = action.state === 'resolved' ? action.resolvedAt : action.acknowledgedAt;
    return { text: `answered ${at ? new Date(at).toISOString().slice(0, 10) : ''}`.trim(), kind: 'ok' };
  }
  if (!action.answerDueAt) return { text: 'no answer date', kind: 'muted' };
  const days = Math.round((new Date(action.answerDueAt).getTime() - now) / DAY);
  if (days > 0) return { text: `answer due in ${days} day${days === 1 ? '' : 's'}`, kind: 'muted' };
  if (days === 0) return { text: 'answer due today', kind: 'warn' };
  const escalated = action.escalatedAt ? ' · escalated' : action.remindedAt ? ' · reminded' : '';
  return { text: `overdue by ${-days} day${days === -1 ? '' : 's'}${escalated}`, kind: 'warn' };
}

async function copyDraft(caseId, kind, button, output, ctx) {
  button.disabled = true;
  try {
    const text = await api.draft(caseId, kind);
    replace(output, h('pre', { class: 'fragment draft-text', tabindex: '0', 'data-testid': `draft-${kind}` }, h('code', null, text)));
    output.hidden = false;
    try {
      await navigator.clipboard.writeText(text);
      ctx.announce(`Draft copied: ${DRAFTS[kind] ?? words(kind)}. Paste it into your mail, check it, and send it yourself.`, 'ok');
    } catch {
      // No clipboard permission: the text is shown below the button to select and copy by hand.
      ctx.announce('The browser refused the clipboard; the draft is shown below to copy by hand.', 'info');
    }
  } catch (error) {
    ctx.announce(`Draft not written: ${error.message}`, 'error');
  } finally {
    button.disabled = false;
  }
}

const FORMATS = { md: 'Markdown', pdf: 'PDF', docx: 'Word' };

async function downloadDraft(caseId, kind, format, button, ctx) {
  button.disabled = true;
  try {
    const { blob, name } = await api.draftFile(caseId, kind, format);
    download(blob, name);
    ctx.announce(`Draft downloaded as ${FORMATS[format]}: ${name}. Check and edit it before anyone sends or files it.`, 'ok');
  } catch (error) {
    ctx.announce(`Draft not written: ${error.message}`, 'error');
  } finally {
    button.disabled = false;
  }
}

function draftControl(caseId, kind, ctx) {
  const output = h('div', { class: 'draft-output', hidden: true });
  const label = DRAFTS[kind] ?? words(kind);
  const button = h('button', { type: 'button', class: 'secondary small-button' }, `Copy ${label}`);
  button.addEventListener('click', () => copyDraft(caseId, kind, button, output, ctx));
  // The same draft as a file to edit in a word processor: Markdown, PDF or Word.
  const files = Object.entries(FORMATS).map(([format, name]) => {
    const file = h('button', { type: 'button', class: 'secondary small-button', 'aria-label': `Download ${label} as ${name}`, 'data-format': format }, name);
    file.addEventListener('click', () => downloadDraft(caseId, kind, format, file, ctx));
    return file;
  });
  return h('div', { class: 'draft' }, button, h('span', { class: 'draft-files muted small' }, 'Download: ', ...files), output);
}

function contact(label, value) {
  return value ? [h('dt', null, label), h('dd', { class: 'mono' }, value)] : null;
}

function partyItem(caseId, party, ctx, onRecord) {
  const record = h('button', { type: 'button', class: 'secondary small-button' }, 'Record report sent');
  record.addEventListener('click', () => onRecord(party));
  const draftKind = party.draft ? party.draft.split('/').pop() : null;
  return h('li', { class: 'party', 'data-role': party.role },
    h('h4', null, ROLES[party.role] ?? words(party.role), party.name ? `: ${party.name}` : ''),
    h('dl', { class: 'facts small' },
      contact('Abuse e-mail', party.email),
      contact('Phone', party.phone),
      party.url ? [h('dt', null, 'Web'), h('dd', null, h('a', { href: party.url, rel: 'noreferrer noopener', target: '_blank' }, party.url))] : null,
      contact('IANA id', party.ianaId),
      contact('Address', party.address),
      contact('Network', party.network),
      contact('Holder', party.holder),
      contact('AS', party.autonomousSystem),
      contact('Issuer', party.issuer),
      party.policy ? [h('dt', null, 'Policy'), h('dd', null, party.policy)] : null,
      party.alternatives?.length ? [h('dt', null, 'Or'), h('dd', null, party.alternatives.join(', '))] : null),
    party.missing?.length ? h('p', { class: 'warn small' }, 'Not known yet: ', party.missing.join('; ')) : null,
    h('details', null, h('summary', null, 'What it needs to act'),
      h('ul', { class: 'small' }, (party.evidence ?? []).map((e) => h('li', null, e)))),
    h('div', { class: 'buttons' }, draftKind ? draftControl(caseId, draftKind, ctx) : null, record));
}

function actionRow(caseId, action, ctx, reload) {
  const { text, kind } = clock(action);
  const cells = [
    h('td', null, words(action.party)),
    h('td', { class: 'mono' }, action.target ?? ''),
    h('td', null, h('span', { class: `badge takedown-${action.state}`, 'data-testid': 'takedown-state' }, STATES[action.state] ?? words(action.state))),
    h('td', null, time(action.sentAt)),
    h('td', null, h('span', { class: kind, 'data-testid': 'takedown-clock' }, text)),
    h('td', null, action.note ?? ''),
  ];
  let step = h('td', null, h('span', { class: 'muted' }, 'final'));
  if (ctx.me?.canReview === true && (action.allowed ?? []).length > 0) {
    const id = `step-${action.id}`;
    const select = h('select', { id, name: 'to' }, action.allowed.map((s) => h('option', { value: s }, STATES[s] ?? words(s))));
    const note = h('input', { id: `${id}-note`, name: 'note', type: 'text', maxlength: '2000', placeholder: 'reply or ticket number' });
    const save = h('button', { type: 'submit', class: 'secondary small-button' }, 'Save');
    const form = h('form', { class: 'inline-form', 'aria-label': `Next step of the report to the ${words(action.party)}` },
      h('label', { for: id, class: 'sr-only' }, `New state of the report to the ${words(action.party)}`), select,
      h('label', { for: `${id}-note`, class: 'sr-only' }, 'Reply or ticket number'), note, save);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      save.disabled = true;
      try {
        const body = { to: select.value };
        if (note.value.trim()) body.note = note.value.trim();
        await api.advanceTakedown(caseId, action.id, body);
        ctx.announce(`Report to the ${words(action.party)}: ${STATES[select.value] ?? select.value}.`, 'ok');
        await reload();
      } catch (error) {
        save.disabled = false;
        ctx.announce(`Not saved: ${error.message}`, 'error');
      }
    });
    step = h('td', null, form);
  }
  return h('tr', { dataset: { actionId: String(action.id) } }, cells, step);
}

function recordForm(caseId, ctx, reload) {
  const party = h('select', { id: 'takedown-party', name: 'party' }, PARTIES.map(([v, l]) => h('option', { value: v }, l)));
  const target = h('input', { id: 'takedown-target', name: 'target', type: 'text', maxlength: '2000', spellcheck: 'false' });
  const due = h('input', { id: 'takedown-due', name: 'answerDueAt', type: 'date' });
  const note = h('input', { id: 'takedown-note', name: 'note', type: 'text', maxlength: '2000' });
  const submit = h('button', { type: 'submit' }, 'Record report sent');
  const form = h('form', { class: 'takedown-form', 'aria-labelledby': 'takedown-form-title' },
    h('h3', { id: 'takedown-form-title' }, 'Record a report you sent'),
    h('div', { class: 'field' }, h('label', { for: 'takedown-party' }, 'Sent to'), party),
    h('div', { class: 'field' }, h('label', { for: 'takedown-target' }, 'Address or case number'), target),
    h('div', { class: 'field' }, h('label', { for: 'takedown-due' }, 'Answer expected by (optional)'), due),
    h('div', { class: 'field' }, h('label', { for: 'takedown-note' }, 'Note'), note),
    h('div', { class: 'buttons' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const body = { party: party.value };
      if (target.value.trim()) body.target = target.value.trim();
      if (note.value.trim()) body.note = note.value.trim();
      if (due.value) body.answerDueAt = `${due.value}T23:59:59Z`;
      await api.recordTakedown(caseId, body);
      ctx.announce(`Report to the ${words(party.value)} recorded.`, 'ok');
      await reload();
    } catch (error) {
      submit.disabled = false;
      ctx.announce(`Not recorded: ${api.problemText(error)}`, 'error');
    }
  });
  const prefill = (p) => {
    party.value = PARTIES.some(([v]) => v === p.role) ? p.role : party.value;
    target.value = p.email ?? p.address ?? p.url ?? '';
    target.focus();
  };
  return { form, prefill };
}

/** The panel, filled once its three calls answer; the rest of the case page does not wait for it. */
export function enforcementSection(c, ctx) {
  const body = h('div', null, h('p', { class: 'muted' }, 'Loading who can act…'));
  const section = h('section', { class: 'panel enforcement', 'aria-labelledby': 'enforcement-title', 'data-testid': 'enforcement' },
    h('h2', { id: 'enforcement-title' }, 'Enforcement'), body);
  const reviewer = ctx.me?.canReview === true;

  const load = async () => {
    const [routes, actions] = await Promise.all([
      reviewer ? api.abuseRoutes(c.id).then((r) => r.body).catch(() => null) : Promise.resolve(null),
      api.takedownActions(c.id).then((r) => r.body ?? []).catch(() => null),
    ]);
    const record = reviewer ? recordForm(c.id, ctx, load) : null;
    replace(body,
      reviewer ? [
        h('h3', null, 'Who can act'),
        routes ? h('ul', { class: 'parties' }, (routes.parties ?? []).map((p) => partyItem(c.id, p, ctx, record.prefill)))
          : h('p', { class: 'error' }, 'The parties could not be worked out.'),
        h('h3', null, 'Drafts'),
        h('p', { class: 'muted small' }, 'Copy a draft, check and edit it, and send it from your own mail. Nothing is sent from here.'),
        h('div', { class: 'drafts' }, Object.keys(DRAFTS).map((kind) => draftControl(c.id, kind, ctx))),
      ] : h('p', { class: 'muted small' }, 'Parties and drafts are for legal reviewers of this owner.'),
      h('h3', null, 'Takedown reports'),
      actions === null ? h('p', { class: 'error' }, 'The reports could not be read.')
        : actions.length === 0 ? h('p', { class: 'muted', 'data-testid': 'takedown-empty' }, 'No report recorded yet.')
          : h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Takedown reports, scrollable' },
            h('table', { class: 'audit', 'data-testid': 'takedown-actions' },
              h('thead', null, h('tr', null, ['Party', 'To', 'State', 'Sent', 'Clock', 'Note', 'Next'].map((t) => h('th', { scope: 'col' }, t)))),
              h('tbody', null, actions.map((a) => actionRow(c.id, a, ctx, load))))),
      record?.form ?? null);
  };
  load();
  return section;
}
