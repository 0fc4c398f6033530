// Reminder rows (one per timeline with an effective date, partitioned by that day: Query,
// never Scan) and the reminder alerts, each created once under a condition.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, ENTITY_ATTRIBUTE, keys } from '#schema';
import type { AlertRecord, ReminderRow } from '#core/records';
import type { ReminderPort } from '#core/ports';
import { batchWrite, queryPartitions } from './digest-store';
import { alertRow } from './timeline-store';

export class ReminderStore implements ReminderPort {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async put(rows: ReminderRow[]): Promise<void> {
    await batchWrite(
      this.doc,
      this.table,
      rows.map((r) => ({ ...keys.reminder(r.date, r.state, r.treaty), [ENTITY_ATTRIBUTE]: ENTITY.reminder, ...r })),
    );
  }

  async forDays(days: string[]): Promise<ReminderRow[]> {
    const items = await queryPartitions(this.doc, this.table, days.map(keys.reminderDay));
    return items.map(
      (item) => ({ date: item.date, state: item.state, treaty: item.treaty, basis: item.basis }) as ReminderRow,
    );
  }

  /** Each reminder alert is created once: a rerun finds it and writes nothing (no second stream record). */
  async createAlerts(alerts: AlertRecord[]): Promise<void> {
    for (const a of alerts) {
      try {
        await this.doc.send(
          new PutCommand({
            TableName: this.table,
            Item: alertRow(a),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (
          !(error instanceof ConditionalCheckFailedException) &&
          (error as Error).name !== 'ConditionalCheckFailedException'
        )
          throw error;
      }
    }
  }
}
