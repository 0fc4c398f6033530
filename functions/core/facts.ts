// Shapes of the seed fact base (seeds/facts, copied from shared/facts) and the gazetteer built from it.

export interface WithdrawalRule {
  article?: string;
  notice_months?: number | null;
  notice_to?: string[];
  conditions?: string;
  verified_against?: string | null;
}

export interface TreatyRecord {
  id: string;
  official_name: string;
  aliases: string[];
  depositary?: string;
  adopted?: string | null;
  entry_into_force?: string | null;
  withdrawal_rule?: WithdrawalRule;
  participation?: { file?: string } | null;
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

/** The whole fact base as plain data; loaders live outside core. */
export interface FactBase {
  treaties: TreatyRecord[];
  states: StateRecord[];
  /** treaty id → participation rows */
  participation: Record<string, ParticipationRow[]>;
}
