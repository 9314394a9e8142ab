// Shows a domain the way a reviewer needs to see it: Unicode with every non-ASCII character marked and named,
// next to the punycode the registry holds.
import { h } from './dom.js';
import { analyse, describe, toAscii, toUnicode } from './idn.js';

/** The Unicode form with highlighted confusable characters (each an accessible image of its own name). */
export function unicodeDomain(ascii, unicodeHint) {
  const unicode = /(^|\.)xn--/i.test(ascii) ? toUnicode(ascii) : (unicodeHint || ascii);
  const labels = analyse(unicode);
  const parts = [];
  labels.forEach((label, index) => {
    if (index > 0) parts.push('.');
    for (const run of label.runs) {
      if (!run.codePoint) {
        parts.push(run.text);
      } else {
        const name = describe(run);
        parts.push(h('mark', {
          class: run.mixed ? 'confusable mixed' : 'confusable',
          role: 'img',
          'aria-label': name,
          title: name,
        }, run.text));
      }
    }
  });
  return { node: h('span', { class: 'domain', lang: 'und' }, parts), unicode, labels };
}

/** A compact cell for the queue: the Unicode form, and the punycode underneath when it differs. */
export function domainCell(ascii, unicodeHint) {
  const { node, unicode } = unicodeDomain(ascii, unicodeHint);
  return unicode === ascii ? node : h('span', { class: 'domain-pair' }, node, h('span', { class: 'punycode' }, ascii));
}

/** Side by side: Unicode (highlighted) and punycode, with a sentence listing the suspicious characters. */
export function domainPanel(ascii, unicodeHint) {
  const { node, labels } = unicodeDomain(ascii, unicodeHint);
  const ascii2 = /(^|\.)xn--/i.test(ascii) ? ascii : (toAscii(ascii) ?? ascii);
  const flagged = labels.flatMap((l) => l.runs.filter((r) => r.codePoint));
  const mixed = labels.filter((l) => l.mixed);
  return h('div', { class: 'domain-panel' },
    h('dl', { class: 'side-by-side' },
      h('div', null, h('dt', null, 'Unicode'), h('dd', { class: 'big', 'data-testid': 'domain-unicode' }, node)),
      h('div', null, h('dt', null, 'Punycode (ASCII)'), h('dd', { class: 'big mono', 'data-testid': 'domain-ascii' }, ascii2))),
    flagged.length === 0
      ? h('p', { class: 'muted' }, 'Every character is plain ASCII.')
      : h('p', { class: 'warn', 'data-testid': 'confusable-summary' },
        `${flagged.length} character${flagged.length === 1 ? ' is' : 's are'} not ASCII`,
        mixed.length ? ` and ${mixed.map((l) => `“${l.label}” mixes ${l.scripts.join(' and ')}`).join('; ')}` : '',
        ': ',
        flagged.map((r, i) => [i ? ', ' : '', h('span', { class: 'mono' }, `${r.text} ${r.codePoint} (${r.script})`)])));
}
