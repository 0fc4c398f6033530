// Signed subscriber links (core/links.ts) against the configured base URL, read at each use: the
// local driver's web server may move it after the functions are wired. On Lambda it never moves.
import { linkMaker, type SubscriberLinks } from '#core/links';
import type { LinkConfig } from './config';

export function subscriberLinks(secret: string, config: LinkConfig) {
  const relative = linkMaker(secret, '', config.unsubscribeMailbox, () => Math.floor(Date.now() / 1000));
  return (subscriberId: string, requestId?: string): SubscriberLinks => {
    const links = relative(subscriberId, requestId);
    const base = config.publicBaseUrl;
    return {
      // Signed only when read: most e-mails carry no confirmation link (see core/links.ts).
      get confirmUrl() {
        return base + links.confirmUrl;
      },
      unsubscribeUrl: base + links.unsubscribeUrl,
      preferencesUrl: base + links.preferencesUrl,
      unsubscribeMailto: links.unsubscribeMailto,
    };
  };
}
