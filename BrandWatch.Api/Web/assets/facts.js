// Reviewer facts on the case page: what a reviewer learned that no crawler sees. Saving states the whole set as a
// new version; the Api re-scores the case and answers what moved (before → after, criteria fired or stopped).
import { h, number, replace } from './dom.js';
import * as api from './api.js';

// [field, label, criterion it feeds (docs/rules.md)]
const YES_NO = [
  ['registrantHoldsTrademark', 'Registrant holds its own trademark in the name', 'X1'],
  ['registrantTrademarkLapsed', "Registrant's own trademark was held when it registered the name and has lapsed since", 'X1'],
  ['registrantCommonlyKnownByName', 'Registrant is commonly known by the name', 'X2'],
  ['registrantAuthorisedByOwner', "Registrant is an authorised distributor, reseller or licensee of the mark's goods", 'X4'],
  ['priorBonaFideBusiness', 'Prior bona fide business under the name', 'X3'],
  ['ordinaryMeaningUse', 'Name used in its ordinary dictionary meaning', 'X6'],
  ['registrantKnewMark', 'Registrant knew the mark when it registered', 'F3'],
  ['registrantIsCompetitor', 'Registrant is a competitor', 'F'],
  ['redirectsToCompetitor', "The name forwards its visitors to a competitor of the owner", 'U13'],
  ['registersOthersMarks', "Registrant holds other names made of other owners' marks (a pattern)", 'F4'],
  ['falseContactData', 'False contact data', 'F'],
  ['noGoodFaithUseShown', 'Gave no response or evidence of good-faith use when asked (letter or complaint)', 'U7'],
  ['offerToSellAtCost', 'Offered to transfer at cost', 'settlement'],
  ['auctionListing', 'Listed in an auction or on a marketplace', 'U6'],
  ['maliciousDownloads', 'Serves malware or unrequested downloads', 'U8'],
  ['phishingEmails', 'E-mails sent from the name phish or impersonate the owner', 'U1'],
  ['impersonatedOwner', 'Registrant held itself out as the owner or connected with it (outside a page or e-mail)', 'U1'],
  ['ceaseAndDesistIgnored', 'Cease-and-desist sent and ignored', 'F'],
  ['actualConfusion', 'Actual confusion reported', 'C'],
  ['counterfeitGoods', 'Counterfeit goods offered', 'D'],
  ['takenBeforeComplainantsRights', 'Registrant took the name before the complainant had any right in the mark', 'G1'],
  ['complainantRightsNotShown', 'The complainant shows no right in the mark (unregistered and not proven distinctive, a logo registration only, a licensee without rights)', 'G0'],
  ['termUsedByOthers', "The mark's term is also in use by other, unrelated businesses (companies or marks of that name, earlier holders of the name)", 'F2, U7'],
  ['unbrokenChainOfOwnership', "The recorded transfer kept the name with the same underlying holder (its own company, a relative, a privacy service)", 'G1'],
  ['registeredInAnticipation', "Registered to capitalise on the complainant's nascent rights (after an announcement or launch, on insider knowledge, once applied for)", 'G1, F3'],
  ['registrantConsentsToTransfer', 'Registrant consents, in the proceeding, to transfer the name', 'route'],
  ['courtProceedingOnName', 'A court proceeding or court-supervised agreement concerns the name', 'route'],
  ['courtRuledForComplainant', 'A court has already given judgment for the complainant on the name or its use, and the registrant keeps it', 'F3, route'],
  ['businessDisputeBetweenParties', 'The name is part of a wider business or contractual dispute between the parties', 'route'],
  ['nameTakenFromComplainant', 'The name was taken from the complainant, which held it, without its consent (a hijacked account, a forged transfer)', 'F11'],
  ['movedAfterNotice', 'Once on notice of the dispute, the name was moved to another holder or registrar (cyberflight)', 'F13'],
  ['contentChangedAfterNotice', 'Once on notice of the dispute, the registrant changed the site away from the mark', 'F3'],
  ['nameAssignedToComplainant', 'Registrant signed the name over to the complainant (deed, partnership or employment agreement) and kept it', 'F3, route'],
];
const DATES = [
  ['registrantTrademarkDate', "Registrant's trademark date (applied or registered, the earlier)"],
  ['disputeNoticeOn', 'Registrant first had notice of the dispute'],
  ['saleOfferedOn', 'Domain first offered for sale'],
  ['markRenamedOn', 'Mark renamed on'],
  ['nameSoldToComplainantOn', 'Registrant sold its rights in the name to the complainant (and kept the name)'],
  ['nameLapsedFromComplainantOn', 'The name lapsed from the complainant (which held it) before the registrant took it'],
];
const AMOUNTS = [['askingPrice', 'Asking price'], ['quantifiedLoss', 'Quantified loss']];
const COUNTS = [['priorAdverseDecisions', 'Earlier decisions that found the registrant registered names in bad faith (F4)']];

function triState(name, text, criterion, value) {
  const id = `fact-${name}`;
  const select = h('select', { id, name },
    h('option', { value: '' }, 'unknown'), h('option', { value: 'true' }, 'yes'), h('option', { value: 'false' }, 'no'));
  select.value = value === true ? 'true' : value === false ? 'false' : '';
  return h('div', { class: 'field' }, h('label', { for: id }, `${text} (${criterion})`), select);
}

function input(name, text, type, value) {
  const id = `fact-${name}`;
  const attrs = { id, name, type };
  if (type === 'number') Object.assign(attrs, { min: '0', step: '0.01' });
  if (type === 'count') Object.assign(attrs, { type: 'number', min: '0', step: '1' });
  const el = h('input', attrs);
  el.value = value ?? '';
  return h('div', { class: 'field' }, h('label', { for: id }, text), el);
}

/** The facts the form holds; empty fields are left out (unknown, never "no"). */
function read(form) {
  const data = new FormData(form);
  const facts = {};
  for (const [name] of YES_NO) {
    const v = data.get(name);
    if (v === 'true' || v === 'false') facts[name] = v === 'true';
  }
  for (const [name] of DATES) {
    const v = String(data.get(name) ?? '');
    if (v) facts[name] = v;
  }
  for (const [name] of [...AMOUNTS, ...COUNTS]) {
    const v = String(data.get(name) ?? '').trim();
    if (v) facts[name] = Number(v);
  }
  const place = String(data.get('registrantTrademarkJurisdiction') ?? '').trim();
  if (place) facts.registrantTrademarkJurisdiction = place;
  const by = String(data.get('saleInitiatedBy') ?? '');
  if (by) facts.saleInitiatedBy = by;
  const note = String(data.get('note') ?? '').trim();
  if (note) facts.note = note;
  return facts;
}

function changeSummary(record) {
  const b = record.before;
  const a = record.after;
  return h('div', { class: 'facts-result', 'data-testid': 'facts-result' },
    h('p', null, h('strong', null, `Facts v${record.version} saved. `),
      `Priority ${b.priority} → ${a.priority}; action ${b.action} → `, h('span', { 'data-testid': 'facts-action-after' }, a.action), '.'),
    record.changes.length === 0 ? h('p', { class: 'muted' }, 'No figure moved.') :
      h('table', { class: 'criteria', 'data-testid': 'facts-changes' },
        h('caption', { class: 'sr-only' }, 'Figures the facts moved'),
        h('thead', null, h('tr', null, ['Element', 'Before', 'After'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, record.changes.map((c) => h('tr', null,
          h('th', { scope: 'row' }, c.element), h('td', { class: 'num' }, number(c.before)), h('td', { class: 'num' }, number(c.after)))))),
    h('p', null, 'Criteria fired: ', h('span', { class: 'mono', 'data-testid': 'facts-fired' }, record.criteriaFired.join(', ') || 'none'),
      ' · stopped: ', h('span', { class: 'mono' }, record.criteriaStopped.join(', ') || 'none')));
}

/**
 * The facts panel. `filed` are the facts the newest filing carried (shown when no reviewer has stated any);
 * `lastResult` is the answer of a save just made, shown after the page reloads.
 */
export function factsSection(c, filed, reload, ctx, lastResult) {
  const section = h('section', { class: 'panel', 'aria-labelledby': 'facts-title' }, h('h2', { id: 'facts-title' }, 'Reviewer facts'));
  if (ctx.me?.canReview !== true) {
    section.appendChild(h('p', { class: 'muted' }, 'Only a legal reviewer of this owner (or an admin) can state facts.'));
    return section;
  }
  const message = h('div', { class: 'decide-message', role: 'alert', 'data-testid': 'facts-message' });
  const fill = (facts) => {
    const by = h('select', { id: 'fact-saleInitiatedBy', name: 'saleInitiatedBy' },
      h('option', { value: '' }, 'unknown'), h('option', { value: 'registrant' }, 'the registrant'), h('option', { value: 'complainant' }, 'the complainant'), h('option', { value: 'undisclosed-buyer' }, 'a buyer who hid that it acted for the complainant'));
    by.value = facts.saleInitiatedBy ?? '';
    const note = h('textarea', { id: 'fact-note', name: 'note', rows: '2', maxlength: '4000' });
    note.value = facts.note ?? '';
    const submit = h('button', { type: 'submit' }, 'Save facts and re-score');
    const form = h('form', { class: 'facts', 'aria-labelledby': 'facts-title', novalidate: true },
      YES_NO.map(([name, text, criterion]) => triState(name, text, criterion, facts[name])),
      input('registrantTrademarkJurisdiction', "Registrant's trademark jurisdiction (US, EU, WIPO …)", 'text', facts.registrantTrademarkJurisdiction),
      DATES.map(([name, text]) => input(name, text, 'date', facts[name])),
      h('div', { class: 'field' }, h('label', { for: 'fact-saleInitiatedBy' }, 'Sale first raised by'), by),
      AMOUNTS.map(([name, text]) => input(name, text, 'number', facts[name])),
      COUNTS.map(([name, text]) => input(name, text, 'count', facts[name])),
      h('div', { class: 'field' }, h('label', { for: 'fact-note' }, 'Note (where each fact comes from)'), note),
      h('div', { class: 'buttons' }, submit), message);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      message.className = 'decide-message';
      replace(message);
      try {
        const { body } = await api.putFacts(c.id, read(form));
        ctx.announce(`Facts saved: priority ${body.before.priority} → ${body.after.priority}.`, 'ok');
        await reload({ factsResult: body });
      } catch (error) {
        submit.disabled = false;
        message.className = 'decide-message error';
        replace(message, `Not saved: ${api.problemText(error)}`);
      }
    });
    replace(section, h('h2', { id: 'facts-title' }, 'Reviewer facts'), lastResult ? changeSummary(lastResult) : null, form);
  };
  api.getFacts(c.id)
    .then((versions) => fill(versions.at(-1)?.facts ?? filed ?? {}))
    .catch((error) => section.appendChild(h('p', { class: 'decide-message error' }, `Facts could not be loaded: ${error.message}`)));
  return section;
}
