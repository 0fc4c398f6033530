// The two command-line contracts outside tools rely on (DESIGN.md §6), run as a user runs them.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['cli/bin.mjs', ...args], { cwd: process.cwd(), maxBuffer: 10 * 1024 * 1024 });

/** Starts a serving command and resolves with the URL of its "Listening on" line. */
function serve(args: string[], children: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, ['cli/bin.mjs', ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const url = /^Listening on (http:\/\/127\.0\.0\.1:\d+)/m.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${out}${err}`)));
  });
}

describe('treaty-watch command-line contracts', () => {
  it('extract --json prints one array with a file, a date and developments per article', async () => {
    const { stdout } = await cli(
      'extract',
      '--json',
      'seeds/articles/001_fcd2b6148358c861.txt',
      'tests/fixtures/corpus/articles/02-norway-stays-in-mine-ban-treaty.txt',
    );
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ file: 'seeds/articles/001_fcd2b6148358c861.txt', published: '2025-06-29' });
    expect(out[0].developments).toContainEqual(
      expect.objectContaining({
        state: 'UKR',
        treaty: 'ottawa-convention',
        action: 'withdrawal_decreed',
        date: '2025-06-29',
        role: 'primary',
        evidence: expect.stringContaining('decree'),
      }),
    );
    for (const d of out[0].developments)
      expect(Object.keys(d).sort()).toEqual(['action', 'date', 'evidence', 'role', 'state', 'treaty']);
    expect(out[1].developments).toEqual([]); // "no plans to leave" is not a development
  });

  it('replay --as-of --json gives exactly one alert for the five seed reports, with every source', async () => {
    const { stdout } = await cli('replay', '--as-of', '2025-06-29', '--json', 'seeds/articles');
    const out = JSON.parse(stdout);
    expect(out.articles).toBe(5);
    expect(out.alerts).toHaveLength(1);
    expect(out.alerts[0]).toMatchObject({
      state: 'UKR',
      treaty: 'ottawa-convention',
      date: '2025-06-29',
      novelty: 'NEW',
    });
    expect(out.alerts[0].actions).toEqual(['withdrawal_proposed', 'withdrawal_decreed']);
    expect(out.alerts[0].sources).toHaveLength(5);
    expect(out.corroborations).toBeGreaterThanOrEqual(4);
    expect(out.conflicts).toContainEqual(
      expect.objectContaining({ state: 'UKR', action: 'joined', claimed: '1999', record: '2005-12-27' }),
    );
  });

  it('rejects a malformed as-of date with a clear message and a non-zero exit', async () => {
    await expect(cli('replay', '--as-of', '29/06/2025', 'seeds/articles')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/YYYY-MM-DD/),
    });
  });
});

describe('treaty-watch as a newcomer meets it (issue 10)', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGINT');
  });

  it('--version prints the package version; --help lists the commands', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect((await cli('--version')).stdout.trim()).toBe(version);
    const help = (await cli('--help')).stdout;
    for (const command of ['extract', 'replay', 'eval', 'facts', 'ingest', 'poll', 'serve-ingest', 'serve-feeds'])
      expect(help).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('npm start -- --help prints the options and runs nothing', async () => {
    const { stdout } = await run(process.execPath, ['local/start.mjs', '--help'], { cwd: process.cwd() });
    expect(stdout).toMatch(/^Usage: npm start -- \[options\]/);
    expect(stdout).toMatch(/--json/);
    expect(stdout).toMatch(/--serve/);
    expect(stdout).not.toMatch(/Articles ingested/);
    // The description is one paragraph that commander wraps: no line of it breaks short mid-sentence.
    const description = stdout.split('\n\n')[1].split('\n');
    for (const line of description.slice(0, -1)) expect(line.length).toBeGreaterThan(60);
    await expect(run(process.execPath, ['local/start.mjs', '--jsn'], { cwd: process.cwd() })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/unknown option '--jsn'/),
    });
  });

  it('ingest --json gives alerts as objects, as replay does; the text output counts in good English', async () => {
    const { stdout } = await cli('ingest', '--json', '--as-of', '2025-06-29', 'seeds/articles');
    const out = JSON.parse(stdout);
    expect(out.articles).toMatchObject({ stored: 5 });
    expect(out.alerts).toHaveLength(1);
    expect(Object.keys(out.alerts[0]).sort()).toEqual(['actions', 'date', 'novelty', 'sources', 'state', 'treaty']);
    expect(out.alerts[0]).toMatchObject({
      state: 'UKR',
      treaty: 'ottawa-convention',
      novelty: 'NEW',
      actions: ['withdrawal_proposed', 'withdrawal_decreed'],
    });
    expect(out.alerts[0].sources).toHaveLength(5);
    const text = (await cli('ingest', '--as-of', '2025-06-29', 'seeds/articles/001_fcd2b6148358c861.txt')).stdout;
    expect(text).toMatch(/^Articles: 1 stored, 0 duplicates,/m);
    expect(text).toMatch(/ 1 source$/m);
    expect(text).not.toMatch(/\b1 (sources|conflicts|duplicates|articles)\b|\(s\)/);
  }, 180_000);

  it('serve-ingest says it listens only once it does: a POST right after the line is answered', async () => {
    const url = await serve(['serve-ingest', '--port', '0', '--api-key', 'k', '--as-of', '2025-06-29'], children);
    const story = readFileSync('seeds/articles/001_fcd2b6148358c861.txt', 'utf8');
    const res = await fetch(`${url}/articles`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [{ text: story }, { text: '…' }] }),
    });
    expect(res.status).toBe(207);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as { results: { status: string; reason?: string }[] };
    expect(body.results.map((r) => r.status)).toEqual(['stored', 'rejected']);
    expect(body.results[1].reason).toMatch(/^not an article/);
    expect((await fetch(`${url}/`)).status).toBe(404);
  }, 120_000);

  it('serve-feeds says it listens once it does; poll numbers the feed items from 1', async () => {
    const url = await serve(['serve-feeds', '--port', '0'], children);
    const { stdout } = await cli('poll', '--as-of', '2025-06-29', `${url}/rss.xml`);
    expect(stdout).toMatch(/^Poll 1:$/m);
    // The third item repeats the first one's link.
    expect(stdout).toMatch(/dropped +item 3: repeats item 1 \(the same canonical link\)/);
    expect(stdout).not.toMatch(/item 0\b|\(s\)/);
  }, 120_000);
});
