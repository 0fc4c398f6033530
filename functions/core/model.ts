// Domain vocabulary shared by every stage (DESIGN.md §2). Plain data only: no AWS, no I/O.

/** The ten actions, in process order (shared/corpus/README.md defines each). */
export const ACTIONS = [
  'signed',
  'joined',
  'withdrawal_proposed',
  'withdrawal_decreed',
  'withdrawal_approved',
  'withdrawal_enacted',
  'withdrawal_notified',
  'withdrawal_effective',
  'suspended',
  'ratification_revoked',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Stages of leaving a treaty, in the order a process normally runs. */
export const WITHDRAWAL_STAGES: readonly Action[] = [
  'withdrawal_proposed',
  'withdrawal_decreed',
  'withdrawal_approved',
  'withdrawal_enacted',
  'withdrawal_notified',
  'withdrawal_effective',
];

export type Role = 'primary' | 'background';

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the text gives no date. */
export type PartialDate = string | null;

/** One assertion extracted from one article (DESIGN.md §2). */
export interface Claim {
  state: string; // ISO 3166-1 alpha-3
  treaty: string; // id from seeds/facts/treaties.json
  action: Action;
  date: PartialDate;
  role: Role;
  evidence: string; // the sentence it came from
  /** Set (false) when the instrument is outside the catalogue: `treaty` is then a provisional id. */
  catalogued?: false;
  /** The instrument's name as the article gives it (instruments outside the catalogue). */
  treatyName?: string;
}

/** What the extractor returns for one article. */
export interface Extraction {
  /** Publication date used as the anchor for relative dates. */
  published: PartialDate;
  /** True when `published` was inferred from the text rather than given by a header or feed. */
  publishedInferred: boolean;
  /**
   * How firm an inferred date is: a dateline gives the day; otherwise the latest date the text
   * mentions is only a lower bound (the article appeared that day or later).
   */
  publishedBound?: 'exact' | 'lower';
  claims: Claim[];
}

/** An article as a source gave it: header fields are optional (DESIGN.md §6). */
export interface ArticleInput {
  text: string;
  title?: string;
  outlet?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  url?: string;
  /** Where it came from: a file path, a feed URL, "http", "s3://…". */
  source?: string;
}

export type Novelty = 'NEW' | 'ADVANCE' | 'CORROBORATION' | 'KNOWN' | 'CONFLICT';

/** Novelty classes that earn an instant alert (DESIGN.md §2 table). */
export const ALERTING: readonly Novelty[] = ['NEW', 'ADVANCE'];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** Position of an action in process order; used to tell an advance from a step back. */
export function actionRank(action: Action): number {
  return ACTIONS.indexOf(action);
}
