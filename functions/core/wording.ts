// How actions and dates read to a person: used by alerts, e-mails and the CLI summary.
import type { Action, PartialDate } from './model';

const ACTION_LABEL: Record<Action, string> = {
  signed: 'signed',
  joined: 'joined',
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

export function actionLabel(action: Action): string {
  return ACTION_LABEL[action];
}

/** "Ukraine decreed its withdrawal from the Ottawa Convention" — names the furthest stage. */
export function headline(stateName: string, treatyName: string, actions: Action[]): string {
  const last = actions[actions.length - 1];
  const verb = HEADLINE_VERB[last];
  const article = /^(the )/i.test(treatyName) ? '' : 'the ';
  return verb.startsWith("'s") ? `${stateName}${verb} ${article}${treatyName}` : `${stateName} ${verb} ${article}${treatyName}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 June 2025", "June 2025", "2025", or "date not stated". */
export function humanDate(date: PartialDate): string {
  if (!date) return 'date not stated';
  const [y, m, d] = date.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}
