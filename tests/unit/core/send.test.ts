import { describe, expect, it } from 'vitest';
import { headerSafe, Pacer, tagSafe, unsubscribeHeaders } from '#core/email-sending';

describe('sending', () => {
  it('builds RFC 8058 one-click unsubscribe headers with an https URL and a mailto', () => {
    const h = unsubscribeHeaders('https://tw.example/unsubscribe?token=abc', 'mailto:u@tw.example?subject=unsubscribe');
    expect(h).toEqual([
      {
        name: 'List-Unsubscribe',
        value: '<https://tw.example/unsubscribe?token=abc>, <mailto:u@tw.example?subject=unsubscribe>',
      },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ]);
  });

  it('removes CR and LF from header values so nothing can inject a header', () => {
    expect(headerSafe('a\r\nBcc: victim@example.com')).toBe('a Bcc: victim@example.com');
    const [h] = unsubscribeHeaders('https://x.example/u?t=1\r\nX-Evil: 1', 'mailto:a@b');
    expect(h.value).not.toMatch(/[\r\n]/);
  });

  it('keeps SES tag values to the allowed characters', () => {
    expect(tagSafe('instant-UKR-ottawa convention/1')).toBe('instant-UKR-ottawa_convention_1');
  });

  it('paces sends to the allowed rate', async () => {
    let t = 0;
    const slept: number[] = [];
    const pacer = new Pacer(
      4,
      () => t,
      async (ms) => {
        slept.push(ms);
        t += ms;
      },
    );
    for (let i = 0; i < 5; i++) await pacer.wait();
    expect(t).toBe(1000); // 5 sends at 4/s: the 5th goes out one second after the first
    expect(slept).toEqual([250, 250, 250, 250]);
  });

  // Sleeps as Node's timers do: never less than 1 ms, sometimes later than asked.
  const clock = (late = (_call: number) => 0) => {
    const c = { t: 0, calls: 0, starts: [] as number[] };
    return Object.assign(c, {
      now: () => c.t,
      sleep: async (ms: number) => {
        c.t += Math.max(1, ms) + late(c.calls++);
      },
    });
  };

  it('above 1000/s the rate is the limit, not one send per timer tick', async () => {
    const c = clock();
    const pacer = new Pacer(100_000, c.now, c.sleep);
    for (let i = 0; i < 1000; i++) await pacer.wait();
    // 1000 sends at 100,000/s take 10 ms; one 1 ms timer per send would take a second.
    expect(c.t).toBeGreaterThanOrEqual(9);
    expect(c.t).toBeLessThan(12);
  });

  it('a late timer does not let the next sends catch up in a burst', async () => {
    const c = clock((call) => (call === 0 ? 300 : 0)); // the first sleep ends 300 ms late
    const pacer = new Pacer(10, c.now, c.sleep);
    for (let i = 0; i < 4; i++) {
      await pacer.wait();
      c.starts.push(c.t);
    }
    expect(c.starts).toEqual([0, 400, 500, 600]);
  });
});
