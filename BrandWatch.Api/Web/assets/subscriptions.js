// Brand managers subscribe to their marks' cases instead of sitting in the queue.
import { h, replace } from './dom.js';
import * as api from './api.js';
import { KINDS, label } from './vocab.js';

const EVENTS = [['case-filed', 'Case filed'], ['priority-raised', 'Priority raised'], ['reviewed', 'Reviewed'],
  ['actioned', 'Actioned'], ['resolved', 'Resolved']];

function describeChannel(s) {
  if (s.webhookUrl ?? s.channel?.webhookUrl) return `webhook ${s.webhookUrl ?? s.channel.webhookUrl}`;
  if (s.email ?? s.channel?.email) return `e-mail ${s.email ?? s.channel.email}`;
  return s.channel?.type ?? s.channelType ?? '–';
}

export async function renderSubscriptions(view, ctx) {
  const [subscriptions, marks] = await Promise.all([
    api.listSubscriptions().then(api.itemsOf),
    api.listMarks().then(api.itemsOf).catch(() => []),
  ]);

  const list = subscriptions.length === 0 ? h('p', { class: 'empty' }, 'No subscriptions yet.') :
    h('table', { class: 'subscriptions' },
      h('caption', { class: 'sr-only' }, 'Subscriptions'),
      h('thead', null, h('tr', null, ['Marks', 'Events', 'Kinds', 'Minimum priority', 'Delivery', 'Channel', ''].map((t) => h('th', { scope: 'col' }, t)))),
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
        return h('tr', null,
          h('td', null, (s.marks ?? []).length ? s.marks.join(', ') : 'all of the owner’s marks'),
          h('td', null, (s.events ?? []).map((e) => label(EVENTS, e)).join(', ') || 'all'),
          h('td', null, (s.kinds ?? []).map((k) => label(KINDS, k)).join(', ') || 'all'),
          h('td', { class: 'num' }, String(s.minPriority ?? 0)),
          h('td', null, s.delivery ?? 'immediate'),
          h('td', { class: 'mono' }, describeChannel(s)),
          h('td', null, remove));
      })));

  const message = h('p', { role: 'alert', class: 'error' });
  const form = h('form', { class: 'subscribe', 'aria-labelledby': 'subscribe-title' },
    h('h2', { id: 'subscribe-title' }, 'New subscription'),
    h('fieldset', null, h('legend', null, 'Marks (none ticked: all)'),
      marks.map((m) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'marks', value: m.id }), ` ${m.name ?? m.id}`))),
    h('fieldset', null, h('legend', null, 'Events'),
      EVENTS.map(([v, l]) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'events', value: v, checked: v === 'case-filed' }), ` ${l}`))),
    h('fieldset', null, h('legend', null, 'Kinds (none ticked: all)'),
      KINDS.map(([v, l]) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'kinds', value: v }), ` ${l}`))),
    h('div', { class: 'field' }, h('label', { for: 'sub-min' }, 'Minimum priority (0–100)'),
      h('input', { id: 'sub-min', name: 'minPriority', type: 'number', min: '0', max: '100', value: '50' })),
    h('div', { class: 'field' }, h('label', { for: 'sub-delivery' }, 'Delivery'),
      h('select', { id: 'sub-delivery', name: 'delivery' }, ['immediate', 'hourly', 'daily'].map((v) => h('option', { value: v }, v)))),
    h('div', { class: 'field' }, h('label', { for: 'sub-webhook' }, 'Webhook URL (https)'),
      h('input', { id: 'sub-webhook', name: 'webhookUrl', type: 'url', spellcheck: 'false' })),
    h('div', { class: 'field' }, h('label', { for: 'sub-email' }, 'or e-mail address'),
      h('input', { id: 'sub-email', name: 'email', type: 'email' })),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Subscribe')),
    message);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
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
    if (webhookUrl) body.webhookUrl = webhookUrl;
    else body.email = email;
    try {
      await api.createSubscription(body);
      ctx.announce('Subscribed.', 'ok');
      await renderSubscriptions(view, ctx);
    } catch (error) {
      message.textContent = `Not saved: ${error.message}`;
    }
  });

  replace(view, h('section', { class: 'panel', 'aria-labelledby': 'subs-title' },
    h('h1', { id: 'subs-title' }, 'Subscriptions'), list), h('section', { class: 'panel' }, form));
  ctx.onKey = null;
}
