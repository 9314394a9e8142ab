// "Submit a domain or URL": a reviewer asks the Worker to screen something met outside the feeds. Shown on the queue
// page only to keys whose /api/me says canSubmit; the Api validates, this form only reports what it answered.
import { h, replace, time } from './dom.js';
import * as api from './api.js';

const STATUS_WORDS = { pending: 'waiting for the Worker', 'picked-up': 'taken by the Worker' };

function mineList(items) {
  if (items.length === 0) return h('p', { class: 'empty' }, 'You have not submitted anything yet.');
  return h('ul', { class: 'my-submissions' },
    items.map((s) => h('li', { dataset: { submissionId: String(s.id) } },
      h('span', { class: 'mono' }, s.value), ' — ', STATUS_WORDS[s.status] ?? s.status, ', ', time(s.submittedAt))));
}

export function renderSubmitForm() {
  const result = h('p', { role: 'status', 'data-testid': 'submit-result' });
  const error = h('p', { role: 'alert', class: 'error', 'data-testid': 'submit-error' });
  const mine = h('div', { 'data-testid': 'my-submissions', 'aria-live': 'polite' });
  const refresh = () => api.mySubmissions(5)
    .then((body) => replace(mine, h('h3', null, 'Your recent submissions'), mineList(api.itemsOf(body))))
    .catch(() => replace(mine));

  const value = h('input', { id: 'submit-value', name: 'value', type: 'text', required: true, maxlength: '2048',
    spellcheck: 'false', autocomplete: 'off', placeholder: 'paypal-login.com or https://…' });
  const note = h('textarea', { id: 'submit-note', name: 'note', rows: '2', maxlength: '1000' });
  const button = h('button', { type: 'submit' }, 'Submit');
  const form = h('form', { class: 'submit-domain panel', 'aria-labelledby': 'submit-title' },
    h('h2', { id: 'submit-title' }, 'Submit a domain or URL'),
    h('div', { class: 'field grow' }, h('label', { for: 'submit-value' }, 'Domain or URL'), value),
    h('div', { class: 'field grow' }, h('label', { for: 'submit-note' }, 'Note (optional)'), note),
    h('div', { class: 'field buttons' }, button),
    result, error, mine);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(result);
    replace(error);
    button.disabled = true;
    try {
      const text = note.value.trim();
      const { submission, created } = await api.submitDomain({ value: value.value, ...(text ? { note: text } : {}) });
      replace(result, created
        ? `Submitted ${submission.value} (#${submission.id}); the Worker will screen ${submission.host}.`
        : `${submission.value} is already waiting for the Worker (#${submission.id}).`);
      value.value = '';
      note.value = '';
      await refresh();
    } catch (e) {
      replace(error, e instanceof api.ApiError ? e.message : 'The submission could not be sent.');
      value.focus();
    } finally {
      button.disabled = false;
    }
  });
  refresh();
  return form;
}
