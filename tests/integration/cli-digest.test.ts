// `treaty-watch digest`, run as a user runs it: the digest a schedule would have produced on a
// day, from the seed articles replayed, sent to the local SES inbox.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['cli/bin.mjs', ...args], { cwd: process.cwd(), maxBuffer: 10 * 1024 * 1024 });

describe('treaty-watch digest', () => {
  it('--daily --as-of 2025-06-30 --send: one daily digest in the local inbox, with the alert, what happens next and ' +
    'the correction', async () => {
    const { stdout } = await cli('digest', '--daily', '--as-of', '2025-06-30', '--send', '--json', 'seeds/articles');
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      kind: 'daily',
      asOf: '2025-06-30',
      days: ['2025-06-29'],
      factsBefore: '2025-06-29',
      alerts: 1,
      corrections: 1,
      reminders: 0,
    });
    expect(out.emails).toHaveLength(1);
    expect(out.emails[0]).toMatchObject({
      to: 'daily.subscriber@treaty-watch.local',
      subject: expect.stringMatching(/^Daily digest — Ukraine: withdrawal decreed/),
    });
    expect(out.editions).toHaveLength(1);
    const text = out.editions[0].text.replace(/\s+/g, ' ');
    expect(text).toContain('What happens next');
    expect(text).toContain('notice of withdrawal to the UN Secretary-General');
    expect(text).toContain('not before the end of an armed conflict the state is engaged in, art. 20(3)');
    expect(text).toContain('Corrections and disputed facts');
    expect(text).toMatch(/Also on this treaty.*Estonia — withdrawal notified to the depositary, 27 June 2025/);
    expect(text).toContain('Finland — withdrawal approved by parliament, 19 June 2025');
    expect(text).not.toMatch(/%%TW_/);
  }, 120_000);

  it('--weekly on the week the Baltic withdrawals take effect: three reminders, computed from art. 20', async () => {
    const { stdout } = await cli('digest', '--weekly', '--as-of', '2025-12-29', '--json', 'seeds/articles');
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ kind: 'weekly', alerts: 0, reminders: 3, emails: [] });
    expect(out.editions[0].subject).toBe(
      'Weekly digest — 3 withdrawals take effect: Estonia (Ottawa Convention), Latvia (Ottawa Convention), ' +
        'Lithuania (Ottawa Convention)',
    );
  }, 120_000);

  it('asks for --daily or --weekly', async () => {
    await expect(cli('digest', '--as-of', '2025-06-30', 'seeds/articles')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--daily or --weekly/),
    });
  });
});
