// The double-opt-in e-mail: rendered at build time (emails/prerendered), personalised per
// address (confirm link, "what you asked for"), sent through the same sender as editions.
import type { RecipientTokens, RenderedEdition } from '#core/edition-content';
import type { SubscriberLinks } from './links';
import type { Clock, ConfirmationMailer, EmailSender, Names } from './ports';
import { headerSafe, tagSafe, unsubscribeHeaders } from './email-sending';
import { describeTopics, type Subscriber } from './subscriber';

export interface ConfirmationDeps {
  /** The rendered confirmation with its placeholders (emails/prerendered/confirmation.ts). */
  edition: RenderedEdition;
  personalise(edition: RenderedEdition, tokens: RecipientTokens): RenderedEdition;
  links(subscriberId: string, requestId?: string): SubscriberLinks;
  sender: EmailSender;
  from: string;
  names: Names;
  clock: Clock;
}

export function confirmationMailer(deps: ConfirmationDeps): ConfirmationMailer {
  return {
    async send(subscriber: Subscriber): Promise<void> {
      const wanted = subscriber.requested ?? { topics: subscriber.topics, frequency: subscriber.frequency };
      const links = deps.links(subscriber.subscriberId, subscriber.requested?.id);
      const mail = deps.personalise(deps.edition, {
        confirmUrl: links.confirmUrl,
        unsubscribeUrl: links.unsubscribeUrl,
        preferencesUrl: links.preferencesUrl,
        reason: describeTopics(wanted.topics, wanted.frequency, deps.names),
      });
      await deps.sender.send({
        from: headerSafe(deps.from),
        to: headerSafe(subscriber.email),
        subject: headerSafe(mail.subject),
        html: mail.html,
        text: mail.text,
        headers: unsubscribeHeaders(links.unsubscribeUrl, links.unsubscribeMailto),
        tags: { edition: tagSafe(`confirmation-${deps.clock.now().slice(0, 10)}`), kind: 'confirmation' },
      });
    },
  };
}
