// The two command-line contracts outside tools rely on (DESIGN.md §6), run as a user runs them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['cli/bin.mjs', ...args], { cwd: process.cwd(), maxBuffer: 10 * 1024 * 1024 });

describe('treaty-watch command-line contracts', () => {
  it('extract --json prints one array with a file, a date and developments per article', async () => {
    const { stdout } = await cli('extract', '--json', 'seeds/articles/001_fcd2b6148358c861.txt', 'tests/fixtures/corpus/articles/02-norway-stays-in-mine-ban-treaty.txt');
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ file: 'seeds/articles/001_fcd2b6148358c861.txt', published: '2025-06-29' });
    expect(out[0].developments).toContainEqual(
      expect.objectContaining({ state: 'UKR', treaty: 'ottawa-convention', action: 'withdrawal_decreed', date: '2025-06-29', role: 'primary', evidence: expect.stringContaining('decree') }),
    );
    for (const d of out[0].developments) expect(Object.keys(d).sort()).toEqual(['action', 'date', 'evidence', 'role', 'state', 'treaty']);
    expect(out[1].developments).toEqual([]); // "no plans to leave" is not a development
  });

  it('replay --as-of --json gives exactly one alert for the five seed reports, with every source', async () => {
    const { stdout } = await cli('replay', '--as-of', '2025-06-29', '--json', 'seeds/articles');
    const out = JSON.parse(stdout);
    expect(out.articles).toBe(5);
    expect(out.alerts).toHaveLength(1);
    expect(out.alerts[0]).toMatchObject({ state: 'UKR', treaty: 'ottawa-convention', date: '2025-06-29', novelty: 'NEW' });
    expect(out.alerts[0].actions).toEqual(['withdrawal_proposed', 'withdrawal_decreed']);
    expect(out.alerts[0].sources).toHaveLength(5);
    expect(out.corroborations).toBeGreaterThanOrEqual(4);
    expect(out.conflicts).toContainEqual(expect.objectContaining({ state: 'UKR', action: 'joined', claimed: '1999', record: '2005-12-27' }));
  });

  it('rejects a malformed as-of date with a clear message and a non-zero exit', async () => {
    await expect(cli('replay', '--as-of', '29/06/2025', 'seeds/articles')).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/YYYY-MM-DD/) });
  });
});
