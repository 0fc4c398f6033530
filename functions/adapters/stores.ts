// The composition of DynamoDB stores for one table: built once per cold start.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ArticleStore } from './article-store';
import { makeDocumentClient } from './dynamo-client';
import { DeliveryLedger, EditionStore } from './edition-store';
import { SubscriberStore } from './subscriber-store';
import { TimelineStore } from './timeline-store';

export interface Stores {
  doc: DynamoDBDocumentClient;
  table: string;
  articles: ArticleStore;
  timelines: TimelineStore;
  subscribers: SubscriberStore;
  editions: EditionStore;
  ledger: DeliveryLedger;
}

export function makeStores(table: string, doc: DynamoDBDocumentClient = makeDocumentClient()): Stores {
  return {
    doc,
    table,
    articles: new ArticleStore(doc, table),
    timelines: new TimelineStore(doc, table),
    subscribers: new SubscriberStore(doc, table),
    editions: new EditionStore(doc, table),
    ledger: new DeliveryLedger(doc, table),
  };
}
