// Feedback use case: SES bounce and complaint events (through EventBridge) suppress the
// address — in our table (never mailed again) and on the account's suppression list.
// Only permanent bounces suppress; a transient bounce (mailbox full) is left alone.
import type { AccountPort, Clock } from './ports';
import { suppress } from './subscription-lifecycle';

export interface FeedbackDeps {
  accounts: AccountPort;
  clock: Clock;
  /** SESv2 PutSuppressedDestination. */
  suppressAtSes(email: string, reason: 'BOUNCE' | 'COMPLAINT'): Promise<void>;
}

/** The SES event publishing record (EventBridge `detail` of "Email Bounced" / "Email Complaint Received"). */
export interface SesEventDetail {
  eventType?: string;
  notificationType?: string;
  mail?: { messageId?: string; tags?: Record<string, string[]> };
  bounce?: { bounceType?: string; bouncedRecipients?: { emailAddress?: string }[] };
  complaint?: { complainedRecipients?: { emailAddress?: string }[]; complaintFeedbackType?: string };
}

export interface FeedbackResult {
  kind: 'bounce' | 'complaint' | 'ignored';
  suppressed: number;
}

/** Bare address from "Name <a@b>" or "a@b". */
function address(raw: string | undefined): string | undefined {
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(raw ?? '') ?? /^\s*([^<>\s]+@[^<>\s]+)\s*$/.exec(raw ?? '');
  return m?.[1];
}

export async function handleFeedback(detail: SesEventDetail, deps: FeedbackDeps): Promise<FeedbackResult> {
  const type = (detail.eventType ?? detail.notificationType ?? '').toLowerCase();
  let recipients: (string | undefined)[] = [];
  let reason: 'BOUNCE' | 'COMPLAINT';
  if (type === 'bounce') {
    if (detail.bounce?.bounceType !== 'Permanent') return { kind: 'ignored', suppressed: 0 };
    recipients = (detail.bounce.bouncedRecipients ?? []).map((r) => address(r.emailAddress));
    reason = 'BOUNCE';
  } else if (type === 'complaint') {
    recipients = (detail.complaint?.complainedRecipients ?? []).map((r) => address(r.emailAddress));
    reason = 'COMPLAINT';
  } else {
    return { kind: 'ignored', suppressed: 0 };
  }
  let suppressed = 0;
  for (const email of new Set(recipients.filter((r): r is string => !!r))) {
    if ((await suppress(email, reason.toLowerCase(), deps)) === 'suppressed') suppressed++;
    await deps.suppressAtSes(email, reason);
  }
  return { kind: reason === 'BOUNCE' ? 'bounce' : 'complaint', suppressed };
}
