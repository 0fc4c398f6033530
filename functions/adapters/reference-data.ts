// Treaty and state reference data, bundled into the functions that need names or the
// gazetteer (the participation tables are not: they live in the table as timelines).
import treaties from '../../seeds/facts/treaties.json' with { type: 'json' };
import statesFile from '../../seeds/facts/states.json' with { type: 'json' };
import conflictsFile from '../../seeds/facts/armed-conflicts.json' with { type: 'json' };
import type { StateRecord, TreatyRecord } from '#core/facts';
import { scheduleWithdrawal, type ArmedConflict } from '#core/schedule';
import type { Names } from '#core/ports';

export const referenceTreaties = treaties as unknown as TreatyRecord[];
export const referenceStates = (statesFile as unknown as { states: StateRecord[] }).states;

export function namesFrom(treatyList: TreatyRecord[], stateList: StateRecord[]): Names {
  const treatyNames = new Map(treatyList.map((t) => [t.id, t.aliases[0] ?? t.official_name]));
  const stateNames = new Map(stateList.map((s) => [s.iso3, s.name]));
  return {
    state: (iso3) => stateNames.get(iso3) ?? iso3,
    treaty: (id) => treatyNames.get(id) ?? id,
  };
}

export const referenceNames: Names = namesFrom(referenceTreaties, referenceStates);

export const referenceConflicts = (conflictsFile as { conflicts: ArmedConflict[] }).conflicts;

/** The reference data a function reads: bundled on Lambda; the local driver passes its fact base's. */
export interface ReferenceData {
  treaties: TreatyRecord[];
  states: StateRecord[];
  conflicts: ArmedConflict[];
}

export const bundledReference: ReferenceData = {
  treaties: referenceTreaties,
  states: referenceStates,
  conflicts: referenceConflicts,
};

/** Effective-date schedules from the treaties' withdrawal rules and the armed-conflict list. */
export function schedulerFrom(treatyList: TreatyRecord[], conflicts: ArmedConflict[]) {
  const byId = new Map(treatyList.map((t) => [t.id, t]));
  return (state: string, treaty: string, notified: string) => {
    const record = byId.get(treaty);
    return record ? scheduleWithdrawal(record, state, notified, conflicts) : null;
  };
}
