// Signed subscriber links (confirm, unsubscribe, preferences) and the List-Unsubscribe mailto.
import { signToken, TOKEN_LIFETIME_S } from './tokens';

export interface SubscriberLinks {
  confirmUrl: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
  unsubscribeMailto: string;
}

/**
 * A confirm token's subject names the subscriber and the pending request it confirms, so an
 * older link (a replaced request, or one from before an unsubscribe) confirms nothing.
 */
export const confirmSubject = (subscriberId: string, requestId: string) => `${subscriberId}:${requestId}`;

export function parseConfirmSubject(subject: string): { subscriberId: string; requestId?: string } {
  const at = subject.indexOf(':');
  return at < 0 ? { subscriberId: subject } : { subscriberId: subject.slice(0, at), requestId: subject.slice(at + 1) };
}

/**
 * Links for one subscriber; unsubscribe and preferences links last a year, confirm links two
 * days. Without `requestId` the confirm link names no request and confirms nothing.
 */
export function linkMaker(secret: string, baseUrl: string, mailbox: string, nowEpochS: () => number) {
  return (subscriberId: string, requestId?: string): SubscriberLinks => {
    const now = nowEpochS();
    const sign = (subject: string, purpose: 'confirm' | 'unsubscribe' | 'preferences') =>
      signToken(secret, subject, purpose, now + TOKEN_LIFETIME_S[purpose]);
    const token = (purpose: 'unsubscribe' | 'preferences') => sign(subscriberId, purpose);
    const unsubscribe = token('unsubscribe');
    let confirmUrl: string | undefined;
    return {
      // Signed when read: only a confirmation e-mail uses it, and an edition goes to thousands (one HMAC each).
      // The same token either way: the time is taken when the links are made.
      get confirmUrl() {
        confirmUrl ??= `${baseUrl}/confirm?token=${sign(requestId ? confirmSubject(subscriberId, requestId) : subscriberId, 'confirm')}`;
        return confirmUrl;
      },
      unsubscribeUrl: `${baseUrl}/unsubscribe?token=${unsubscribe}`,
      preferencesUrl: `${baseUrl}/preferences?token=${token('preferences')}`,
      unsubscribeMailto: `mailto:${mailbox}?subject=unsubscribe%20${unsubscribe}`,
    };
  };
}
