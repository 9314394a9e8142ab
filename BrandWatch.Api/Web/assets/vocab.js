// Wire values of the Api (kebab-case enums from BrandWatch.Rules, review statuses) and their labels.

export const STATUSES = [
  ['new', 'New'], ['in_review', 'In review'], ['confirmed', 'Confirmed'], ['dismissed', 'Dismissed'],
  ['monitoring', 'Monitoring'], ['actioned', 'Actioned'], ['resolved', 'Resolved'],
];

export const OUTCOMES = [['likely', 'Likely'], ['possible', 'Possible'], ['unlikely', 'Unlikely']];

export const ACTIONS = [
  ['abuse-takedown', 'Abuse takedown'], ['udrp-transfer', 'UDRP/CNDRP transfer'], ['cease-and-desist', 'Cease and desist'],
  ['monitor', 'Monitor'], ['negotiate-or-court', 'Negotiate or court'], ['settlement', 'Settlement'],
  ['do-not-file', 'Do not file'], ['court', 'Court'], ['no-action', 'No action'], ['no-action-fair-use', 'No action (fair use)'],
];

export const KINDS = [
  ['domain', 'Domain'], ['deep-link', 'Deep link'], ['framing', 'Framing'], ['meta-tags', 'Meta tags'], ['phishing', 'Phishing'],
  ['counterfeit', 'Counterfeit'],
];

export const DISMISS_REASONS = [
  ['own-rights', 'Registrant has its own rights'], ['legitimate-interest', 'Legitimate interest'],
  ['fair-use', 'Fair use'], ['not-similar', 'Not similar'], ['predates-mark', 'Predates the mark'],
];

export const ACTIONS_TAKEN = [
  ['cease-and-desist-sent', 'Cease-and-desist sent'], ['takedown-requested', 'Takedown requested'],
  ['udrp-filed', 'UDRP filed'], ['transferred', 'Transferred'], ['settled', 'Settled'],
];

export const DISPUTE_PATHS = {
  'only-complainant-holds-rights': 'Only the complainant holds rights: transfer, or the registrant moves within 90 days',
  'both-hold-rights': 'Both hold rights: no UDRP; negotiate, oppose or go to court',
  settlement: 'Settlement: the registrant offers to transfer',
  'predates-mark': 'The domain predates the mark: do not file; consider buying',
  none: 'No dispute to pursue',
};

/** The review workflow as the Api enforces it: where a case may go from each status. */
export const NEXT = {
  new: ['in_review'],
  in_review: ['confirmed', 'dismissed', 'monitoring'],
  confirmed: ['actioned'],
  dismissed: ['in_review'],
  monitoring: ['in_review'],
  actioned: ['actioned', 'resolved'],
  resolved: [],
};

export function label(list, value) {
  const found = list.find(([v]) => v === value);
  return found ? found[1] : String(value ?? '').replaceAll('-', ' ').replaceAll('_', ' ');
}
