// Every command that takes article files gets its articles through the one reader
// (local/article-files.ts): each command runs as the CLI registers it, with the reader wrapped
// to record what it returned and the stores replaced by stand-ins that record what they were
// given (no DynamoDB Local). What reached the pipeline must be what the reader read.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourceInput } from '#core/ingest';

const FINLAND = 'tests/fixtures/feeds/articles/finland.html';

const seen = vi.hoisted(() => ({
  /** What the reader returned, per call. */
  read: [] as SourceInput[][],
  /** What reached the pipeline (ingest, replay, digest) or the extractor. */
  given: [] as { text: string; published?: string; title?: string }[],
}));

vi.mock('#local/article-files', async (importOriginal) => {
  const real = await importOriginal<typeof import('#local/article-files')>();
  const record = (inputs: SourceInput[]) => {
    seen.read.push(inputs);
    return inputs;
  };
  return {
    ...real,
    readArticleFile: (path: string, cwd?: string) => record(real.readArticleFile(path, cwd)),
    readArticleFiles: (paths: string[], options?: { cwd?: string }) => record(real.readArticleFiles(paths, options)),
  };
});

vi.mock('#core/extract/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('#core/extract/index')>();
  return {
    ...real,
    extractClaims: (...args: Parameters<typeof real.extractClaims>) => {
      const [article] = args;
      seen.given.push({ text: article.body, published: article.published, title: article.title });
      return real.extractClaims(...args);
    },
  };
});

/** Records what reached the pipeline and answers with `answer`. */
const given = <T>(inputs: SourceInput[], answer: T): T => {
  seen.given.push(...inputs);
  return answer;
};
const NO_SUMMARY = { developments: [], alerts: [], corroborations: 0, conflicts: [] };

vi.mock('#local/replay', () => ({
  replay: async (inputs: SourceInput[]) => given(inputs, { articles: inputs.length, order: [], ...NO_SUMMARY }),
  orderByPublication: (inputs: SourceInput[]) => inputs.map((input) => ({ input, day: null, inferred: false })),
  feedInOrder: async (_pipeline: unknown, articles: { input: SourceInput }[]) =>
    given(
      articles.map((a) => a.input),
      [],
    ),
  summaryOf: () => NO_SUMMARY,
}));

vi.mock('#local/digest-run', () => ({
  digestRun: async (inputs: SourceInput[]) => given(inputs, { articles: inputs.length }),
}));

vi.mock('#local/pipeline', () => ({
  LocalPipeline: {
    start: async () => ({
      loadFacts: async () => [],
      ingest: async (inputs: SourceInput[]) =>
        given(
          inputs,
          inputs.map((i) => ({ articleId: 'a', source: i.source, status: 'stored' })),
        ),
      stores: { timelines: { get: async () => undefined } },
      stop: async () => undefined,
    }),
  },
}));

const { registerExtract, registerReplay } = await import('../../cli/commands/extract');
const { registerDigest } = await import('../../cli/commands/digest');
const { registerEval } = await import('../../cli/commands/eval');
const { registerFacts } = await import('../../cli/commands/facts');
const { registerSourceCommands } = await import('../../cli/commands/ingest');

/** Runs one command as `treaty-watch ARGS...` does; returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  const commands = [registerExtract, registerReplay, registerDigest, registerEval, registerFacts];
  for (const register of [...commands, registerSourceCommands]) register(program);
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => {
    out += `${parts.join(' ')}\n`;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    write.mockRestore();
    log.mockRestore();
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'tw-cli-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  seen.read.length = 0;
  seen.given.length = 0;
});

/** The article fields the reader gave for finland.html, and that they are the clean ones. */
function finlandAsRead() {
  const article = seen.read.flat().find((a) => a.text.includes("Finland's parliament approved"));
  expect(article).toMatchObject({ published: '2025-06-27T10:00:00.000Z', outlet: 'Nordic Times' });
  expect(article!.text).not.toContain('<p>');
  return article!;
}

describe('each command reads its article files through local/article-files.ts', () => {
  it('extract: no markup in the evidence, the page date, the outlet', async () => {
    const out = JSON.parse(await run('extract', '--json', FINLAND));
    const article = finlandAsRead();
    expect(seen.given).toEqual([{ text: article.text, published: article.published, title: article.title }]);
    expect(out).toEqual([expect.objectContaining({ file: FINLAND, published: '2025-06-27' })]);
    expect(out[0].developments).toContainEqual(
      expect.objectContaining({ state: 'FIN', treaty: 'ottawa-convention', action: 'withdrawal_approved' }),
    );
    for (const d of out[0].developments) expect(d.evidence).not.toMatch(/<\/?[a-z]+[\s>]/i);
    expect(await run('extract', FINLAND)).toContain(`${FINLAND} (Nordic Times, published 2025-06-27)`);
  });

  it.each([
    ['replay', ['replay', '--as-of', '2025-06-28', '--json', FINLAND]],
    ['digest', ['digest', '--daily', '--as-of', '2025-06-28', '--json', FINLAND]],
    ['facts --articles', ['facts', 'FIN', 'ottawa-convention', '--as-of', '2025-06-28', '--articles', FINLAND]],
    ['ingest', ['ingest', '--json', '--as-of', '2025-06-28', FINLAND]],
  ])('%s: the pipeline is given the very articles the reader returned', async (_name, args) => {
    await run(...args);
    const article = finlandAsRead();
    expect(seen.given).toHaveLength(1);
    expect(seen.given[0]).toBe(article);
  });

  it("eval: the corpus articles are the reader's, keyed by file", async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'articles'), { recursive: true });
    writeFileSync(join(corpus, 'articles', 'finland.html'), readFileSync(FINLAND));
    const label = {
      state: 'FIN',
      treaty: 'ottawa-convention',
      action: 'withdrawal_approved',
      date: '2025-06-26',
      role: 'primary',
    };
    const labels = { articles: [{ file: 'finland.html', cluster: null, developments: [label] }] };
    writeFileSync(join(corpus, 'labels.json'), JSON.stringify(labels));
    const figures = JSON.parse(await run('eval', '--corpus', corpus, '--json'));
    const { source: _s, ...article } = finlandAsRead();
    expect(seen.given).toContainEqual({ ...article, source: 'finland.html' }); // what replay was given
    // …and what extraction was given
    expect(seen.given).toContainEqual({ text: article.text, published: article.published, title: article.title });
    expect(figures.claims.all).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(figures.claims.dateAccuracy).toBe(1);
  });
});

describe('no other reader of article files', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const sources = ['cli', 'local', 'bench', 'rehearse', 'scripts'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name))
      .map((e) => relative(ROOT, join(e.parentPath, e.name))),
  );

  // bench/ingest.ts times the HTML extractor itself on a page; it reads no article for a command.
  it('only local/article-files.ts turns file contents into articles', () => {
    const parsers = /\b(parseSourceFile|parseArticleFile|articleFromHtml|extractMainText)\(/;
    const callers = sources.filter((f) => parsers.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(callers.sort()).toEqual(['bench/ingest.ts', 'local/article-files.ts']);
  });

  it('the driver, the bench, the rehearsal and the dev score read through it', () => {
    const readers = [
      'local/start.ts',
      'local/eval.ts',
      'local/source-run.ts',
      'local/dev-score.ts',
      'bench/pipeline.ts',
      'rehearse/bundles.ts',
    ];
    const importsReader =
      /from '(#local\/|\.\/|\.\.\/local\/)article-files(\.ts)?'|import\('(#local\/|\.\/)article-files'\)/;
    for (const f of readers) expect(readFileSync(join(ROOT, f), 'utf8'), f).toMatch(importsReader);
  });
});
