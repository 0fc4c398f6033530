// The send queue on AWS: SendMessageBatch in groups of ten; failed entries are retried.
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SendBatch } from '#core/records';
import type { SendQueuePort } from '#core/ports';

export class SqsSendQueue implements SendQueuePort {
  constructor(
    private readonly queueUrl: string,
    private readonly client = new SQSClient({}),
  ) {}

  async enqueue(batches: SendBatch[]): Promise<void> {
    for (let i = 0; i < batches.length; i += 10) {
      let entries = batches.slice(i, i + 10).map((b, n) => ({ Id: String(n), MessageBody: JSON.stringify(b) }));
      for (let attempt = 0; entries.length > 0; attempt++) {
        if (attempt > 4) throw new Error(`could not enqueue ${entries.length} send batches`);
        const out = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
        const failed = new Set((out.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
      }
    }
  }
}
