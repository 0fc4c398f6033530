// S3 drop bucket: ObjectCreated → read the object → .txt / .md (article file), .html (main
// text), .json (one article or {"articles": [...]}) → ingest. A bad file is stored as rejected
// with its reason; a record that could not be read or stored fails the invocation after the
// others are done, so Lambda's asynchronous retries (then the on-failure destination) redo it.
import type { S3Event } from 'aws-lambda';
import { ingestArticles, type IngestDeps } from '#core/ingest';
import type { IngestOutcome } from '#core/records';
import { MAX_FILE_BYTES, parseSourceFile } from '#core/sources/files';
import { lazyHandler } from '#adapters/lazy';
import { logger } from '#adapters/logger';
import type { ObjectReader } from '#adapters/s3-reader';
import { lambdaS3IngestDependencies } from './dependencies';

export interface S3IngestDeps extends IngestDeps {
  objects: ObjectReader;
}

export class S3RecordsFailed extends Error {
  constructor(readonly failures: { object: string; reason: string }[]) {
    super(
      `${failures.length} object(s) not ingested, to be retried: ${failures.map((f) => `${f.object} (${f.reason})`).join('; ')}`.slice(
        0,
        2000,
      ),
    );
    this.name = 'S3RecordsFailed';
  }
}

/** S3 event keys are URL-encoded with '+' for spaces. */
export const objectKey = (raw: string) => decodeURIComponent(raw.replace(/\+/g, ' '));

export function makeHandler(deps: S3IngestDeps) {
  return async (event: S3Event): Promise<{ objects: { object: string; outcomes: IngestOutcome[] }[] }> => {
    const done: { object: string; outcomes: IngestOutcome[] }[] = [];
    const failures: { object: string; reason: string }[] = [];
    for (const record of event.Records ?? []) {
      const bucket = record.s3.bucket.name;
      const key = objectKey(record.s3.object.key);
      const object = `s3://${bucket}/${key}`;
      try {
        const read = await deps.objects.read(bucket, key, MAX_FILE_BYTES);
        const inputs =
          read.kind === 'ok'
            ? parseSourceFile(object, read.bytes, read.contentType)
            : [
                {
                  text: '',
                  source: object,
                  rejection: `object is ${read.bytes} bytes; the limit is ${MAX_FILE_BYTES}`,
                },
              ];
        const outcomes = await ingestArticles(inputs, deps);
        done.push({ object, outcomes });
        const failed = outcomes.filter((o) => o.status === 'failed');
        if (failed.length > 0) failures.push({ object, reason: failed[0].reason ?? 'storage failed' });
      } catch (error) {
        failures.push({ object, reason: (error as Error).message });
      }
    }
    logger.info('s3 ingest', {
      objects: done.length,
      failures: failures.length,
      outcomes: done.flatMap((d) => d.outcomes.map((o) => o.status)),
    });
    if (failures.length > 0) throw new S3RecordsFailed(failures);
    return { objects: done };
  };
}

export const handler = lazyHandler(() => makeHandler(lambdaS3IngestDependencies()));
