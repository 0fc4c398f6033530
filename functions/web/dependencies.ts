// Web's wiring, in one place: the Lambda handler and the local driver both build the function's
// dependencies here (subscribe pages and the public record). Built once per cold start: it reads
// the token secret. Personalisation only: the confirmation was rendered at build time, so web
// carries no MJML.
import { confirmationMailer } from '#core/confirmation';
import type { EmailSender } from '#core/ports';
import type { Clock } from '#core/ports';
import { catalogueFrom } from '#web/app/groups';
import { personalise } from '#emails/personalise';
import { CONFIRMATION } from '#emails/prerendered/confirmation';
import { systemClock } from '#adapters/clock';
import { readWebConfig, type WebConfig } from '#adapters/config';
import { RateLimitStore } from '#adapters/rate-limit-store';
import { RecordStore } from '#adapters/record-store';
import { bundledReference, namesFrom, type ReferenceData } from '#adapters/reference-data';
import { secretValue } from '#adapters/secrets';
import { SesSender } from '#adapters/ses-sender';
import { makeStores, type Stores } from '#adapters/stores';
import { subscriberLinks } from '#adapters/subscriber-links';
import type { WebFunctionDeps } from './handler';
import { recordTreaties } from './record/routes';

export interface WebClients {
  stores: Stores;
  clock: Clock;
  /** Treaties, states and conflicts: the subscribe catalogue and the public record's pages. */
  reference: ReferenceData;
  /** Sends the confirmation e-mail. */
  sender: EmailSender;
}

/** What the builder reads; the table and the configuration set are the Lambda clients' (see lambdaWebDependencies). */
export type WebSettings = Omit<WebConfig, 'tableName' | 'configurationSet'>;

export async function buildWebDependencies(config: WebSettings, clients: WebClients): Promise<WebFunctionDeps> {
  const { doc, table, subscribers, editions } = clients.stores;
  const secret = await secretValue(config.tokenSecret);
  const { treaties, states, conflicts } = clients.reference;
  const names = namesFrom(treaties, states);
  const catalogue = catalogueFrom(treaties, states, names.treaty);
  const links = subscriberLinks(secret, config);
  return {
    accounts: subscribers,
    limits: new RateLimitStore(doc, table),
    confirmations: confirmationMailer({
      edition: CONFIRMATION,
      personalise,
      links,
      sender: clients.sender,
      from: config.senderAddress,
      names,
      clock: clients.clock,
    }),
    clock: clients.clock,
    secret,
    catalogue,
    limitsConfig: config.limits,
    record: {
      record: new RecordStore(doc, table, editions),
      treaties: recordTreaties(treaties, names),
      states: catalogue.states,
      names,
      conflicts,
      clock: clients.clock,
      // Read at each request: the local web server may have moved it.
      baseUrl: () => config.publicBaseUrl,
    },
  };
}

/** On Lambda: configuration from the environment, the SDK's clients, the bundled reference data. */
export function lambdaWebDependencies(): Promise<WebFunctionDeps> {
  const config = readWebConfig();
  const sender = new SesSender(undefined, config.configurationSet);
  return buildWebDependencies(config, {
    stores: makeStores(config.tableName),
    clock: systemClock,
    reference: bundledReference,
    sender,
  });
}
