// The edition contract (DESIGN.md §2 "Edition"): the shapes an edition is rendered from and rendered to.
// Core owns it; emails/ renders it and re-exports it from emails/index.ts.
import type { Action, Novelty, PartialDate } from '#core/model';
import type { NextStep, TreatyStepLine } from '#core/next-step';

/** One source of a development. Every field comes from an article or feed: untrusted. */
export interface AlertSource {
  title?: string;
  outlet?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  label: string;
}

/** A disagreement between a report and the store, shown under "Corrections and disputed facts". */
export interface AlertConflict {
  what: string;
  claimed: string;
  record: string;
  source: string;
}

/** One development (state × treaty), as an e-mail shows it. */
export interface AlertItem {
  /** A development (the default) or a reminder that an effective date arrived. */
  kind?: 'development' | 'reminder';
  stateCode: string;
  stateName: string;
  treatyId: string;
  /** Short name, e.g. "Ottawa Convention". */
  treatyName: string;
  /** false: the instrument is not in our records (outside the catalogue); novelty is judged on the news alone. */
  catalogued?: false;
  /** Every action the development covers, e.g. ['withdrawal_proposed', 'withdrawal_decreed']. */
  actions: Action[];
  date: PartialDate;
  novelty: Novelty;
  /** Plain text, e.g. "Ukraine decreed withdrawal from the Ottawa Convention". */
  headline: string;
  /** The sentence it came from (untrusted article text). */
  evidence: string;
  effectiveNote?: string;
  /** "What happens next" under the treaty's clause (worded in core/next-step.ts). */
  whatNext?: NextStep;
  /** "Also on this treaty": other states' recent steps, each linking to the treaty page. */
  alsoOnTreaty?: { treatyUrl: string; lines: TreatyStepLine[] };
  sources: AlertSource[];
  conflicts?: AlertConflict[];
}

export type EditionKind = 'instant' | 'daily' | 'weekly' | 'confirmation';

/** What one edition says, before rendering. */
export interface EditionContent {
  kind: EditionKind;
  editionId: string;
  /** ISO 8601. */
  generatedAt: string;
  /** Empty for a confirmation. */
  items: AlertItem[];
  /** CONFLICT developments, shown in a "Corrections and disputed facts" section. */
  corrections?: AlertItem[];
  /** Withdrawals taking effect (effective-date reminders), shown in their own section. */
  reminders?: AlertItem[];
  /** The edition's public web view ("View in browser"); none for a confirmation. */
  webUrl?: string;
}

/** A rendered edition with recipient placeholders still in it. */
export interface RenderedEdition {
  subject: string;
  html: string;
  text: string;
}

/** Per-recipient values substituted into a rendered edition. */
export interface RecipientTokens {
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** Required for confirmation e-mails. */
  confirmUrl?: string;
  /** "Why you got this", e.g. "You follow: Ottawa Convention; Ukraine". */
  reason: string;
}
