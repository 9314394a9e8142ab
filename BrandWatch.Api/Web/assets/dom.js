// Builds DOM nodes from data without ever parsing it as HTML: every string becomes a text node or an attribute
// value. Domains, page fragments and notes are hostile input; nothing here calls innerHTML.

/**
 * h('a', { href: '#/x', class: 'c' }, 'text', child) → element.
 * Attributes: class, text, on<Event> (functions), dataset (object), boolean true → empty attribute,
 * null/undefined/false → omitted. Children: strings, numbers, nodes, arrays, null (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        el.addEventListener(name.slice(2).toLowerCase(), value);
      } else if (name === 'dataset') {
        Object.assign(el.dataset, value);
      } else if (name === 'text') {
        el.textContent = String(value);
      } else if (name === 'href' && !isSafeHref(String(value))) {
        // a hostile URL (javascript:, data:) is shown, never linked
        el.dataset.unsafeHref = String(value);
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

function isSafeHref(href) {
  return href.startsWith('#') || href.startsWith('/') || /^https?:\/\//i.test(href);
}

/** Formats an ISO date or date-time for people, keeping the ISO value for machines. */
export function time(value, dateOnly = false) {
  if (!value) return h('span', { class: 'muted' }, 'unknown');
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return h('span', null, String(value));
  const text = dateOnly ? d.toISOString().slice(0, 10) : d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  return h('time', { datetime: d.toISOString() }, text);
}

/** Kebab-case wire values to words: "udrp-transfer" → "udrp transfer". */
export function words(value) {
  return value === null || value === undefined ? '' : String(value).replaceAll('-', ' ').replaceAll('_', ' ');
}

export function number(value, digits = 2) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** Hands a blob the desk fetched (with the signed-in key) to the browser to save under <name>. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { download: name, hidden: true });
  link.href = url; // a blob: URL of our own making, set past h()'s scheme guard
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
