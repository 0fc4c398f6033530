// How actions and dates read to a person: used by alerts, e-mails and the CLI summary.
import type { Action, PartialDate } from './model';

const ACTION_LABEL: Record<Action, string> = {
  signed: 'signed',
  joined: 'joined (ratification/accession)',
  withdrawal_proposed: 'withdrawal proposed',
  withdrawal_decreed: 'withdrawal decreed',
  withdrawal_approved: 'withdrawal approved by parliament',
  withdrawal_enacted: 'withdrawal law enacted',
  withdrawal_notified: 'withdrawal notified to the depositary',
  withdrawal_effective: 'withdrawal took effect',
  suspended: 'participation suspended',
  ratification_revoked: 'ratification revoked',
};

const HEADLINE_VERB: Record<Action, string> = {
  signed: 'signed',
  joined: 'joined',
  withdrawal_proposed: 'moved to withdraw from',
  withdrawal_decreed: 'decreed its withdrawal from',
  withdrawal_approved: "'s parliament approved withdrawal from",
  withdrawal_enacted: 'enacted its withdrawal from',
  withdrawal_notified: 'notified its withdrawal from',
  withdrawal_effective: 'left',
  suspended: 'suspended its participation in',
  ratification_revoked: 'revoked its ratification of',
};

/** "withdrawal decreed", "joined (ratification/accession)", … (unknown values are shown cleaned). */
export function actionLabel(action: Action): string {
  return ACTION_LABEL[action] ?? String(action).replace(/_/g, ' ');
}

/** "Ukraine decreed its withdrawal from the Ottawa Convention": names the furthest stage. */
export function headline(stateName: string, treatyName: string, actions: Action[]): string {
  const last = actions[actions.length - 1];
  const verb = HEADLINE_VERB[last];
  const article = /^(the )/i.test(treatyName) ? '' : 'the ';
  return verb.startsWith("'s")
    ? `${stateName}${verb} ${article}${treatyName}`
    : `${stateName} ${verb} ${article}${treatyName}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "29 June 2025", "June 2025", "2025", or "date not stated" (also for malformed input).
 * `short` gives "29 Jun 2025" for subjects.
 */
export function formatDate(date: PartialDate | undefined, style: 'long' | 'short' = 'long'): string {
  const m = typeof date === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim()) : null;
  if (!m) return 'date not stated';
  const [, year, month, day] = m;
  if (!month) return year;
  const mi = Number(month) - 1;
  if (mi < 0 || mi > 11) return 'date not stated';
  const name = style === 'short' ? MONTHS[mi].slice(0, 3) : MONTHS[mi];
  if (!day) return `${name} ${year}`;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), mi + 1, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return 'date not stated';
  return `${d} ${name} ${year}`;
}

/** "29 June 2025", "June 2025", "2025", or "date not stated". */
export function humanDate(date: PartialDate): string {
  return formatDate(date);
}
