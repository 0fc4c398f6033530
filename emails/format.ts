// E-mail layer: human-friendly wording for dates, actions and novelty.
import { actionRank, type Action, type Novelty, type PartialDate } from '#core/model';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
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

/** The calendar day of an ISO date or date-time, formatted; null when it isn't one. */
export function formatIsoDay(iso: string | undefined): string | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(iso.trim());
  if (!m) return null;
  const s = formatDate(m[1]);
  return s === 'date not stated' ? null : s;
}

const ACTION_LABELS: Record<Action, string> = {
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

/** "withdrawal decreed", "joined (ratification/accession)", … (unknown values are shown cleaned). */
export function actionLabel(action: Action): string {
  return ACTION_LABELS[action] ?? String(action).replace(/_/g, ' ');
}

/** The furthest action in process order: what a subject line leads with. */
export function latestAction(actions: readonly Action[]): Action | undefined {
  let best: Action | undefined;
  for (const a of actions) if (best === undefined || actionRank(a) > actionRank(best)) best = a;
  return best;
}

/** Actions in process order, deduplicated. */
export function orderedActions(actions: readonly Action[]): Action[] {
  return [...new Set(actions)].sort((a, b) => actionRank(a) - actionRank(b));
}

/** "the Ottawa Convention", but not "the The Hague …". */
export function withArticle(treatyName: string): string {
  return /^the\s/i.test(treatyName) ? treatyName : `the ${treatyName}`;
}

/** Subject-line phrase for an action against a treaty, e.g. "withdrawal decreed from the Ottawa Convention". */
export function actionPhrase(action: Action | undefined, treatyName: string): string {
  const t = withArticle(treatyName);
  switch (action) {
    case 'signed': return `signed ${t}`;
    case 'joined': return `joined ${t}`;
    case 'withdrawal_proposed': return `withdrawal proposed from ${t}`;
    case 'withdrawal_decreed': return `withdrawal decreed from ${t}`;
    case 'withdrawal_approved': return `parliament approved withdrawal from ${t}`;
    case 'withdrawal_enacted': return `withdrawal from ${t} enacted`;
    case 'withdrawal_notified': return `withdrawal from ${t} notified`;
    case 'withdrawal_effective': return `withdrawal from ${t} took effect`;
    case 'suspended': return `suspended ${t}`;
    case 'ratification_revoked': return `ratification of ${t} revoked`;
    default: return `development in ${t}`;
  }
}

export interface Badge { label: string; background: string }

// White text on each background has a contrast ratio above 7:1 (WCAG AAA).
const BADGES: Record<Novelty, Badge> = {
  NEW: { label: 'NEW', background: '#1b5e20' },
  ADVANCE: { label: 'ADVANCE', background: '#0d47a1' },
  CONFLICT: { label: 'DISPUTED', background: '#8a1c1c' },
  CORROBORATION: { label: 'MORE SOURCES', background: '#4a4a4a' },
  KNOWN: { label: 'ON RECORD', background: '#4a4a4a' },
};

/** The novelty badge: NEW, ADVANCE, DISPUTED (for CONFLICT), … */
export function noveltyBadge(novelty: Novelty): Badge {
  return BADGES[novelty] ?? { label: 'UPDATE', background: '#4a4a4a' };
}
