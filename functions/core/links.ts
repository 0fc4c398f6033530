// Signed subscriber links (confirm, unsubscribe, preferences) and the List-Unsubscribe mailto.
import { signToken, TOKEN_LIFETIME_S } from './tokens';

export interface SubscriberLinks {
  confirmUrl: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
  unsubscribeMailto: string;
}

/** Links for one subscriber; unsubscribe and preferences links last a year, confirm links two days. */
export function linkMaker(secret: string, baseUrl: string, mailbox: string, nowEpochS: () => number) {
  return (subscriberId: string): SubscriberLinks => {
    const now = nowEpochS();
    const token = (purpose: 'confirm' | 'unsubscribe' | 'preferences') => signToken(secret, subscriberId, purpose, now + TOKEN_LIFETIME_S[purpose]);
    const unsubscribe = token('unsubscribe');
    return {
      confirmUrl: `${baseUrl}/confirm?token=${token('confirm')}`,
      unsubscribeUrl: `${baseUrl}/unsubscribe?token=${unsubscribe}`,
      preferencesUrl: `${baseUrl}/preferences?token=${token('preferences')}`,
      unsubscribeMailto: `mailto:${mailbox}?subject=unsubscribe%20${unsubscribe}`,
    };
  };
}
