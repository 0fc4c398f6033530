// `serve-ingest`: the HTTP ingest handler on a local store, answered as the deployed endpoint
// answers — once the batch is stored, with one result per item — while detection runs on in
// the background (on AWS the table stream triggers it after the answer).
import { makeHandler as makeHttpIngest } from '../functions/ingest-http/handler';
import { buildHttpIngestDependencies } from '../functions/ingest-http/dependencies';
import { BackgroundDetection } from './background-detection';
import { startHttpEndpoint } from './http-endpoint';
import type { LocalPipeline } from './pipeline';

export interface IngestServer {
  url: string;
  detection: BackgroundDetection;
  stop(): Promise<void>;
}

export async function startIngestServer(
  pipeline: LocalPipeline,
  options: { apiKey: string; port?: number },
): Promise<IngestServer> {
  const config = { ingestApiKey: { value: options.apiKey } };
  const clients = { stores: pipeline.stores, clock: pipeline.clock };
  const handler = makeHttpIngest(buildHttpIngestDependencies(config, clients));
  const detection = new BackgroundDetection(pipeline);
  const endpoint = await startHttpEndpoint(async (event) => {
    const out = await handler(event);
    detection.kick();
    return out;
  }, options.port ?? 0);
  return {
    url: endpoint.url,
    detection,
    async stop() {
      await endpoint.stop();
      await detection.idle();
    },
  };
}
