// One subscription's deliveries (#/subscriptions/{id}): what was sent, what is still being tried and when next, the
// last error in the words the Api gives this key (tenants get a category, admins the stored error), and the dead
// letters, which an admin can put back in their queue.
import { h, replace, time } from './dom.js';
import * as api from './api.js';

const STATUS_WORDS = {
  pending: 'being tried',
  delivered: 'delivered',
  dead: 'dead letter (given up)',
  cancelled: 'cancelled',
};

function statusCell(d) {
  return h('td', null, h('span', { class: `delivery-status delivery-${d.status}` }, STATUS_WORDS[d.status] ?? d.status));
}

/** When the delivery ended, or when it is tried next. */
function whenCell(d) {
  if (d.status === 'delivered') return h('td', null, 'delivered ', time(d.deliveredAt));
  if (d.status === 'dead') return h('td', null, 'given up ', time(d.deadAt));
  if (d.status === 'pending') return h('td', null, 'next try ', time(d.nextAttemptAt));
  return h('td', null, '–');
}

function redriveNote(d) {
  if (!d.redriveCount) return null;
  return h('span', { class: 'muted small' }, ` · redriven ${d.redriveCount} time${d.redriveCount === 1 ? '' : 's'}`,
    d.redrivenBy ? ` (last by ${d.redrivenBy})` : '');
}

function deliveryTable(caption, rows, action) {
  return h('table', { class: 'deliveries' },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', null, h('tr', null, ['Delivery', 'Created', 'Status', 'Attempts', 'Last attempt', 'Last error', 'When', action ? 'Redrive' : null]
      .filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, rows.map((d) => h('tr', { dataset: { deliveryId: d.id } },
      h('th', { scope: 'row', class: 'mono' }, d.id, h('span', { class: 'muted small' }, ` · ${d.digest} · ${(d.eventIds ?? []).length} event(s)`)),
      h('td', null, time(d.createdAt)),
      statusCell(d),
      h('td', null, String(d.attempts ?? 0), redriveNote(d)),
      h('td', null, d.lastAttemptAt ? time(d.lastAttemptAt) : '–'),
      h('td', { class: 'delivery-error' }, d.lastError ?? '–'),
      whenCell(d),
      action ? h('td', null, action(d)) : null))));
}

function counts(deliveries) {
  const by = {};
  for (const d of deliveries) by[d.status] = (by[d.status] ?? 0) + 1;
  return Object.keys(STATUS_WORDS).filter((s) => by[s]).map((s) => `${by[s]} ${STATUS_WORDS[s]}`).join(', ');
}

export async function renderDeliveries(view, id, ctx) {
  const subscription = await api.getSubscription(id);
  const [deliveries, dead] = await Promise.all([
    api.listDeliveries(id),
    api.listDeadLetters(subscription.owner).then((rows) => rows.filter((d) => d.subscriptionId === subscription.id)),
  ]);
  const canRedrive = ctx.me?.isAdmin === true;

  const redrive = (d) => {
    const button = h('button', { type: 'button', 'aria-label': `Redrive ${d.id}` }, 'Redrive');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const again = await api.redriveDelivery(d.id);
        await renderDeliveries(view, id, ctx);
        ctx.announce(`Delivery ${again.id} is back in its queue and is tried again now.`, 'ok');
      } catch (error) {
        button.disabled = false;
        ctx.announce(`Not redriven: ${error.message}`, 'error');
      }
    });
    return button;
  };

  const reload = h('button', { type: 'button', class: 'secondary' }, 'Reload');
  reload.addEventListener('click', () => renderDeliveries(view, id, ctx));

  const target = subscription.webhookUrl ? `webhook ${subscription.webhookUrl}` : `e-mail ${subscription.email ?? ''}`;
  replace(view,
    h('p', null, h('a', { href: '#/subscriptions' }, '← Subscriptions')),
    h('section', { class: 'panel', 'aria-labelledby': 'deliveries-title', 'data-testid': 'deliveries' },
      h('h1', { id: 'deliveries-title' }, `Deliveries of “${subscription.name}”`),
      h('p', null, `To ${target}, ${subscription.delivery}. `,
        deliveries.length ? `The latest ${deliveries.length}: ${counts(deliveries)}.` : 'Nothing has been sent to it yet.'),
      canRedrive ? null : h('p', { class: 'muted small' },
        'The errors are given in general words; the administrator’s delivery log has the details, and an admin can redrive a dead letter.'),
      h('div', { class: 'buttons' }, reload),
      deliveries.length ? deliveryTable('Latest deliveries, newest first', deliveries, null) : null),
    h('section', { class: 'panel', 'aria-labelledby': 'dead-title', 'data-testid': 'dead-letters' },
      h('h2', { id: 'dead-title' }, 'Dead letters'),
      dead.length
        ? [h('p', null, `${dead.length} deliver${dead.length === 1 ? 'y was' : 'ies were'} given up after retrying until the horizon, oldest first.`,
          canRedrive ? ' Redrive puts one back in its queue, due now, with the same delivery id.' : ''),
        deliveryTable('Dead letters, oldest first', dead, canRedrive ? redrive : null)]
        : h('p', { class: 'empty' }, 'No dead letters.')));
  ctx.onKey = null;
}
