import { describe, expect, it } from 'vitest';
import { ingestArticles } from '#core/ingest';
import { handleIngestRequest, keyMatches, sha256 } from '#functions/ingest-http/http-ingest';
import { MemoryArticles } from '#local/memory-articles';
import { WIRE } from './texts';

const deps = () => {
  const articles = new MemoryArticles();
  return {
    articles,
    keyHash: sha256('k'),
    ingest: (inputs: Parameters<typeof ingestArticles>[0]) =>
      ingestArticles(inputs, { articles, clock: { now: () => 'T' } }),
  };
};
const request = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { Authorization: 'Bearer k', 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('HTTP ingest request handling', () => {
  it('the key is compared by hash; x-api-key works too; a wrong or missing key is 401', async () => {
    expect(keyMatches('k', sha256('k'))).toBe(true);
    expect(keyMatches('K', sha256('k'))).toBe(false);
    expect(keyMatches(undefined, sha256('k'))).toBe(false);
    expect(
      (await handleIngestRequest(request({ text: WIRE }, { Authorization: '', 'x-api-key': 'k' }), deps())).statusCode,
    ).toBe(200);
    expect((await handleIngestRequest(request({ text: WIRE }, { Authorization: 'Basic k' }), deps())).statusCode).toBe(
      401,
    );
  });

  it('GET is 405, base64 bodies are decoded, a storage failure is reported per item and retryable', async () => {
    expect((await handleIngestRequest({ ...request({}), method: 'GET' }, deps())).statusCode).toBe(405);
    const b64 = {
      ...request(''),
      body: Buffer.from(JSON.stringify({ text: WIRE })).toString('base64'),
      isBase64Encoded: true,
    };
    expect(JSON.parse((await handleIngestRequest(b64, deps())).body).stored).toBe(1);
    const d = deps();
    d.articles.lookup = async () => {
      throw new Error('ProvisionedThroughputExceeded');
    };
    const res = await handleIngestRequest(request({ articles: [{ text: WIRE }] }), d);
    expect(res.statusCode).toBe(207);
    expect(JSON.parse(res.body).results[0]).toMatchObject({ status: 'failed', retryable: true });
  });

  it('an item with html but no main text is rejected with the extractor’s reason', async () => {
    const res = await handleIngestRequest(request({ articles: [{ html: '<nav>Home</nav>' }, { text: WIRE }] }), deps());
    const body = JSON.parse(res.body);
    expect(body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'stored']);
    expect(body.results[0].reason).toMatch(/^not an article/);
  });

  it('a one-word text or a placeholder is rejected as not an article; every answer says nosniff', async () => {
    const res = await handleIngestRequest(
      request({ articles: [{ text: 'Ukraine' }, { text: '…' }, { text: WIRE }] }),
      deps(),
    );
    expect(res.statusCode).toBe(207);
    const body = JSON.parse(res.body);
    expect(body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'stored']);
    expect(body.results[0].reason).toBe('not an article: 1 word of text (at least 25 needed)');
    expect(body.results[1].reason).toBe('not an article: 0 words of text (at least 25 needed)');
    for (const answer of [
      res,
      await handleIngestRequest(request({}, { Authorization: '' }), deps()),
      await handleIngestRequest(request('{'), deps()),
    ]) {
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
