// Option parsers shared by the commands (kept free of heavy imports: `--help` loads this).
import { InvalidArgumentError } from 'commander';

export function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export const today = () => new Date().toISOString().slice(0, 10);
