// Brand managers subscribe to their marks' cases instead of sitting in the queue; each subscription can be edited and
// its deliveries looked at (deliveries.js).
import { h, replace } from './dom.js';
import * as api from './api.js';
import { ACTIONS, KINDS, OUTCOMES, label } from './vocab.js';
import { EVENTS, SOURCES, subscriptionForm } from './subscription-form.js';

function describeChannel(s) {
  if (s.webhookUrl) return `webhook (${s.format ?? 'json'}) ${s.webhookUrl}`;
  if (s.email) return `e-mail ${s.email}`;
  return s.channel ?? '–';
}

/** The filters beyond marks, events and kinds, in words: "likely; abuse takedown; CT log", or "all". */
function describeFilters(s) {
  const parts = [
    (s.outcomes ?? []).map((v) => label(OUTCOMES, v)).join(', '),
    (s.actions ?? []).map((v) => label(ACTIONS, v)).join(', '),
    (s.sources ?? []).map((v) => label(SOURCES, v)).join(', '),
    s.newSince ? `new names since ${String(s.newSince).slice(0, 10)}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'all';
}

/** A webhook secret is shown once, right after the Api generated it or the page replaced it. */
function secretNotice(saved) {
  if (!saved?.secret) return null;
  return h('div', { class: 'panel secret', role: 'alert', 'data-testid': 'subscription-secret' },
    h('h2', null, 'Webhook secret — shown once'),
    h('p', null, `Store it now where the receiver of “${saved.name ?? ''}” can read it: it signs every webhook (HMAC-SHA256) and the Api will not show it again.`),
    h('code', { class: 'mono hash' }, saved.secret));
}

export async function renderSubscriptions(view, ctx, saved = null) {
  const [subscriptions, marks] = await Promise.all([
    api.listSubscriptions().then(api.itemsOf),
    api.listMarks().then(api.itemsOf).catch(() => []),
  ]);

  const formPanel = h('section', { class: 'panel' });
  const showNew = () => replace(formPanel, subscriptionForm({
    marks,
    onPreview: (request) => api.previewSubscription(request),
    onSubmit: async (request) => {
      const created = await api.createSubscription(request);
      ctx.announce('Subscribed.', 'ok');
      await renderSubscriptions(view, ctx, created);
    },
  }));
  const showEdit = (s) => {
    replace(formPanel, subscriptionForm({
      marks,
      existing: s,
      // The edited filters of this subscription's owner; "new names only" without a date keeps the start it has.
      onPreview: (request) => api.previewSubscription({
        ...request,
        owner: s.owner,
        newSince: request.newOnly && !request.newSince && s.newSince ? s.newSince : request.newSince,
      }),
      onSubmit: async (request) => {
        const updated = await api.updateSubscription(s.id, request);
        ctx.announce(`Subscription “${updated.name}” saved.`, 'ok');
        await renderSubscriptions(view, ctx, updated);
      },
      onCancel: () => {
        showNew();
        view.querySelector(`tr[data-subscription-id="${s.id}"] button`)?.focus();
      },
    }));
    formPanel.querySelector('h2')?.focus();
  };

  const list = subscriptions.length === 0 ? h('p', { class: 'empty' }, 'No subscriptions yet.') :
    h('table', { class: 'subscriptions' },
      h('caption', { class: 'sr-only' }, 'Subscriptions'),
      h('thead', null, h('tr', null, ['Name', 'Marks', 'Events', 'Kinds', 'Other filters', 'At least', 'Delivery', 'Channel', 'Manage']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, subscriptions.map((s) => {
        const name = s.name ?? '';
        const edit = h('button', { type: 'button', class: 'secondary', 'aria-label': `Edit ${name}` }, 'Edit');
        edit.addEventListener('click', () => showEdit(s));
        const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': `Delete ${name}` }, 'Delete');
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
          h('th', { scope: 'row' }, name, h('span', { class: 'muted small' }, ` (${s.owner ?? ''})`)),
          h('td', null, (s.marks ?? []).length ? s.marks.join(', ') : 'all of the owner’s marks'),
          h('td', null, (s.events ?? []).map((e) => label(EVENTS, e)).join(', ') || 'all'),
          h('td', null, (s.kinds ?? []).map((k) => label(KINDS, k)).join(', ') || 'all'),
          h('td', null, describeFilters(s)),
          h('td', null, `priority ${s.minPriority ?? 0}, ${s.minOutcome ?? 'unlikely'}`),
          h('td', null, s.delivery ?? 'immediate'),
          h('td', { class: 'mono' }, describeChannel(s)),
          h('td', null, h('div', { class: 'buttons wrap' },
            h('a', { href: `#/subscriptions/${encodeURIComponent(s.id)}`, 'aria-label': `Deliveries of ${name}` }, 'Deliveries'),
            edit, remove)));
      })));

  showNew();
  replace(view, secretNotice(saved), h('section', { class: 'panel', 'aria-labelledby': 'subs-title' },
    h('h1', { id: 'subs-title' }, 'Subscriptions'), list), formPanel);
  ctx.onKey = null;
}
