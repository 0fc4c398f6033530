// Clocks: the system clock in Lambda; a settable one for replays and tests.
import type { Clock } from '#core/ports';

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock the local driver moves, so a replay of 2025 news runs "in" 2025. */
export class SettableClock implements Clock {
  constructor(private current: string) {}
  set(iso: string): void {
    this.current = iso;
  }
  now(): string {
    return this.current;
  }
}
