// Reads the seed fact base (seeds/facts: treaties, states, participation tables, recognition) from disk and
// validates it, for the CLI, the local driver and the tests. Lambda bundles use reference-data.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactBase } from '#core/facts';
import { FactBaseError, validateFactBase } from '#core/fact-schema';

export const DEFAULT_FACTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds/facts');

export function loadFactBase(dir = DEFAULT_FACTS_DIR): FactBase {
  const read = (path: string) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new FactBaseError(`${path}: ${(e as Error).message}`);
    }
  };
  const participation: Record<string, unknown> = {};
  for (const file of readdirSync(join(dir, 'participation'))) {
    if (!file.endsWith('.json')) continue;
    participation[file.replace(/\.json$/, '')] = read(join(dir, 'participation', file));
  }
  return validateFactBase({
    treaties: read(join(dir, 'treaties.json')),
    states: read(join(dir, 'states.json'))?.states,
    participation,
    recognition: read(join(dir, 'recognition.json')),
  });
}
