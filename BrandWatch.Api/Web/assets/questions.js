// The facts a case leaves open that would each change whether to file: what to find out first.
import { h, replace } from './dom.js';
import * as api from './api.js';

const FIELD_LABELS = { wellKnown: "the mark's wellKnown flag (Marks)" };

/** One open fact: the question to put to the evidence, its Overview section and the field that records it. */
function fact(q) {
  return h('span', null, h('strong', null, q.question), ' ',
    h('span', { class: 'muted' }, `(Overview ${q.section}; recorded as `, h('span', { class: 'mono' }, FIELD_LABELS[q.fact] ?? q.fact), ')'));
}

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
      const pairs = answer.pairs ?? [];
      replace(section, h('h2', { id: 'questions-title' }, 'What would decide it'),
        answer.questions.length > 0
          ? [h('p', null, intro),
            h('ul', { class: 'questions', 'data-testid': 'questions' }, answer.questions.map((q) => h('li', null,
              fact(q), ' → ', h('span', { class: 'mono', 'data-testid': `question-action-${q.fact}` }, q.action),
              h('div', { class: 'small muted' }, q.reason))))]
          : pairs.length === 0
            ? h('p', { class: 'muted', 'data-testid': 'questions-none' }, 'No single open fact would change whether to file, nor any two together.')
            : [h('p', null, answer.files
                ? 'No single open fact would stop the filing. These two together, found true, would:'
                : 'No single open fact would file the case. These two together, found true, would:'),
              h('ul', { class: 'questions', 'data-testid': 'question-pairs' }, pairs.map((p) => h('li', null,
                fact(p.facts[0]), h('span', { class: 'muted' }, ' and '), fact(p.facts[1]),
                ' → ', h('span', { class: 'mono', 'data-testid': `pair-action-${p.facts[0].fact}-${p.facts[1].fact}` }, p.action),
                h('div', { class: 'small muted' }, p.reason))))]);
    })
    .catch((error) => section.appendChild(h('p', { class: 'muted' }, `Open facts could not be weighed: ${api.problemText(error)}`)));
  return section;
}
