// Reads the seed fact base (seeds/facts: treaties, states, participation tables) from disk,
// for the CLI, the local driver and the tests. Lambda bundles use reference-data.ts instead.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactBase, ParticipationRow, StateRecord, TreatyRecord } from '#core/facts';

export const DEFAULT_FACTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds/facts');

export function loadFactBase(dir = DEFAULT_FACTS_DIR): FactBase {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  const treaties = read(join(dir, 'treaties.json')) as TreatyRecord[];
  const states = (read(join(dir, 'states.json')) as { states: StateRecord[] }).states;
  const participation: Record<string, ParticipationRow[]> = {};
  for (const file of readdirSync(join(dir, 'participation'))) {
    if (!file.endsWith('.json')) continue;
    participation[file.replace(/\.json$/, '')] = read(join(dir, 'participation', file)) as ParticipationRow[];
  }
  return { treaties, states, participation };
}
