// Internationalised domain names for reviewers: punycode (RFC 3492) decoding, and which characters of a domain are
// not plain ASCII or mix scripts — the characters a homograph attack hides behind.

const BASE = 36, T_MIN = 1, T_MAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

function adapt(delta, points, first) {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function digit(code) {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

/** Decodes the part of a label after "xn--"; throws on malformed input. */
export function decodePunycode(input) {
  if (input.length > 63) throw new Error('label too long');
  const output = [];
  const basic = Math.max(input.lastIndexOf('-'), 0);
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) throw new Error('non-basic code point');
    output.push(c);
  }
  let n = INITIAL_N, bias = INITIAL_BIAS, i = 0;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (idx >= input.length) throw new Error('truncated punycode');
      const d = digit(input.charCodeAt(idx++));
      if (d >= BASE) throw new Error('bad punycode digit');
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) throw new Error('punycode overflow');
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) throw new Error('code point out of range');
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** "xn--pypal-4ve.com" → "pаypal.com"; labels that fail to decode are kept as they are. */
export function toUnicode(domain) {
  return String(domain)
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      try {
        return decodePunycode(label.slice(4));
      } catch {
        return label;
      }
    })
    .join('.');
}

/** The ASCII (punycode) form as the browser's own IDNA implementation computes it; null when invalid. */
export function toAscii(domain) {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Hebrew', 'Arabic', 'Devanagari',
  'Bengali', 'Tamil', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan', 'Ethiopic', 'Han', 'Hiragana', 'Katakana',
  'Hangul', 'Bopomofo'].map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')]);
const INHERITED = /^[\p{Script=Inherited}\p{Script=Common}]$/u;
const CJK = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);

export function scriptOf(ch) {
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return INHERITED.test(ch) ? 'Common' : 'Other';
}

function hex(cp) {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Splits each label into runs: plain ASCII text, and single non-ASCII characters carrying their script, code point
 * and whether the label mixes scripts (Latin with Cyrillic, say). CJK scripts together (or with Latin) are the usual
 * writing of Chinese, Japanese and Korean and do not count as mixing.
 */
export function analyse(unicodeDomain) {
  return String(unicodeDomain).split('.').map((label) => {
    const chars = Array.from(label);
    const scripts = new Set(chars.map(scriptOf).filter((s) => s !== 'Common' && s !== 'Other'));
    const nonCjk = [...scripts].filter((s) => !CJK.has(s));
    const hasCjk = [...scripts].some((s) => CJK.has(s));
    const mixed = nonCjk.length > 1 || (hasCjk && nonCjk.some((s) => s !== 'Latin'));
    const runs = [];
    let ascii = '';
    for (const ch of chars) {
      const cp = ch.codePointAt(0);
      if (cp < 0x80) {
        ascii += ch;
        continue;
      }
      if (ascii) runs.push({ text: ascii });
      ascii = '';
      runs.push({ text: ch, codePoint: hex(cp), script: scriptOf(ch), mixed });
    }
    if (ascii) runs.push({ text: ascii });
    return { label, scripts: [...scripts], mixed, runs };
  });
}

/** A sentence a screen reader can say for one highlighted character. */
export function describe(run) {
  const script = run.script === 'Other' || run.script === 'Common' ? 'non-ASCII' : run.script;
  return `${script} character “${run.text}” ${run.codePoint}${run.mixed ? ', in a label that mixes scripts' : ''}`;
}
