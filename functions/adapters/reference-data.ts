// Treaty and state reference data for the functions that need names, schedules or the gazetteer
// (the participation tables are not: they live in the table as timelines). Data, not code: a
// deployed function reads it from facts/ beside its index.mjs (REFERENCE_FOLDER); run from the
// sources (CLI, tests, local driver) it reads seeds/facts. Read once, when the module loads.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_FOLDER } from './reference-files';
import type { Recognition, StateRecord, TreatyRecord } from '#core/facts';
import { scheduleWithdrawal, type ArmedConflict } from '#core/schedule';
import type { Names } from '#core/ports';
import { EU_PARTY } from '#core/extract/state-mentions';

const here = dirname(fileURLToPath(import.meta.url));
const besideBundle = join(here, REFERENCE_FOLDER);
const referenceDir = existsSync(join(besideBundle, 'treaties.json'))
  ? besideBundle
  : resolve(here, '../../seeds/facts');
const readReference = (file: string): unknown => JSON.parse(readFileSync(join(referenceDir, file), 'utf8'));

export const referenceTreaties = readReference('treaties.json') as TreatyRecord[];
export const referenceStates = (readReference('states.json') as { states: StateRecord[] }).states;

export function namesFrom(treatyList: TreatyRecord[], stateList: StateRecord[]): Names {
  const treatyNames = new Map(treatyList.map((t) => [t.id, t.aliases[0] ?? t.official_name]));
  // The European Union acts as a party but is no state record (the subscribe page lists states): named here.
  const stateNames = new Map([[EU_PARTY, 'European Union'], ...stateList.map((s) => [s.iso3, s.name] as const)]);
  return {
    state: (iso3) => stateNames.get(iso3) ?? iso3,
    treaty: (id) => treatyNames.get(id) ?? id,
  };
}

// Read by the tests and tools only (each function names through namesFrom): a pure call, so no bundle builds it at load.
export const referenceNames: Names = /* @__PURE__ */ namesFrom(referenceTreaties, referenceStates);

export const referenceConflicts = (readReference('armed-conflicts.json') as { conflicts: ArmedConflict[] }).conflicts;

/** Names the records omit, for the gazetteer (validated with the rest of seeds/facts by the tests' loadFactBase). */
export const referenceRecognition = readReference('recognition.json') as Recognition;

/** The reference data a function reads: bundled on Lambda; the local driver passes its fact base's. */
export interface ReferenceData {
  treaties: TreatyRecord[];
  states: StateRecord[];
  conflicts: ArmedConflict[];
  recognition: Recognition;
}

export const bundledReference: ReferenceData = {
  treaties: referenceTreaties,
  states: referenceStates,
  conflicts: referenceConflicts,
  recognition: referenceRecognition,
};

/** Effective-date schedules from the treaties' withdrawal rules and the armed-conflict list. */
export function schedulerFrom(treatyList: TreatyRecord[], conflicts: ArmedConflict[]) {
  const byId = new Map(treatyList.map((t) => [t.id, t]));
  return (state: string, treaty: string, notified: string) => {
    const record = byId.get(treaty);
    return record ? scheduleWithdrawal(record, state, notified, conflicts) : null;
  };
}
