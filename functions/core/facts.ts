// Shapes of the seed fact base (seeds/facts: shared/facts + facts-extended + the catalogue round).

/** Subscription themes; every treaty record has one. */
export const THEMES = [
  'arms-control',
  'international-justice',
  'human-rights',
  'climate-environment',
  'trade-investment',
  'international-organisations',
  'regional',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How a notice turns into an effective date (schedule.ts). Absent = `notice-period`: the
 * notice period in months or days after receipt.
 */
export const EFFECT_RULES = [
  'notice-period', // notice_months / notice_days after receipt
  'day-after-period', // "upon the expiry of" the period: the day after (ECT art. 47, ICSID art. 71)
  'first-of-month-after-notice', // Council of Europe conventions: first day of the month after the period
  'end-of-following-year', // UNESCO art. II(6): 31 December of the year after the notice
  'end-of-financial-year', // Council of Europe Statute art. 7
  'start-of-next-year', // OPEC Statute art. 8: 1 January after the notice
  'end-of-june', // ICRW art. XI: 30 June, notice by 1 January
  'fixed-periods', // Hague 1980 art. 44: end of the running five-year period
  'none', // no withdrawal clause: nothing is computed
] as const;
export type EffectRule = (typeof EFFECT_RULES)[number];

export interface WithdrawalRule {
  article?: string | null;
  notice_months?: number | null;
  notice_days?: number | null;
  effect_rule?: EffectRule;
  /** fixed-periods: the first period's start and the period length; the least notice before its end. */
  period_start?: string;
  period_years?: number;
  min_notice_months?: number;
  /** The notice period is a reservation of these states only (the WHO Constitution has no clause). */
  notice_applies_to?: string[];
  notice_to?: string[];
  conditions?: string;
  special_rule?: string;
  verified_against?: string | null;
}

export interface TreatyRecord {
  id: string;
  official_name: string;
  aliases: string[];
  theme: Theme;
  /** Where the record comes from (depositary or official page); `source_urls` lists every one used. */
  source?: string;
  source_urls?: string[];
  depositary?: string;
  adopted?: string | null;
  entry_into_force?: string | null;
  withdrawal_rule?: WithdrawalRule;
  /** `partial`: the file lists only states with notable actions and says nothing about the others. */
  participation?: { file?: string | null; partial?: boolean | null } | null;
}

export interface StateRecord {
  name: string;
  iso2: string;
  iso3: string;
  un_status?: string;
  official_name?: string;
  aliases?: string[];
  demonyms?: string[];
  capital?: string[] | string | null;
  capital_aliases?: string[];
  /** UN M49 region (Africa, Americas, Asia, Europe, Oceania) and sub-region: the subscribe form's groups. */
  region?: string;
  subregion?: string;
}

/** One row of participation/<treaty>.json. */
export interface ParticipationRow {
  state: string;
  iso3: string | null;
  signature: string | null;
  consent: string | null;
  consent_type?: string | null;
  withdrawal_notified: string | null;
  withdrawal_effective: string | null;
  source_url?: string;
  notes?: string;
}

/** A table of recognition.json: rows (or names by treaty id) with a note on what they mean. */
interface NamesTable<Row> {
  rows: Row[];
}

/**
 * recognition.json: names in news copy that the treaty and state records omit (legislatures, short names, groups,
 * descriptive treaty forms, bodies standing for their instrument, heads of state and government). Data the gazetteer
 * compiles, kept beside the records so that it ships as reference data rather than in the code bundle.
 */
export interface Recognition {
  /** [name, iso3, a legislature] */
  institutions: NamesTable<[string, string, boolean]>;
  /** [name, iso3] */
  state_names: NamesTable<[string, string]>;
  /** [pattern source (case-sensitive), member iso3s] */
  state_groups: NamesTable<[string, string[]]>;
  /** [pattern source (case-insensitive), treaty id, gate word] */
  treaty_patterns: NamesTable<[string, string, string]>;
  /** [acronym read in capitals only, treaty id] */
  case_sensitive_treaty_names: NamesTable<[string, string]>;
  /** treaty id → names a body standing for the instrument goes by */
  treaty_names: { names: Record<string, string[]> };
  /** treaty id → organisation names read only as what a state joins or leaves */
  organisation_names: { names: Record<string, string[]> };
  /** [surname or name after a title, iso3] */
  leaders: NamesTable<[string, string]>;
}

/** The whole fact base as plain data; loaders live outside core. */
export interface FactBase {
  treaties: TreatyRecord[];
  states: StateRecord[];
  /** treaty id → participation rows */
  participation: Record<string, ParticipationRow[]>;
  recognition: Recognition;
}

/** True when the treaty's participation file lists only some states (absence there means nothing). */
export function isPartialRecord(treaty: TreatyRecord | undefined): boolean {
  return treaty?.participation?.partial === true;
}
