// S3 objects for the drop bucket: read one object whole, refusing objects over the size limit
// before downloading them.
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';

export type ObjectRead = { kind: 'ok'; bytes: Uint8Array; contentType?: string } | { kind: 'too-large'; bytes: number };

export interface ObjectReader {
  read(bucket: string, key: string, maxBytes: number): Promise<ObjectRead>;
}

export class S3ObjectReader implements ObjectReader {
  constructor(private readonly s3: S3Client = new S3Client({})) {}

  async read(bucket: string, key: string, maxBytes: number): Promise<ObjectRead> {
    const head = await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    if ((head.ContentLength ?? 0) > maxBytes) return { kind: 'too-large', bytes: head.ContentLength ?? 0 };
    const out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const bytes = await out.Body!.transformToByteArray();
    if (bytes.length > maxBytes) return { kind: 'too-large', bytes: bytes.length };
    return { kind: 'ok', bytes, ...(out.ContentType ? { contentType: out.ContentType } : {}) };
  }
}
