// The facts a case leaves open that would each change whether to file: what to find out first.
import { h, replace } from './dom.js';
import * as api from './api.js';

const FIELD_LABELS = { wellKnown: "the mark's wellKnown flag (Marks)" };

/** The "What would decide it" panel: each open fact, its Overview section and the action it would lead to. */
export function questionsSection(c) {
  const section = h('section', { class: 'panel', 'aria-labelledby': 'questions-title' },
    h('h2', { id: 'questions-title' }, 'What would decide it'));
  api.getQuestions(c.id)
    .then((answer) => {
      if (answer.available === false) {
        replace(section, h('h2', { id: 'questions-title' }, 'What would decide it'),
          h('p', { class: 'muted', 'data-testid': 'questions-unavailable' }, answer.detail));
        return;
      }
      const intro = answer.files
        ? 'The case would be filed. Any one of these facts, found true, would stop it:'
        : 'The case would not be filed. Any one of these facts, found true, would file it:';
      replace(section, h('h2', { id: 'questions-title' }, 'What would decide it'),
        answer.questions.length === 0
          ? h('p', { class: 'muted', 'data-testid': 'questions-none' }, 'No single open fact would change whether to file.')
          : [h('p', null, intro),
            h('ul', { class: 'questions', 'data-testid': 'questions' }, answer.questions.map((q) => h('li', null,
              h('strong', null, q.question), ' ',
              h('span', { class: 'muted' }, `(Overview ${q.section}; recorded as `, h('span', { class: 'mono' }, FIELD_LABELS[q.fact] ?? q.fact), ')'),
              ' → ', h('span', { class: 'mono', 'data-testid': `question-action-${q.fact}` }, q.action),
              h('div', { class: 'small muted' }, q.reason))))]);
    })
    .catch((error) => section.appendChild(h('p', { class: 'muted' }, `Open facts could not be weighed: ${api.problemText(error)}`)));
  return section;
}
