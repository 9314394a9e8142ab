// The review desk's shell: sign-in, hash routing between the views, and the keyboard shortcuts shared by them.
import { h, replace } from './dom.js';
import * as api from './api.js';
import { renderQueue } from './queue.js';
import { renderCase } from './case.js';
import { renderMarks } from './marks.js';
import { renderSubscriptions } from './subscriptions.js';
import { renderDeliveries } from './deliveries.js';
import { renderDashboard } from './dashboard.js';

const ui = {
  signin: document.getElementById('signin'),
  form: document.getElementById('signin-form'),
  key: document.getElementById('api-key'),
  error: document.getElementById('signin-error'),
  view: document.getElementById('view'),
  nav: document.getElementById('nav'),
  who: document.getElementById('who'),
  signOut: document.getElementById('sign-out'),
  status: document.getElementById('status'),
  main: document.getElementById('main'),
};

const ctx = {
  me: null,
  /** The queue as last shown (filters and page), where "back to the queue" returns. */
  lastQueue: '#/queue',
  /** The current view's keyboard handler (j, k, Enter); set by each view. */
  onKey: null,
  announce(message, kind = 'info') {
    ui.status.className = `status ${kind}`;
    replace(ui.status, message);
  },
};

function parseRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  // Brand managers land on their dashboard; everyone else on the queue.
  const landing = ctx.me?.role === 'brand_manager' ? 'dashboard' : 'queue';
  return { section: parts[0] || landing, id: parts[1], params: new URLSearchParams(query) };
}

/** Which flag of /api/me each section needs; a section the key may not use is neither linked nor fetched. */
const SECTION_FLAGS = { dashboard: 'canReadCases', queue: 'canReadCases', cases: 'canReadCases', marks: 'canReadMarks', subscriptions: 'canManageSubscriptions' };

function mayOpen(section) {
  const flag = SECTION_FLAGS[section] ?? SECTION_FLAGS.queue;
  return ctx.me?.[flag] === true;
}

/** Proves the key and learns its role, owners and permissions from the Api (/api/me) instead of guessing them. */
async function identify() {
  const me = await api.me();
  if (!me || typeof me.role !== 'string') throw new Error('the Api did not say who this key is');
  return me;
}

function showSignIn(message) {
  ctx.me = null;
  ui.signin.hidden = false;
  ui.nav.hidden = true;
  ui.signOut.hidden = true;
  replace(ui.who);
  replace(ui.view);
  ui.error.textContent = message || '';
  ui.key.focus();
}

async function render() {
  ctx.onKey = null;
  if (!api.apiKey()) {
    showSignIn();
    return;
  }
  if (!ctx.me) {
    try {
      ctx.me = await identify();
    } catch (error) {
      api.setApiKey(null);
      showSignIn(error instanceof api.ApiError && (error.status === 401 || error.status === 403)
        ? 'That key was not accepted.'
        : `Could not reach the Api: ${error.message}`);
      return;
    }
  }
  ui.signin.hidden = true;
  ui.nav.hidden = false;
  ui.signOut.hidden = false;
  replace(ui.who, h('span', { class: 'role', 'data-testid': 'who', dataset: { role: ctx.me.role } },
    h('span', { class: 'sr-only' }, 'Signed in as '), api.wordsOfRole(ctx.me)));
  const route = parseRoute();
  if (route.section === 'queue') ctx.lastQueue = location.hash || '#/queue';
  for (const link of ui.nav.querySelectorAll('a')) {
    link.hidden = !mayOpen(link.dataset.section);
    if (link.dataset.section === (route.section === 'cases' ? 'queue' : route.section)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  replace(ui.status);
  ui.status.className = 'status';
  if (!mayOpen(route.section)) {
    replace(ui.view, h('section', { class: 'panel' },
      h('h1', null, 'Not allowed for this key'),
      h('p', null, `This ${api.wordsOfRole({ role: ctx.me.role })} key may not use this page.`)));
    return;
  }
  try {
    if (route.section === 'cases' && route.id) await renderCase(ui.view, route.id, ctx);
    else if (route.section === 'marks') await renderMarks(ui.view, ctx);
    else if (route.section === 'subscriptions' && route.id) await renderDeliveries(ui.view, route.id, ctx);
    else if (route.section === 'subscriptions') await renderSubscriptions(ui.view, ctx);
    else if (route.section === 'dashboard') await renderDashboard(ui.view, route.params, ctx);
    else await renderQueue(ui.view, route.params, ctx);
  } catch (error) {
    if (error instanceof api.ApiError && error.status === 401) {
      api.setApiKey(null);
      showSignIn('Your key is no longer accepted. Sign in again.');
      return;
    }
    replace(ui.view, h('section', { class: 'panel' },
      h('h1', null, error instanceof api.ApiError && error.status === 404 ? 'Not found'
        : error instanceof api.ApiError && error.status === 403 ? 'Not allowed for this key' : 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, error.message),
      h('p', null, h('a', { href: '#/queue' }, 'Back to the queue'))));
  }
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = ui.key.value.trim();
  if (!key) return;
  api.setApiKey(key);
  ui.key.value = '';
  ctx.me = null;
  render().then(() => {
    if (!ui.signin.hidden) return;
    ui.main.focus({ preventScroll: true });
  });
});

ui.signOut.addEventListener('click', () => {
  api.setApiKey(null);
  location.hash = '#/queue';
  showSignIn();
});

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  const typing = target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (typing) {
    if (event.key === 'Escape' && target instanceof HTMLElement) target.blur();
    return;
  }
  if (event.key === '/') {
    const filter = document.querySelector('[data-shortcut-filter]');
    if (filter) {
      event.preventDefault();
      filter.focus();
    }
    return;
  }
  if (event.key === 'u' && parseRoute().section === 'cases') {
    event.preventDefault();
    location.hash = ctx.lastQueue;
    return;
  }
  if (ctx.onKey && ctx.onKey(event)) event.preventDefault();
});

window.addEventListener('hashchange', () => {
  render();
});

render();
