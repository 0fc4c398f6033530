// E-mail layer: human-friendly wording for dates, actions and novelty.
import { actionRank, type Action, type Novelty } from '#core/model';
import { actionLabel, formatDate } from '#core/wording';

export { actionLabel, formatDate };

/** The calendar day of an ISO date or date-time, formatted; null when it isn't one. */
export function formatIsoDay(iso: string | undefined): string | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(iso.trim());
  if (!m) return null;
  const s = formatDate(m[1]);
  return s === 'date not stated' ? null : s;
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
    case 'signed':
      return `signed ${t}`;
    case 'joined':
      return `joined ${t}`;
    case 'withdrawal_proposed':
      return `withdrawal proposed from ${t}`;
    case 'withdrawal_decreed':
      return `withdrawal decreed from ${t}`;
    case 'withdrawal_approved':
      return `parliament approved withdrawal from ${t}`;
    case 'withdrawal_enacted':
      return `withdrawal from ${t} enacted`;
    case 'withdrawal_notified':
      return `withdrawal from ${t} notified`;
    case 'withdrawal_effective':
      return `withdrawal from ${t} took effect`;
    case 'suspended':
      return `suspended ${t}`;
    case 'ratification_revoked':
      return `ratification of ${t} revoked`;
    default:
      return `development in ${t}`;
  }
}

export interface Badge {
  label: string;
  background: string;
}

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
