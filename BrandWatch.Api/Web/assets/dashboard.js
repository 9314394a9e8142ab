// The brand manager's dashboard: one owner's cases per day or week from GET /api/stats, drawn as plain SVG by this
// module (no library, nothing from another origin). Every chart is an image with a text summary and has its data
// table right behind it; the tables open for printing, so the browser's print makes the monthly report.
import { h, replace, words } from './dom.js';
import * as api from './api.js';

const SVG = 'http://www.w3.org/2000/svg';

// Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by the legend and the table as well.
const PALETTE = ['#1d3b6a', '#c2410c', '#1e6b35', '#6d28d9', '#a4161a', '#0e7490', '#8a5a00', '#4d5560', '#be185d', '#3f6212'];

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function label(bucket, kind) {
  return kind === 'week' && bucket.start !== bucket.end ? `${bucket.start} – ${bucket.end}` : bucket.start;
}

function short(bucket, kind) {
  const day = bucket.start.slice(5);
  return kind === 'week' ? `w/c ${day}` : day;
}

/** The values of a "byX" map worth a series: those with a count somewhere in the range. */
function seriesOf(buckets, by) {
  const names = Object.keys(buckets[0]?.[by] ?? {});
  return names.filter((name) => buckets.some((b) => (b[by]?.[name] ?? 0) > 0));
}

function niceMax(max) {
  if (max <= 5) return Math.max(1, max);
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

/** Stacked columns, one per bucket; a legend names the colours. */
function stackedColumns(id, buckets, kind, series, valueOf) {
  const width = 480;
  const height = 220;
  const left = 40;
  const bottom = 40;
  const top = 10;
  const plotW = width - left - 10;
  const plotH = height - top - bottom;
  const totals = buckets.map((b) => series.reduce((sum, name) => sum + valueOf(b, name), 0));
  const max = niceMax(Math.max(0, ...totals));
  const slot = plotW / Math.max(1, buckets.length);
  const barW = Math.max(2, Math.min(40, slot * 0.7));
  const every = Math.ceil(buckets.length / 8);
  const grid = [0, 0.5, 1].map((f) => {
    const y = top + plotH - f * plotH;
    return s('g', null,
      s('line', { x1: left, x2: width - 10, y1: y, y2: y, stroke: '#c9d0d9' }),
      s('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, Math.round(max * f)));
  });
  const columns = buckets.map((b, i) => {
    let y = top + plotH;
    const x = left + i * slot + (slot - barW) / 2;
    const parts = series.map((name, j) => {
      const value = valueOf(b, name);
      if (!value) return null;
      const hgt = (value / max) * plotH;
      y -= hgt;
      return s('rect', { x, y, width: barW, height: hgt, fill: PALETTE[j % PALETTE.length] },
        s('title', null, `${label(b, kind)}: ${words(name)} ${value}`));
    });
    const tick = i % every === 0
      ? s('text', { x: x + barW / 2, y: top + plotH + 16, 'text-anchor': 'middle', class: 'tick' }, short(b, kind))
      : null;
    return s('g', null, parts, tick);
  });
  return s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': `${id}-title`, focusable: 'false' },
    grid, columns);
}

/** Open cases at the end of each bucket as a line, resolved ones as columns. */
function openLine(id, buckets, kind) {
  return lineAndColumns(id, buckets, kind, (b) => b.openAtEnd, (b) => b.resolved, 'open', 'resolved');
}

/** A count at the end of each bucket as a line (lineOf), a count within it as columns (barOf). */
function lineAndColumns(id, buckets, kind, lineOf, barOf, lineName, barName) {
  const width = 480;
  const height = 200;
  const left = 40;
  const top = 10;
  const plotW = width - left - 10;
  const plotH = height - top - 40;
  const max = niceMax(Math.max(0, ...buckets.map((b) => Math.max(lineOf(b), barOf(b)))));
  const slot = plotW / Math.max(1, buckets.length);
  const xOf = (i) => left + i * slot + slot / 2;
  const yOf = (v) => top + plotH - (v / max) * plotH;
  const every = Math.ceil(buckets.length / 8);
  return s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': `${id}-title`, focusable: 'false' },
    [0, 0.5, 1].map((f) => s('g', null,
      s('line', { x1: left, x2: width - 10, y1: yOf(max * f), y2: yOf(max * f), stroke: '#c9d0d9' }),
      s('text', { x: left - 6, y: yOf(max * f) + 4, 'text-anchor': 'end', class: 'tick' }, Math.round(max * f)))),
    buckets.map((b, i) => barOf(b)
      ? s('rect', { x: xOf(i) - Math.min(12, slot * 0.3), y: yOf(barOf(b)), width: Math.min(24, slot * 0.6), height: top + plotH - yOf(barOf(b)), fill: PALETTE[2] },
        s('title', null, `${label(b, kind)}: ${barName} ${barOf(b)}`))
      : null),
    s('polyline', { points: buckets.map((b, i) => `${xOf(i)},${yOf(lineOf(b))}`).join(' '), fill: 'none', stroke: PALETTE[0], 'stroke-width': 2.5 }),
    buckets.map((b, i) => s('circle', { cx: xOf(i), cy: yOf(lineOf(b)), r: 3, fill: PALETTE[0] },
      s('title', null, `${label(b, kind)}: ${lineName} ${lineOf(b)}`))),
    buckets.map((b, i) => (i % every === 0
      ? s('text', { x: xOf(i), y: top + plotH + 16, 'text-anchor': 'middle', class: 'tick' }, short(b, kind)) : null)));
}

/** One horizontal bar per value, its share of the whole written beside it. */
function shareBars(id, counts, name = words) {
  const entries = Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const row = 26;
  const width = 360;
  const labelW = 150;
  const barMax = width - labelW - 70;
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return s('svg', { viewBox: `0 0 ${width} ${Math.max(1, entries.length) * row + 4}`, class: 'chart share', role: 'img', 'aria-labelledby': `${id}-title`, focusable: 'false' },
    entries.map(([value, n], i) => s('g', null,
      s('text', { x: labelW - 6, y: i * row + 17, 'text-anchor': 'end', class: 'tick' }, clip(name(value))),
      s('rect', { x: labelW, y: i * row + 5, width: Math.max(2, (n / max) * barMax), height: row - 10, fill: PALETTE[i % PALETTE.length] },
        s('title', null, `${name(value)}: ${n}`)),
      s('text', { x: labelW + Math.max(2, (n / max) * barMax) + 6, y: i * row + 17, class: 'tick' }, `${n} (${Math.round((100 * n) / total)}%)`))));
}

/** A long registrar or network name cut for the chart's label column; the title and the table keep it whole. */
function clip(text) {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function legend(series) {
  return h('ul', { class: 'legend' }, series.map((name, j) =>
    h('li', null, h('span', { class: `swatch swatch-${j % PALETTE.length}`, 'aria-hidden': 'true' }), words(name))));
}

function dataTable(caption, head, rows) {
  return h('details', { class: 'chart-data' },
    h('summary', null, 'Data table'),
    h('div', { class: 'table-scroll' },
      h('table', { class: 'small' },
        h('caption', null, caption),
        h('thead', null, h('tr', null, head.map((t, i) => h('th', { scope: 'col', class: i ? 'num' : null }, t)))),
        h('tbody', null, rows.map((r) => h('tr', null, r.map((cell, i) => (i ? h('td', { class: 'num' }, cell) : h('th', { scope: 'row' }, cell)))))))));
}

function figure(id, title, summary, chart, extra, table) {
  return h('figure', { class: 'panel chart-panel', 'aria-labelledby': `${id}-title`, 'data-testid': id },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'muted small', id: `${id}-summary` }, summary),
    chart, extra, table);
}

function byBucketFigure(id, title, stats, by) {
  const { buckets, bucket: kind } = stats;
  const series = seriesOf(buckets, by);
  const total = buckets.reduce((sum, b) => sum + b.opened, 0);
  const top = Object.entries(stats.totals[by]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${words(name)} ${n}`).join(', ');
  return figure(id, title,
    total ? `${total} new cases in ${buckets.length} ${kind === 'week' ? 'weeks' : 'days'}: ${top}.` : 'No new cases in this range.',
    series.length ? stackedColumns(id, buckets, kind, series, (b, name) => b[by][name] ?? 0) : null,
    series.length ? legend(series) : null,
    dataTable(title, [kind === 'week' ? 'Week' : 'Day', ...series.map(words), 'Total'],
      buckets.map((b) => [label(b, kind), ...series.map((name) => b[by][name] ?? 0), b.opened])));
}

function shareFigure(id, title, counts, what) {
  const entries = Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return figure(id, title,
    total ? `The ${total} new cases by ${what}: ${entries.map(([name, n]) => `${words(name)} ${n}`).join(', ')}.` : 'No new cases in this range.',
    total ? shareBars(id, counts) : null, null,
    dataTable(title, [what[0].toUpperCase() + what.slice(1), 'Cases', 'Share'],
      entries.map(([name, n]) => [words(name), n, `${Math.round((100 * n) / total)}%`])));
}

/** A top list (registrars, networks, TLDs, campaigns): the values with most new cases, the rest and the unknown. */
function topFigure(id, title, top, what, none, show = (value) => value) {
  const counts = {};
  for (const { value, cases } of top?.top ?? []) counts[value] = cases;
  const rest = top?.other ?? 0;
  const unknown = top?.unknown ?? 0;
  const shown = { ...counts };
  if (rest) shown['\u0000other'] = rest;
  if (unknown) shown['\u0000unknown'] = unknown;
  const name = (value) => (value === '\u0000other' ? `other ${what}s` : value === '\u0000unknown' ? 'not known' : show(value));
  const entries = Object.entries(shown).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const listed = Object.keys(counts).length;
  return figure(id, title,
    listed
      ? `The ${listed} ${what}s with most new cases: ${Object.entries(counts).map(([v, n]) => `${show(v)} ${n}`).join(', ')}` +
        `${rest ? `; ${rest} more at other ${what}s` : ''}${unknown ? `; ${unknown} where the evidence names none` : ''}.`
      : none,
    listed ? shareBars(id, shown, name) : null, null,
    dataTable(title, [what[0].toUpperCase() + what.slice(1), 'Cases', 'Share'],
      entries.map(([value, n]) => [name(value), n, `${Math.round((100 * n) / total)}%`])));
}

/** Takedown reports: still open at the end of each bucket (line) and resolved in it (columns). */
function takedownFigure(stats) {
  const t = stats.takedowns;
  const id = 'chart-takedowns';
  const kind = stats.bucket;
  const parties = Object.entries(t?.sentByParty ?? {}).filter(([, n]) => n > 0).map(([p, n]) => `${words(p)} ${n}`).join(', ');
  const any = t && (t.sent || t.resolved || t.openAtStart || t.openAtEnd);
  return figure(id, 'Takedown progress',
    any
      ? `${t.sent} reports sent${parties ? ` (${parties})` : ''}, ${t.acknowledged} acknowledged, ${t.resolved} resolved; ` +
        `${t.openAtStart} waiting before the range, ${t.openAtEnd} at its end.`
      : 'No takedown reports were recorded for these cases.',
    any ? lineAndColumns(id, t.buckets, kind, (b) => b.openAtEnd, (b) => b.resolved, 'waiting', 'resolved') : null,
    any ? h('ul', { class: 'legend' },
      h('li', null, h('span', { class: 'swatch swatch-0', 'aria-hidden': 'true' }), `reports waiting at the end of the ${kind}`),
      h('li', null, h('span', { class: 'swatch swatch-2', 'aria-hidden': 'true' }), `resolved in the ${kind}`)) : null,
    dataTable('Takedown progress', [kind === 'week' ? 'Week' : 'Day', 'Sent', 'Acknowledged', 'Resolved', 'Waiting at end'],
      (t?.buckets ?? []).map((b) => [label(b, kind), b.sent, b.acknowledged, b.resolved, b.openAtEnd])));
}

function tile(label, value, testid) {
  return h('div', { class: 'tile' }, h('span', { class: 'tile-value', 'data-testid': testid }, value), h('span', { class: 'tile-label' }, label));
}

function defaults(params) {
  const bucket = params.get('bucket') === 'week' ? 'week' : 'day';
  const to = params.get('to') || isoDay(new Date());
  const back = bucket === 'week' ? 7 * 12 - 1 : 29;
  const from = params.get('from') || isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - back * 86400000));
  return { bucket, from, to };
}

export async function renderDashboard(view, params, ctx) {
  // The reader may move to another section while the numbers load: then this view must not draw over that one.
  const route = location.hash;
  const owners = (await api.statsOwners()).owners ?? [];
  if (location.hash !== route) return;
  const { bucket, from, to } = defaults(params);
  const owner = params.get('owner') || (owners.length === 1 || !ctx.me?.allOwners ? owners[0] : '') || '';
  const controls = h('form', { class: 'filters no-print', 'aria-label': 'Dashboard range' },
    h('div', { class: 'field' }, h('label', { for: 'dash-owner' }, 'Owner'),
      h('select', { id: 'dash-owner', name: 'owner' },
        owner ? null : h('option', { value: '' }, 'Choose an owner'),
        ctx.me?.allOwners ? h('option', { value: '*', selected: owner === '*' }, 'All owners') : null,
        owners.map((o) => h('option', { value: o, selected: o === owner }, o)))),
    h('div', { class: 'field' }, h('label', { for: 'dash-from' }, 'From'), h('input', { id: 'dash-from', name: 'from', type: 'date', value: from, required: true })),
    h('div', { class: 'field' }, h('label', { for: 'dash-to' }, 'To'), h('input', { id: 'dash-to', name: 'to', type: 'date', value: to, required: true })),
    h('div', { class: 'field' }, h('label', { for: 'dash-bucket' }, 'Per'),
      h('select', { id: 'dash-bucket', name: 'bucket' },
        h('option', { value: 'day', selected: bucket === 'day' }, 'day'),
        h('option', { value: 'week', selected: bucket === 'week' }, 'week'))),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, 'Show'),
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Print report')));
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(controls);
    const query = new URLSearchParams();
    for (const name of ['owner', 'from', 'to', 'bucket']) if (form.get(name)) query.set(name, String(form.get(name)));
    location.hash = `#/dashboard?${query}`;
  });
  const heading = h('h1', { id: 'dash-title' }, owner === '*' ? 'Dashboard · all owners' : owner ? `Dashboard · ${owner}` : 'Dashboard');
  if (!owner) {
    replace(view, h('section', { 'aria-labelledby': 'dash-title' }, heading, controls,
      h('p', { class: 'empty', 'data-testid': 'dashboard-empty' }, owners.length ? 'Choose an owner to see its cases.' : 'No owner with marks or cases is visible to this key.')));
    ctx.onKey = null;
    return;
  }

  let stats;
  try {
    stats = await api.stats({ owner, from, to, bucket });
  } catch (error) {
    if (location.hash !== route) return;
    if (!(error instanceof api.ApiError) || error.status !== 400) throw error;
    replace(view, h('section', { 'aria-labelledby': 'dash-title' }, heading, controls,
      h('p', { class: 'error', role: 'alert' }, error.message)));
    return;
  }
  if (location.hash !== route) return;
  const t = stats.totals;
  replace(view, h('section', { class: 'dashboard', 'aria-labelledby': 'dash-title' },
    heading, controls,
    h('p', { class: 'muted' }, `Cases filed from ${stats.from} to ${stats.to} (UTC days), per ${stats.bucket}.`),
    h('div', { class: 'tiles', 'data-testid': 'dashboard-tiles' },
      tile('new cases', t.opened, 'tile-opened'),
      tile('resolved', t.resolved, 'tile-resolved'),
      tile(`open on ${stats.to}`, t.openAtEnd, 'tile-open'),
      tile(`open before ${stats.from}`, t.openAtStart, 'tile-open-before')),
    t.opened === 0 && t.resolved === 0 ? h('p', { class: 'empty', 'data-testid': 'dashboard-empty' }, 'No cases were filed or resolved in this range.') : null,
    h('div', { class: 'chart-grid' },
      byBucketFigure('chart-source', `New cases per ${stats.bucket} by source`, stats, 'bySource'),
      byBucketFigure('chart-kind', `New cases per ${stats.bucket} by kind`, stats, 'byKind'),
      figure('chart-open', 'Open and resolved cases',
        `${t.openAtStart} open before the range, ${t.opened} new, ${t.resolved} resolved, ${t.openAtEnd} open at its end.`,
        openLine('chart-open', stats.buckets, stats.bucket),
        h('ul', { class: 'legend' },
          h('li', null, h('span', { class: 'swatch swatch-0', 'aria-hidden': 'true' }), 'open at the end of the ' + stats.bucket),
          h('li', null, h('span', { class: 'swatch swatch-2', 'aria-hidden': 'true' }), 'resolved in the ' + stats.bucket)),
        dataTable('Open and resolved cases', [stats.bucket === 'week' ? 'Week' : 'Day', 'New', 'Resolved', 'Open at end'],
          stats.buckets.map((b) => [label(b, stats.bucket), b.opened, b.resolved, b.openAtEnd]))),
      shareFigure('chart-action', 'Recommended action', t.byAction, 'recommended action'),
      shareFigure('chart-outcome', 'Outcome', t.byOutcome, 'outcome'),
      shareFigure('chart-status', 'Review status', t.byStatus, 'review status'),
      takedownFigure(stats),
      topFigure('chart-registrars', 'Top registrars', stats.registrars, 'registrar', 'No new case names its registrar.'),
      topFigure('chart-networks', 'Top hosting networks (AS)', stats.networks, 'network', 'No new case names its hosting network.'),
      topFigure('chart-tlds', 'Top-level domains', stats.tlds, 'TLD', 'No new cases in this range.'),
      topFigure('chart-campaigns', 'Campaigns with most cases', stats.campaigns, 'campaign',
        'No new case in this range belongs to a campaign.', (id) => `campaign ${id}`))));
  ctx.onKey = null;
}

// The data tables sit in <details>: open them all for printing and close again the ones that were closed.
let reopened = [];
window.addEventListener('beforeprint', () => {
  reopened = [...document.querySelectorAll('details.chart-data:not([open])')];
  for (const d of reopened) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of reopened) d.open = false;
  reopened = [];
});
