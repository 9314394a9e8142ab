// One case: what was found, why it scored as it did, the evidence in time order, the decision form and the audit
// log. Every string from the case (domains, page fragments, notes) is shown as text, never parsed as HTML.
import { download, h, number, replace, time, words } from './dom.js';
import * as api from './api.js';
import { domainPanel } from './domain.js';
import { factsSection } from './facts.js';
import { questionsSection } from './questions.js';
import { campaignSection } from './campaign.js';
import { enforcementSection } from './enforcement.js';
import { sightingsSection } from './sightings.js';
import { presenceSection } from './presence.js';
import { ACTIONS, ACTIONS_TAKEN, DISMISS_REASONS, DISPUTE_PATHS, KINDS, NEXT, OUTCOMES, STATUSES, label } from './vocab.js';

const ELEMENTS = [['act', 'Act'], ['damage', 'Damage'], ['causation', 'Causation'], ['fault', 'Fault']];
const FITS = [['udrp', 'UDRP / CNDRP'], ['court', 'Court'], ['takedown', 'Abuse takedown']];

function bar(name, value, max = 1) {
  const v = typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.min(max, value)) : 0;
  const fill = h('span', { class: 'bar-fill' });
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  fill.style.setProperty('--v', String(v / max));
  return h('span', {
    class: 'bar', role: 'meter', 'aria-label': name, 'aria-valuemin': '0', 'aria-valuemax': String(max),
    'aria-valuenow': String(v), 'aria-valuetext': `${name}: ${number(v)} of ${max}`,
  }, fill);
}

function contributions(list, caption) {
  if (!list || list.length === 0) return h('p', { class: 'muted' }, 'No criteria fired.');
  return h('table', { class: 'criteria' },
    caption ? h('caption', { class: 'sr-only' }, caption) : null,
    h('thead', null, h('tr', null, ['Criterion', 'Points', 'Reason', 'Evidence'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, list.map((c) => h('tr', null,
      h('th', { scope: 'row', class: 'mono' }, c.criterion),
      h('td', { class: `num ${c.points < 0 ? 'negative' : ''}` }, number(c.points)),
      h('td', null, c.reason),
      h('td', null, c.evidence ? h('code', { class: 'fragment' }, c.evidence) : '')))));
}

function elementsSection(verdict) {
  return h('section', { class: 'panel', 'aria-labelledby': 'elements-title' },
    h('h2', { id: 'elements-title' }, 'The four elements'),
    ELEMENTS.map(([key, name]) => {
      const element = verdict?.[key];
      return h('details', { class: 'element', open: true },
        h('summary', null, h('span', { class: 'element-name' }, name), bar(name, element?.score),
          h('span', { class: 'num' }, number(element?.score))),
        contributions(element?.criteria, `${name} criteria`));
    }));
}

function recommendation(verdict) {
  return h('section', { class: 'panel', 'aria-labelledby': 'reco-title' },
    h('h2', { id: 'reco-title' }, 'Recommendation'),
    h('dl', { class: 'facts' },
      h('dt', null, 'Action'), h('dd', { 'data-testid': 'recommended-action' }, h('strong', null, label(ACTIONS, verdict?.action))),
      h('dt', null, 'Why'), h('dd', null, verdict?.actionReason ?? ''),
      h('dt', null, 'Dispute path'), h('dd', null, DISPUTE_PATHS[verdict?.disputePath] ?? words(verdict?.disputePath)),
      h('dt', null, 'Verdict'), h('dd', null, label(OUTCOMES, verdict?.outcome), ' · overall ', number(verdict?.overall),
        ' · priority ', String(verdict?.priority ?? '–')),
      h('dt', null, 'Rules'), h('dd', { class: 'mono' }, `${verdict?.ruleVersion ?? '?'} (${String(verdict?.ruleHash ?? '').slice(0, 12)})`)),
    h('h3', null, 'Fits, kept apart'),
    h('ul', { class: 'fits' }, FITS.map(([key, name]) => h('li', null,
      h('span', { class: 'element-name' }, name), bar(`${name} fit`, verdict?.fits?.[key]), h('span', { class: 'num' }, number(verdict?.fits?.[key]))))),
    h('h3', null, 'Gates and defences'),
    contributions(verdict?.gatesAndDefences, 'Gates and defences'));
}

function matchSection(c, matches, mark) {
  return h('section', { class: 'panel', 'aria-labelledby': 'match-title' },
    h('h2', { id: 'match-title' }, 'Mark and match'),
    h('dl', { class: 'facts' },
      h('dt', null, 'Mark'), h('dd', null, h('strong', null, mark?.name ?? c.mark), ' ', h('span', { class: 'muted mono' }, `(${c.mark})`),
        mark?.wellKnown ? h('span', { class: 'badge' }, 'well known') : null),
      h('dt', null, 'Owner'), h('dd', null, c.owner ?? mark?.owner ?? '–'),
      mark ? [
        h('dt', null, 'Registered'), h('dd', null, time(mark.registeredOn, true), mark.jurisdictions?.length ? ` in ${mark.jurisdictions.join(', ')}` : ''),
        mark.firstUsedOn ? [h('dt', null, 'First used'), h('dd', null, time(mark.firstUsedOn, true))] : null,
        h('dt', null, 'Official domains'), h('dd', { class: 'mono' }, (mark.officialDomains ?? []).join(', ') || '–')] : null,
      h('dt', null, 'Kind'), h('dd', null, label(KINDS, c.kind))),
    matches.length === 0 ? null : h('ul', { class: 'matches' }, matches.map((m) => h('li', null,
      h('span', { class: 'badge' }, words(m.kind)), ' ',
      h('span', null, m.explanation), ' ',
      h('span', { class: 'muted' }, `(label form “${m.labelForm}”, similarity ${number(m.similarity)})`),
      m.addedWords?.length ? h('span', null, ` · added words: ${m.addedWords.join(', ')}`) : null,
      m.insideDictionaryWord ? h('span', { class: 'warn' }, ' · inside a dictionary word (weak)') : null))));
}

function daysBetween(a, b) {
  return Math.round((new Date(a).getTime() - new Date(b).getTime()) / 86400000);
}

/** Builds the timeline entries from the latest evidence and earlier observations. */
function timelineEntries(evidence, filings, mark) {
  const entries = [];
  if (mark?.firstUsedOn) {
    entries.push({ at: mark.firstUsedOn, kind: 'mark', title: `Mark ${mark.name ?? mark.id} first used`, body: null });
  }
  if (mark?.registeredOn) {
    entries.push({ at: mark.registeredOn, kind: 'mark', title: `Mark ${mark.name ?? mark.id} registered`, body: null });
  }
  // The mark's earliest right: first use when it precedes the registration (an unregistered right counts, gate G1).
  const earliest = [mark?.firstUsedOn, mark?.registeredOn].filter(Boolean).sort()[0];
  const reg = evidence.registration;
  if (reg) {
    const relative = (date) => {
      if (!date || !earliest) return null;
      const days = daysBetween(date, earliest);
      return days >= 0
        ? h('span', { class: 'after' }, ` — ${days} days after the mark`)
        : h('span', { class: 'before', 'data-testid': 'predates-mark' }, ` — ${-days} days before the mark (gate G1: predates the mark)`);
    };
    if (reg.registered) {
      entries.push({ at: reg.registered, kind: 'registration', title: h('span', null, `Domain registered (${reg.source})`, relative(reg.registered)),
        body: h('dl', { class: 'facts small' },
          h('dt', null, 'Registrar'), h('dd', null, reg.registrarName ?? '–', reg.registrarIanaId ? ` (IANA ${reg.registrarIanaId})` : ''),
          h('dt', null, 'Abuse contact'), h('dd', null, reg.registrarAbuseEmail ?? '–'),
          h('dt', null, 'Registrant'), h('dd', null, [reg.registrantOrganisation, reg.registrantCountry].filter(Boolean).join(', ') || (reg.redacted ? 'redacted' : '–'),
            reg.privacyService ? ` · privacy service: ${reg.privacyService}` : ''),
          h('dt', null, 'Name servers'), h('dd', { class: 'mono' }, (reg.nameServers ?? []).join(', ') || '–'),
          h('dt', null, 'Statuses'), h('dd', { class: 'mono' }, (reg.statuses ?? []).join(', ') || '–')) });
    }
    if (reg.transferred) entries.push({ at: reg.transferred, kind: 'registration', title: h('span', null, 'Domain transferred', relative(reg.transferred)) });
    if (reg.lastChanged) entries.push({ at: reg.lastChanged, kind: 'registration', title: 'Registration last changed' });
    if (reg.expires) entries.push({ at: reg.expires, kind: 'registration', title: 'Registration expires' });
  }
  const dns = evidence.dns;
  if (dns) {
    const records = [['A', dns.a], ['AAAA', dns.aaaa], ['CNAME', dns.cname ? [dns.cname] : []], ['NS', dns.nameServers],
      ['MX', dns.mx], ['SPF', dns.spf ? [dns.spf] : []], ['DMARC', dns.dmarc ? [dns.dmarc] : []]];
    entries.push({ at: dns.observedAt, kind: 'dns', title: `DNS: ${words(dns.outcome)}${dns.mx?.length ? ' · receives mail (MX)' : ''}${dns.parked ? ' · parked' : ''}`,
      body: h('dl', { class: 'facts small mono' }, records.filter(([, v]) => v && v.length).map(([name, v]) => [h('dt', null, name), h('dd', null, v.join(', '))])) });
  }
  for (const page of evidence.pages ?? []) {
    entries.push({ at: page.fetchedAt, kind: 'page', title: h('span', null, 'Page fetched: ', h('span', { class: 'mono' }, page.finalUrl ?? page.url), page.status ? ` (HTTP ${page.status})` : ''),
      body: h('div', null,
        h('p', { class: 'small' }, 'SHA-256 ', h('code', { class: 'mono hash', 'data-testid': 'page-sha256' }, page.sha256 ?? 'not recorded')),
        page.redirectChain?.length ? h('p', { class: 'small' }, 'Redirects: ', h('span', { class: 'mono' }, page.redirectChain.join(' → '))) : null,
        (page.findings ?? []).length === 0 ? null : h('ul', { class: 'findings' }, page.findings.map((f) => h('li', null,
          h('span', { class: 'badge mono' }, f.criterion), ' ', f.reason,
          // The offending fragment is hostile HTML: shown as text inside <pre>, never parsed.
          h('pre', { class: 'fragment', 'data-testid': 'finding-fragment', tabindex: '0' }, h('code', null, f.evidence)),
          Object.keys(f.facts ?? {}).length ? h('dl', { class: 'facts small' }, Object.entries(f.facts).map(([k, v]) => [h('dt', null, k), h('dd', { class: 'mono' }, v)])) : null)))) });
  }
  if (evidence.registrantOtherFlaggedDomains?.length) {
    entries.push({ at: null, kind: 'pattern', title: `Registrant holds ${evidence.registrantOtherFlaggedDomains.length} other flagged domains`,
      body: h('p', { class: 'mono small' }, evidence.registrantOtherFlaggedDomains.join(', ')) });
  }
  for (const filing of filings) {
    entries.push({ at: filing.filedAt, kind: 'filing', title: `Evidence filed by ${filing.filedBy} (priority ${filing.priority})`,
      body: h('p', { class: 'small' }, 'Observed ', time(filing.observedAt), ' · SHA-256 of the filing ', h('code', { class: 'mono hash' }, filing.sha256)) });
  }
  return entries.sort((a, b) => (a.at ? new Date(a.at).getTime() : Infinity) - (b.at ? new Date(b.at).getTime() : Infinity));
}

function timelineSection(evidence, filings, mark) {
  const entries = timelineEntries(evidence, filings, mark);
  return h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, 'Evidence timeline'),
    entries.length === 0 ? h('p', { class: 'muted' }, 'No evidence recorded.') :
      h('ol', { class: 'timeline' }, entries.map((e) => h('li', { class: `tl-${e.kind}` },
        h('div', { class: 'tl-head' }, e.at ? time(e.at) : h('span', { class: 'muted' }, 'undated'), ' ', h('strong', null, e.title)),
        e.body ?? null))));
}

function auditSection(entries) {
  return h('section', { class: 'panel', 'aria-labelledby': 'audit-title' },
    h('h2', { id: 'audit-title' }, 'Audit log'),
    entries.length === 0 ? h('p', { class: 'muted' }, 'No decisions yet.') :
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Audit log, scrollable' }, h('table', { class: 'audit', 'data-testid': 'audit-log' },
        h('thead', null, h('tr', null, ['When', 'Who', 'From', 'To', 'Note', 'Version'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, entries.map((e) => h('tr', null,
          h('td', null, time(e.at)),
          h('td', null, e.actor, e.actorRole ? h('span', { class: 'muted' }, ` (${words(e.actorRole)})`) : ''),
          h('td', null, label(STATUSES, e.from)),
          h('td', null, label(STATUSES, e.to)),
          h('td', null, e.note ?? '', e.dismissalReason ? h('span', { class: 'muted' }, ` (${label(DISMISS_REASONS, e.dismissalReason)})`) : '',
            e.actionTaken ? h('span', { class: 'muted' }, ` (${label(ACTIONS_TAKEN, e.actionTaken)})`) : ''),
          h('td', { class: 'num' }, String(e.versionSeen ?? ''))))))));
}

const DECISIONS = {
  in_review: ['Reopen for review', 'Look at it again'],
  confirmed: ['Confirm', 'Infringement confirmed'],
  dismissed: ['Dismiss', 'Not pursued, with a reason'],
  monitoring: ['Monitor', 'Watch for changes'],
  actioned: ['Record action taken', 'What was done about it'],
  resolved: ['Resolve', 'Closed'],
};

/** The decisions offered from a status; a new case is decided straight away (the page starts the review first). */
function decisionsFrom(status) {
  return status === 'new' ? NEXT.in_review : (NEXT[status] ?? []);
}

function decideSection(c, state, reload, ctx) {
  const options = decisionsFrom(c.status);
  const head = [h('h2', { id: 'decide-title' }, 'Decide'),
    h('p', null, 'Current status: ', h('span', { class: `badge status-${c.status}`, 'data-testid': 'case-status' }, label(STATUSES, c.status)),
      ' · version ', h('span', { class: 'mono', 'data-testid': 'case-version' }, String(c.version)))];
  if (options.length === 0) {
    return h('section', { class: 'panel decide-panel', 'aria-labelledby': 'decide-title' }, head, h('p', { class: 'muted' }, 'This case is closed.'));
  }
  if (ctx.me?.canReview !== true) {
    // The Api would refuse the decision (403); say so instead of offering a form that cannot work.
    return h('section', { class: 'panel decide-panel', 'aria-labelledby': 'decide-title' }, head,
      h('p', { class: 'muted', 'data-testid': 'decide-not-allowed' }, 'Only a legal reviewer of this owner (or an admin) can decide cases.'));
  }
  const message = h('div', { class: 'decide-message', role: 'alert', 'data-testid': 'decide-message' });
  const reasonField = h('div', { class: 'field', hidden: true },
    h('label', { for: 'decide-reason' }, 'Reason for dismissal'),
    h('select', { id: 'decide-reason', name: 'reason' }, DISMISS_REASONS.map(([v, l]) => h('option', { value: v }, l))));
  const actionField = h('div', { class: 'field', hidden: true },
    h('label', { for: 'decide-action' }, 'Action taken'),
    h('select', { id: 'decide-action', name: 'action' }, ACTIONS_TAKEN.map(([v, l]) => h('option', { value: v }, l))));
  const note = h('textarea', { id: 'decide-note', name: 'note', rows: '3', maxlength: '4000' });
  const radios = h('fieldset', { class: 'decisions' },
    h('legend', null, 'Decision'),
    options.map((value, i) => h('label', { class: 'radio' },
      h('input', { type: 'radio', name: 'to', value, required: true, checked: i === 0 }), ` ${DECISIONS[value][0]} `,
      h('span', { class: 'muted small' }, DECISIONS[value][1]))));
  const submit = h('button', { type: 'submit' }, 'Save decision');
  const form = h('form', { class: 'decide', 'aria-labelledby': 'decide-title', novalidate: true },
    radios, reasonField, actionField,
    h('div', { class: 'field' }, h('label', { for: 'decide-note' }, 'Note (kept in the audit log)'), note),
    h('div', { class: 'buttons' }, submit),
    message);

  const sync = () => {
    const to = new FormData(form).get('to');
    reasonField.hidden = to !== 'dismissed';
    actionField.hidden = to !== 'actioned';
  };
  radios.addEventListener('change', sync);
  sync();

  const fail = (error) => {
    submit.disabled = false;
    if (error instanceof api.ApiError && error.status === 412) {
      // Keep the reviewer's note; never retry with the new version behind their back.
      message.className = 'decide-message conflict';
      replace(message,
        h('strong', null, 'Someone else changed this case'), ' since you opened it. Your decision was not saved. ',
        'Reload to see their change, then decide again; your note is still in the box.',
        ' ', h('button', { type: 'button', class: 'secondary', onclick: () => reload({ keepNote: note.value }) }, 'Reload case'));
    } else if (error instanceof api.ApiError && error.status === 409) {
      message.className = 'decide-message error';
      replace(message, 'That move is not allowed now. ', error.message);
    } else if (error instanceof api.ApiError && error.status === 403) {
      message.className = 'decide-message error';
      replace(message, 'This key may not review cases. ', error.message);
    } else {
      message.className = 'decide-message error';
      replace(message, `Not saved: ${api.problemText(error)}`);
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const decision = { to: String(data.get('to')), note: String(data.get('note') ?? '').trim() };
    if (decision.to === 'dismissed') decision.reason = String(data.get('reason'));
    if (decision.to === 'actioned') decision.action = String(data.get('action'));
    if (!decision.note) {
      message.className = 'decide-message error';
      replace(message, 'Write a note saying why: it goes into the audit log.');
      note.focus();
      return;
    }
    submit.disabled = true;
    replace(message);
    message.className = 'decide-message';
    try {
      let etag = state.etag;
      if (c.status === 'new') {
        // The workflow passes through "in review"; both steps are audited, each against the version it saw.
        etag = (await api.transition(c.id, etag, { to: 'in_review' })).etag;
      }
      await api.transition(c.id, etag, decision);
      ctx.announce(`Saved: ${label(STATUSES, decision.to)}.`, 'ok');
      await reload();
    } catch (error) {
      fail(error);
    }
  });

  return h('section', { class: 'panel decide-panel', 'aria-labelledby': 'decide-title' }, head, form);
}

async function exportPackage(id, button, ctx) {
  button.disabled = true;
  try {
    const { blob, name } = await api.evidencePackage(id);
    download(blob, name);
    ctx.announce(`Evidence package ${name} downloaded.`, 'ok');
  } catch (error) {
    ctx.announce(`Export failed: ${error.message}`, 'error');
  } finally {
    button.disabled = false;
  }
}

export async function renderCase(view, id, ctx, options = {}) {
  const { body: detail, etag } = await api.getCase(id);
  const c = detail.case;
  const verdict = detail.verdict ?? {};
  const filings = detail.evidence ?? [];
  const latest = filings.at(-1)?.filing ?? {};
  const mark = await api.getMark(c.mark).catch(() => null);
  const state = { etag: etag ?? `"c-${c.version}"` };
  const reload = async (opts = {}) => renderCase(view, id, ctx, opts);

  const exportButton = h('button', { type: 'button', class: 'secondary' }, 'Export evidence package');
  exportButton.addEventListener('click', () => exportPackage(c.id, exportButton, ctx));

  replace(view, h('article', { class: 'case-view', 'aria-labelledby': 'case-title' },
    h('p', { class: 'crumbs' }, h('a', { href: ctx.lastQueue ?? '#/queue' }, '← Queue'), ' ', h('span', { class: 'muted' }, '(u)')),
    h('header', { class: 'case-head' },
      h('h1', { id: 'case-title' }, `Case ${c.id}: `, h('span', { class: 'mono' }, c.subject)),
      h('div', { class: 'case-meta' },
        h('span', { class: `priority p${Math.min(9, Math.floor((c.priority ?? 0) / 10))}` }, `priority ${c.priority}`), ' ',
        h('span', { class: `outcome ${c.outcome ?? ''}` }, label(OUTCOMES, c.outcome)), ' ',
        h('span', { class: `badge status-${c.status}` }, label(STATUSES, c.status)), ' ',
        exportButton),
      c.predecessor ? h('p', { class: 'muted', 'data-testid': 'predecessor' }, 'The name came back: this case follows ',
        h('a', { href: `#/cases/${c.predecessor}` }, `case ${c.predecessor}`), ', resolved before.') : ''),
    domainPanel(c.domain ?? c.subject),
    h('div', { class: 'columns' },
      h('div', null, matchSection(c, latest.matches ?? [], mark), elementsSection(verdict), recommendation(verdict),
        timelineSection(latest.evidence ?? {}, filings, mark), presenceSection(latest.evidence?.presence), sightingsSection(c.id), enforcementSection(c, ctx)),
      h('div', null, decideSection(c, state, reload, ctx), questionsSection(c), factsSection(c, latest.evidence?.reviewer, reload, ctx, options.factsResult),
        campaignSection(c, reload, ctx, options.campaignResults),
        auditSection(detail.audit ?? [])))));

  if (options.keepNote) {
    const note = view.querySelector('#decide-note');
    if (note) note.value = options.keepNote;
  }
  ctx.onKey = null;
}
