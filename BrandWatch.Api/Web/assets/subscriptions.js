// Brand managers subscribe to their marks' cases instead of sitting in the queue.
import { h, replace } from './dom.js';
import * as api from './api.js';
import { KINDS, label } from './vocab.js';

const OUTCOME_FLOOR = [['unlikely', 'Any'], ['possible', 'Possible or likely'], ['likely', 'Likely only']];

const EVENTS = [['case-filed', 'Case filed'], ['priority-raised', 'Priority raised'], ['reviewed', 'Reviewed'],
  ['actioned', 'Actioned'], ['resolved', 'Resolved']];

function describeChannel(s) {
  if (s.webhookUrl) return `webhook (${s.format ?? 'json'}) ${s.webhookUrl}`;
  if (s.email) return `e-mail ${s.email}`;
  return s.channel ?? '–';
}

/** A webhook secret is shown once, right after the Api generated it. */
function secretNotice(created) {
  if (!created?.secret) return null;
  return h('div', { class: 'panel secret', role: 'alert', 'data-testid': 'subscription-secret' },
    h('h2', null, 'Webhook secret — shown once'),
    h('p', null, 'Store it now where your receiver can read it: it signs every webhook (HMAC-SHA256) and the Api will not show it again.'),
    h('code', { class: 'mono hash' }, created.secret));
}

export async function renderSubscriptions(view, ctx, created = null) {
  const [subscriptions, marks] = await Promise.all([
    api.listSubscriptions().then(api.itemsOf),
    api.listMarks().then(api.itemsOf).catch(() => []),
  ]);

  const list = subscriptions.length === 0 ? h('p', { class: 'empty' }, 'No subscriptions yet.') :
    h('table', { class: 'subscriptions' },
      h('caption', { class: 'sr-only' }, 'Subscriptions'),
      h('thead', null, h('tr', null, ['Name', 'Marks', 'Events', 'Kinds', 'At least', 'Delivery', 'Channel', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, subscriptions.map((s) => {
        const remove = h('button', { type: 'button', class: 'secondary' }, 'Delete');
        remove.addEventListener('click', async () => {
          try {
            await api.deleteSubscription(s.id);
            ctx.announce('Subscription deleted.', 'ok');
            await renderSubscriptions(view, ctx);
          } catch (error) {
            ctx.announce(`Not deleted: ${error.message}`, 'error');
          }
        });
        return h('tr', { dataset: { subscriptionId: String(s.id) } },
          h('th', { scope: 'row' }, s.name ?? '', h('span', { class: 'muted small' }, ` (${s.owner ?? ''})`)),
          h('td', null, (s.marks ?? []).length ? s.marks.join(', ') : 'all of the owner’s marks'),
          h('td', null, (s.events ?? []).map((e) => label(EVENTS, e)).join(', ') || 'all'),
          h('td', null, (s.kinds ?? []).map((k) => label(KINDS, k)).join(', ') || 'all'),
          h('td', null, `priority ${s.minPriority ?? 0}, ${s.minOutcome ?? 'unlikely'}`),
          h('td', null, s.delivery ?? 'immediate'),
          h('td', { class: 'mono' }, describeChannel(s)),
          h('td', null, remove));
      })));

  const message = h('p', { role: 'alert', class: 'error' });
  const form = h('form', { class: 'subscribe', 'aria-labelledby': 'subscribe-title' },
    h('h2', { id: 'subscribe-title' }, 'New subscription'),
    h('div', { class: 'field' }, h('label', { for: 'sub-name' }, 'Name'),
      h('input', { id: 'sub-name', name: 'name', type: 'text', maxlength: '200', value: 'Legal team' })),
    h('fieldset', null, h('legend', null, 'Marks (none ticked: all)'),
      marks.map((m) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'marks', value: m.id }), ` ${m.name ?? m.id}`))),
    h('fieldset', null, h('legend', null, 'Events'),
      EVENTS.map(([v, l]) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'events', value: v, checked: v === 'case-filed' }), ` ${l}`))),
    h('fieldset', null, h('legend', null, 'Kinds (none ticked: all)'),
      KINDS.map(([v, l]) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'kinds', value: v }), ` ${l}`))),
    h('div', { class: 'field' }, h('label', { for: 'sub-min' }, 'Minimum priority (0–100)'),
      h('input', { id: 'sub-min', name: 'minPriority', type: 'number', min: '0', max: '100', value: '50' })),
    h('div', { class: 'field' }, h('label', { for: 'sub-outcome' }, 'Minimum verdict'),
      h('select', { id: 'sub-outcome', name: 'minOutcome' }, OUTCOME_FLOOR.map(([v, l]) => h('option', { value: v, selected: v === 'possible' }, l)))),
    h('div', { class: 'field' }, h('label', { for: 'sub-delivery' }, 'Delivery'),
      h('select', { id: 'sub-delivery', name: 'delivery' }, ['immediate', 'hourly', 'daily'].map((v) => h('option', { value: v }, v)))),
    h('div', { class: 'field' }, h('label', { for: 'sub-webhook' }, 'Webhook URL (https)'),
      h('input', { id: 'sub-webhook', name: 'webhookUrl', type: 'url', spellcheck: 'false' })),
    h('div', { class: 'field' }, h('label', { for: 'sub-format' }, 'Webhook format'),
      h('select', { id: 'sub-format', name: 'format' }, [['json', 'JSON'], ['slack', 'Slack'], ['teams', 'Teams']].map(([v, l]) => h('option', { value: v }, l)))),
    h('div', { class: 'field' }, h('label', { for: 'sub-email' }, 'or e-mail address'),
      h('input', { id: 'sub-email', name: 'email', type: 'email' })),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Subscribe')),
    message);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      name: String(data.get('name') ?? '').trim() || undefined,
      minOutcome: String(data.get('minOutcome')),
      marks: data.getAll('marks').map(String),
      events: data.getAll('events').map(String),
      kinds: data.getAll('kinds').map(String),
      minPriority: Number(data.get('minPriority') || 0),
      delivery: String(data.get('delivery')),
    };
    const webhookUrl = String(data.get('webhookUrl') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    if (!webhookUrl === !email) {
      message.textContent = 'Give either a webhook URL or an e-mail address.';
      return;
    }
    if (webhookUrl) {
      body.webhookUrl = webhookUrl;
      body.format = String(data.get('format'));
    } else {
      body.email = email;
    }
    try {
      const saved = await api.createSubscription(body);
      ctx.announce('Subscribed.', 'ok');
      await renderSubscriptions(view, ctx, saved);
    } catch (error) {
      message.textContent = `Not saved: ${error.message}`;
    }
  });

  replace(view, secretNotice(created), h('section', { class: 'panel', 'aria-labelledby': 'subs-title' },
    h('h1', { id: 'subs-title' }, 'Subscriptions'), list), h('section', { class: 'panel' }, form));
  ctx.onKey = null;
}
