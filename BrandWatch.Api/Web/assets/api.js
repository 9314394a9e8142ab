// The only module that knows the Api's routes and wire shapes. Everything goes through the Api's public endpoints
// with the signed-in key; nothing is cached across tabs.

const KEY = 'brandwatch.apiKey';

export function apiKey() {
  return sessionStorage.getItem(KEY);
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

/** A failed call with the Api's RFC 9457 problem details, when it sent some. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The Api answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** An error as one line for the desk: its message, then each invalid field with its reasons when the Api named them. */
export function problemText(error) {
  const errors = error instanceof ApiError ? error.problem?.errors : null;
  const fields = errors ? Object.entries(errors).map(([field, texts]) => `${field}: ${[].concat(texts).join(' ')}`).join('; ') : '';
  return fields ? `${error.message} (${fields})` : error.message;
}

async function call(method, path, { body, ifMatch, query, raw } = {}) {
  const headers = { Accept: raw ? '*/*' : 'application/json' };
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  let url = path;
  if (query) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
    }
    const text = params.toString();
    if (text) url += `?${text}`;
  }
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // not JSON: keep the status alone
    }
    throw new ApiError(response.status, problem);
  }
  if (raw) return response;
  if (response.status === 204) return { body: null, etag: response.headers.get('ETag') };
  return { body: await response.json(), etag: response.headers.get('ETag'), status: response.status };
}

/**
 * The signed-in key as the Api sees it: { keyId, name, role, owners, allOwners, canReadMarks, canManageMarks,
 * canReadCases, canFile, canReview, canManageSubscriptions, isAdmin, canSubmit }. The page shows only what these flags allow.
 */
export async function me() {
  return (await call('GET', '/api/me')).body;
}

/** One page of the queue, sorted by priority: { items: CaseSummary[], nextCursor }. */
export async function listCases(filters, cursor, limit = 50) {
  return (await call('GET', '/api/cases', { query: { ...filters, cursor, limit } })).body;
}

/** Case counts per status under the same filters (the status filter is ignored): { total, byStatus }. */
export async function caseCounts(filters) {
  return (await call('GET', '/api/cases/counts', { query: filters })).body;
}

/** { case: CaseSummary, verdict, evidence: [{ filing, sha256, filedAt, … }] oldest first, audit }; etag for If-Match. */
export async function getCase(id) {
  return call('GET', `/api/cases/${encodeURIComponent(id)}`);
}

/** One page of the sightings of a case's name, oldest first: { items, total, nextAfter }. */
export async function getSightings(id, after = 0, limit = 50) {
  return (await call('GET', `/api/cases/${encodeURIComponent(id)}/sightings`, { query: { after, limit } })).body;
}

/** The campaign a case is in: { id, owner, cases: [{ id, subject, status, priority, pattern }], shared: [{ kind, value, caseIds }] }; null when none (204). */
export async function caseCampaign(id) {
  return (await call('GET', `/api/cases/${encodeURIComponent(id)}/campaign`)).body;
}

/** One decision for a campaign's cases ({ to, note, reason, cases? }): [{ caseId, from, status, moved, detail }]. */
export async function campaignTransition(id, decision) {
  return (await call('POST', `/api/campaigns/${encodeURIComponent(id)}/transitions`, { body: decision })).body;
}

export async function getAudit(id) {
  return (await call('GET', `/api/cases/${encodeURIComponent(id)}/audit`)).body;
}

/**
 * Moves a case to a new status ({ to, note, reason?, action? }) only if it is still at the version the reviewer saw
 * (If-Match). A 412 means someone else changed it first; a 409 that the move is not allowed from its status.
 * Answers { body: CaseSummary, etag }.
 */
export async function transition(id, etag, decision) {
  return call('POST', `/api/cases/${encodeURIComponent(id)}/transitions`, { body: decision, ifMatch: etag });
}

/** Every version of the case's reviewer facts, oldest first: [{ version, facts, before, after, changes, … }]. */
export async function getFacts(id) {
  return (await call('GET', `/api/cases/${encodeURIComponent(id)}/facts`)).body;
}

/** The facts the case leaves open that would each change whether to file: { action, files, questions: [{ fact, question, section, action, reason }] }. */
export async function getQuestions(id) {
  return (await call('GET', `/api/cases/${encodeURIComponent(id)}/facts/questions`)).body;
}

/** States the whole set of reviewer facts; the Api re-scores the case. Answers { body: the facts record with before/after }. */
export async function putFacts(id, facts) {
  return call('PUT', `/api/cases/${encodeURIComponent(id)}/facts`, { body: facts });
}

/** The evidence package (zip) as a Blob and its file name. */
export async function evidencePackage(id) {
  const response = await call('GET', `/api/cases/${encodeURIComponent(id)}/evidence-package`, { raw: true });
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), name: match ? match[1] : `case-${id}-evidence.zip` };
}

/** The parties who can act on a case (registrar, hosts, certificate authorities, registry, provider) with their contacts. */
export async function abuseRoutes(id) {
  return call('GET', `/api/cases/${encodeURIComponent(id)}/abuse-routes`);
}

/** A draft (Markdown text) of the given kind for a case; a person sends it. */
export async function draft(id, kind) {
  const response = await call('GET', `/api/cases/${encodeURIComponent(id)}/drafts/${encodeURIComponent(kind)}`, { raw: true });
  return response.text();
}

/** A draft as a file (format md | pdf | docx) for a person to edit: a Blob and its file name. */
export async function draftFile(id, kind, format) {
  const response = await call('GET', `/api/cases/${encodeURIComponent(id)}/drafts/${encodeURIComponent(kind)}`, { raw: true, query: { format } });
  const match = /filename="?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') || '');
  return { blob: await response.blob(), name: match ? match[1] : `${kind}-case-${id}.${format}` };
}

/** The takedown actions recorded for a case, each with its state, dates and the states it may move to. */
export async function takedownActions(id) {
  return call('GET', `/api/cases/${encodeURIComponent(id)}/actions`);
}

export async function recordTakedown(id, action) {
  return call('POST', `/api/cases/${encodeURIComponent(id)}/actions`, { body: action });
}

export async function advanceTakedown(id, actionId, step) {
  return call('POST', `/api/cases/${encodeURIComponent(id)}/actions/${encodeURIComponent(actionId)}/transitions`, { body: step });
}

/** The case list exported (format stix | misp | thehive | csv) with the list's filters, as a Blob and its file name. */
export async function exportCases(format, filters, tlp) {
  const response = await call('GET', '/api/cases/export', { raw: true, query: { ...filters, format, tlp } });
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), name: match ? match[1] : `brandwatch-cases.${format}`, total: response.headers.get('X-Total-Count'), count: response.headers.get('X-Export-Count') };
}

export async function listMarks() {
  return (await call('GET', '/api/marks')).body;
}

export async function getMark(id) {
  return (await call('GET', `/api/marks/${encodeURIComponent(id)}`)).body;
}

export async function listSubscriptions() {
  return (await call('GET', '/api/subscriptions')).body;
}

export async function createSubscription(subscription) {
  return (await call('POST', '/api/subscriptions', { body: subscription })).body;
}

export async function deleteSubscription(id) {
  await call('DELETE', `/api/subscriptions/${encodeURIComponent(id)}`);
}

export async function getSubscription(id) {
  return (await call('GET', `/api/subscriptions/${encodeURIComponent(id)}`)).body;
}

/** Replaces every field of a subscription; the answer carries `secret` only when a new one was given or generated. */
export async function updateSubscription(id, subscription) {
  return (await call('PUT', `/api/subscriptions/${encodeURIComponent(id)}`, { body: subscription })).body;
}

/**
 * Which of the owner's cases of the last 30 days a subscription body's filters would have sent (nothing is saved):
 * { owner, from, to, total, alerts, limit, complete, cases: [{ id, eventId, event, at, domain, mark, kind, outcome, action, priority, alerts }] }.
 */
export async function previewSubscription(subscription, limit = 50) {
  return (await call('POST', '/api/subscriptions/preview', { body: subscription, query: { limit } })).body;
}

/** A subscription's latest deliveries, newest first: [{ id, status, attempts, nextAttemptAt, lastError, … }]. */
export async function listDeliveries(id, limit = 100) {
  return (await call('GET', `/api/subscriptions/${encodeURIComponent(id)}/deliveries`, { query: { limit } })).body;
}

/** The dead letters of an owner (a brand manager's own when owner is left out). */
export async function listDeadLetters(owner, limit = 1000) {
  return (await call('GET', '/api/alerts/dead-letters', { query: { owner, limit } })).body;
}

/** Puts a dead letter back in its queue (admins only); answers the delivery as it is now. */
export async function redriveDelivery(deliveryId) {
  return (await call('POST', `/api/alerts/dead-letters/${encodeURIComponent(deliveryId)}/redrive`)).body;
}

/**
 * Asks the Worker to screen a domain or an http(s) URL: { value, note? } → the submission { id, value, host, status, … }
 * and whether it is new (201) or the same value was already pending (200).
 */
export async function submitDomain(submission) {
  const { body, status } = await call('POST', '/api/submissions', { body: submission });
  return { submission: body, created: status === 201 };
}

/** The signed-in key's own submissions, newest first: { items: [{ id, value, status, … }] }. */
export async function mySubmissions(limit = 10) {
  return (await call('GET', '/api/submissions/mine', { query: { limit } })).body;
}

/** Lists come back either as an array or as { items: [...] }. */
export function itemsOf(body) {
  if (Array.isArray(body)) return body;
  if (body && Array.isArray(body.items)) return body.items;
  return [];
}

/** "legal reviewer · PayPal, Inc." — the signed-in key's role, and its owners unless it sees them all. */
export function wordsOfRole(me) {
  const role = String(me?.role ?? '').replaceAll('_', ' ').replaceAll('-', ' ');
  const owners = me?.allOwners ? [] : (me?.owners ?? []);
  return owners.length ? `${role} · ${owners.join(', ')}` : role;
}

// --- The dashboard (issue 22) ---

/** One owner's cases per day or week ({ owner, from, to, bucket }): { totals, buckets } as docs/api.md describes. */
export async function stats(query) {
  return (await call('GET', '/api/stats', { query })).body;
}

/** { owners: [...] }: the owners this key may ask stats for. */
export async function statsOwners() {
  return (await call('GET', '/api/stats/owners')).body;
}
