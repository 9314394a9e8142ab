// The subscription form, for a new subscription and for editing one: every filter the Api takes, one channel, and
// for an existing webhook the choice to replace its secret (the new one is shown once, like a generated one).
import { h } from './dom.js';
import { ACTIONS, KINDS, OUTCOMES } from './vocab.js';
import { previewPanel } from './subscription-preview.js';

export const OUTCOME_FLOOR = [['unlikely', 'Any'], ['possible', 'Possible or likely'], ['likely', 'Likely only']];

export const EVENTS = [['case-filed', 'Case filed'], ['priority-raised', 'Priority raised'], ['reviewed', 'Reviewed'],
  ['actioned', 'Actioned'], ['resolved', 'Resolved'], ['reappeared', 'Back after its case was resolved'],
  ['evidence-changed', 'Evidence changed'], ['takedown-overdue', 'Takedown overdue'], ['takedown-escalated', 'Takedown to escalate'],
  ['takedown-gone', 'Site gone after a takedown'], ['takedown-reemerged', 'Site back after a takedown']];

export const SOURCES = [['ct', 'CT log'], ['nrd', 'New registrations'], ['zone', 'Zone file'], ['content', 'Content screening'],
  ['submission', 'Submission'], ['none', 'Not said by the filer']];

const FORMATS = [['json', 'JSON'], ['slack', 'Slack'], ['teams', 'Teams']];

/** A new webhook secret made in the browser (32 random bytes, base64url): the Api keeps it and never shows it again. */
export function newSecret() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function checks(legend, name, options, ticked) {
  const on = new Set(ticked ?? []);
  return h('fieldset', null, h('legend', null, legend),
    options.map(([v, l]) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: on.has(v) }), ` ${l}`)));
}

function field(id, text, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, text), control);
}

/** "New names only": a tick, and an optional date it counts from (empty: from now, or kept when editing). */
function newNames(p, existing) {
  const since = existing?.newSince ? String(existing.newSince).slice(0, 10) : null;
  return h('fieldset', null, h('legend', null, 'New names'),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'newOnly', value: 'yes', checked: Boolean(existing?.newOnly) }),
      ' Only what is new: first seen since the date below, and never before for the mark'),
    field(`${p}-since`, since ? `Seen first since (empty: keep ${since})` : 'Seen first since (empty: from now on)',
      h('input', { id: `${p}-since`, name: 'newSince', type: 'date' })));
}

/** The Api's reasons for refusing a body, field by field, or the error's message. */
function reasons(error) {
  const errors = error?.problem?.errors;
  return errors ? Object.entries(errors).map(([name, texts]) => `${name}: ${[].concat(texts).join(', ')}`).join('; ') : error.message;
}

/** The request the form makes, all but its channel (what a preview needs), or { error } when fields contradict each other. */
function requestWithoutChannel(data) {
  const body = {
    name: String(data.get('name') ?? '').trim() || undefined,
    minOutcome: String(data.get('minOutcome')),
    marks: data.getAll('marks').map(String),
    events: data.getAll('events').map(String),
    kinds: data.getAll('kinds').map(String),
    outcomes: data.getAll('outcomes').map(String),
    actions: data.getAll('actions').map(String),
    sources: data.getAll('sources').map(String),
    minPriority: Number(data.get('minPriority') || 0),
    delivery: String(data.get('delivery')),
  };
  const newSince = String(data.get('newSince') ?? '');
  if (data.get('newOnly')) {
    body.newOnly = true;
    if (newSince) body.newSince = newSince;
  } else if (newSince) {
    return { error: 'A “seen first since” date needs “Only what is new” ticked.' };
  }
  return { body };
}

/**
 * The form. `existing` (a subscription as the Api answers it) fills it for editing; `onSubmit(body)` saves the
 * request body and throws to keep the form open with the Api's reason; `onCancel` (editing only) closes it;
 * `onPreview(body)` answers the Api's preview of the filters, shown under the form.
 */
export function subscriptionForm({ marks, existing = null, onSubmit, onCancel = null, onPreview = null }) {
  const editing = existing !== null;
  const p = editing ? 'edit' : 'sub';
  const title = `${p}-title`;
  const webhook = existing?.channel ? existing.channel === 'webhook' : true;
  const message = h('p', { role: 'alert', class: 'error' });
  const preview = onPreview ? previewPanel(p, EVENTS) : null;
  const previewButton = onPreview ? h('button', { type: 'button', class: 'secondary' }, 'Preview') : null;
  const replaceSecret = editing && existing.channel === 'webhook'
    ? h('div', { class: 'field' }, h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'replaceSecret', value: 'yes' }),
      ' Replace the webhook secret (the new one is shown once; the receiver needs it before the next alert)'))
    : null;

  const form = h('form', { class: 'subscribe', 'aria-labelledby': title, 'data-testid': editing ? 'subscription-edit' : 'subscription-new' },
    h('h2', { id: title, tabindex: '-1' }, editing ? `Edit subscription “${existing.name}”` : 'New subscription'),
    field(`${p}-name`, 'Name', h('input', { id: `${p}-name`, name: 'name', type: 'text', maxlength: '200', value: existing?.name ?? 'Legal team' })),
    checks('Marks (none ticked: all)', 'marks', marks.map((m) => [m.id, m.name ?? m.id]), existing?.marks),
    checks('Events', 'events', EVENTS, existing ? existing.events : ['case-filed']),
    checks('Kinds (none ticked: all)', 'kinds', KINDS, existing?.kinds),
    checks('Outcomes (none ticked: all)', 'outcomes', OUTCOMES, existing?.outcomes),
    checks('Recommended actions (none ticked: all)', 'actions', ACTIONS, existing?.actions),
    checks('Seen by (none ticked: all)', 'sources', SOURCES, existing?.sources),
    newNames(p, existing),
    field(`${p}-min`, 'Minimum priority (0–100)',
      h('input', { id: `${p}-min`, name: 'minPriority', type: 'number', min: '0', max: '100', value: String(existing?.minPriority ?? 50) })),
    field(`${p}-outcome`, 'Minimum verdict', h('select', { id: `${p}-outcome`, name: 'minOutcome' },
      OUTCOME_FLOOR.map(([v, l]) => h('option', { value: v, selected: v === (existing?.minOutcome ?? 'possible') }, l)))),
    field(`${p}-delivery`, 'Delivery', h('select', { id: `${p}-delivery`, name: 'delivery' },
      ['immediate', 'hourly', 'daily'].map((v) => h('option', { value: v, selected: v === (existing?.delivery ?? 'immediate') }, v)))),
    field(`${p}-webhook`, 'Webhook URL (https)',
      h('input', { id: `${p}-webhook`, name: 'webhookUrl', type: 'url', spellcheck: 'false', value: webhook ? existing?.webhookUrl ?? '' : '' })),
    field(`${p}-format`, 'Webhook format', h('select', { id: `${p}-format`, name: 'format' },
      FORMATS.map(([v, l]) => h('option', { value: v, selected: v === (existing?.format ?? 'json') }, l)))),
    replaceSecret,
    field(`${p}-email`, 'or e-mail address', h('input', { id: `${p}-email`, name: 'email', type: 'email', value: webhook ? '' : existing?.email ?? '' })),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, editing ? 'Save changes' : 'Subscribe'),
      previewButton,
      onCancel ? h('button', { type: 'button', class: 'secondary', onclick: onCancel }, 'Cancel') : null),
    message,
    preview?.panel);

  previewButton?.addEventListener('click', () => {
    const { body, error } = requestWithoutChannel(new FormData(form));
    if (error) {
      message.textContent = error;
      return;
    }
    message.textContent = '';
    preview.show(() => onPreview(body), reasons);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const { body, error } = requestWithoutChannel(data);
    if (error) {
      message.textContent = error;
      return;
    }
    const webhookUrl = String(data.get('webhookUrl') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    if (!webhookUrl === !email) {
      message.textContent = 'Give either a webhook URL or an e-mail address.';
      return;
    }
    if (webhookUrl) {
      body.webhookUrl = webhookUrl;
      body.format = String(data.get('format'));
      if (data.get('replaceSecret')) body.secret = newSecret();
    } else {
      body.email = email;
    }
    message.textContent = '';
    try {
      await onSubmit(body);
    } catch (failure) {
      message.textContent = `Not saved: ${reasons(failure)}`;
    }
  });
  return form;
}
