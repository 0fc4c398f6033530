// Unsubscribe by e-mail: the mailto in every List-Unsubscribe header (RFC 2369, RFC 8058) names
// our mailbox, with the subscriber's signed unsubscribe token in the subject. SES receiving hands
// the message's headers to the feedback function; a valid token unsubscribes. Anything else is
// ignored with a reason (never retried: a stranger's mail to the mailbox is no failure of ours).
import type { AccountPort, Clock } from './ports';
import { unsubscribe } from './subscription-lifecycle';
import { TokenInvalid, verifyToken } from './tokens';

export interface InboundMail {
  messageId?: string;
  subject?: string;
}

export interface MailboxDeps {
  accounts: AccountPort;
  clock: Clock;
  /** The link-token secret: the same HMAC key that signed the token in the mailto. */
  secret: string;
}

export type MailboxResult = { kind: 'unsubscribed'; subscriberId: string } | { kind: 'ignored'; reason: string };

/** A token as linkMaker signs it, for the purpose `unsubscribe`. */
const TOKEN = /\bunsubscribe\s+([A-Za-z0-9_-]{1,200}\.unsubscribe\.\d{1,12}\.[A-Za-z0-9_-]{1,100})\b/i;

/** The unsubscribe token in a subject such as "unsubscribe <token>" (a "Re:" or other words around it are fine). */
export function tokenFromSubject(subject: string | undefined): string | undefined {
  return TOKEN.exec(subject ?? '')?.[1];
}

export async function handleUnsubscribeMail(mail: InboundMail, deps: MailboxDeps): Promise<MailboxResult> {
  const token = tokenFromSubject(mail.subject);
  if (!token) return { kind: 'ignored', reason: 'no unsubscribe token in the subject' };
  let subscriberId: string;
  try {
    subscriberId = verifyToken(deps.secret, token, 'unsubscribe', Math.floor(Date.parse(deps.clock.now()) / 1000));
  } catch (error) {
    if (error instanceof TokenInvalid) return { kind: 'ignored', reason: `unsubscribe token ${error.reason}` };
    throw error;
  }
  await unsubscribe(subscriberId, deps);
  return { kind: 'unsubscribed', subscriberId };
}
