// Sending, pure parts: the outgoing message, its headers, and pacing. The ledger and SES
// calls are ports so the same logic runs against AWS, the local stand-ins and fault injectors.

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: { name: string; value: string }[];
  tags: Record<string, string>;
}

/**
 * What a failed send means. `throttled`: SES said slow down (back off, try again now).
 * `refused`: SES answered with an error, so it did not accept the message (safe to retry later).
 * `unknown`: no answer (timeout, connection lost): SES may have accepted it (never retried).
 */
export type SendFailure = 'throttled' | 'refused' | 'unknown';

/** Header values must be one line: CR, LF and other controls are removed, never passed on. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** SES tag values allow only letters, digits, _ - . @ (and at most 256 characters). */
export function tagSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9_.@-]/g, '_').slice(0, 256);
}

/** RFC 8058 one-click unsubscribe: an https URL and a mailto, plus the POST marker. */
export function unsubscribeHeaders(httpsUrl: string, mailto: string): { name: string; value: string }[] {
  if (!/^https?:\/\//.test(httpsUrl)) throw new Error('unsubscribe URL must be http(s)');
  return [
    { name: 'List-Unsubscribe', value: headerSafe(`<${httpsUrl}>, <${mailto}>`) },
    { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
  ];
}

/** Waits shorter than this are not slept: a timer cannot wait less (Node clamps it to 1 ms). */
const MIN_SLEEP_MS = 1;

/**
 * Spaces sends to at most `ratePerSecond`: each send takes the next slot of a schedule one
 * interval apart and waits for it. Callers are served one after another, and a slot is never
 * earlier than the moment it is taken, so a late timer never lets a burst through. A wait
 * shorter than a timer can sleep is not slept: at rates above 1000/s sends go out up to 1 ms
 * ahead of their slots (the long-run rate is still the limit), instead of one per timer tick.
 * `now` and `sleep` are injected so tests and the benchmark control time.
 */
export class Pacer {
  private next = Number.NEGATIVE_INFINITY;
  private chain: Promise<void> = Promise.resolve();
  constructor(
    private readonly ratePerSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  wait(): Promise<void> {
    const interval = 1000 / Math.max(this.ratePerSecond, 0.001);
    const turn = this.chain.then(async () => {
      const slot = Math.max(this.next, this.now());
      for (let ahead = slot - this.now(); ahead >= MIN_SLEEP_MS; ahead = slot - this.now()) await this.sleep(ahead);
      this.next = Math.max(slot, this.now()) + interval; // a late start pushes the schedule back: no catch-up burst
    });
    this.chain = turn;
    return turn;
  }
}

/** Exponential backoff with full jitter, capped; `attempt` starts at 1. */
export function backoffMs(attempt: number, baseMs = 100, capMs = 5000, random = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
