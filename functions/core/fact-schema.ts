// Validation of the fact base files (seeds/facts): a malformed record is named with its file
// and field instead of surfacing later as a wrong alert. Plain data in, plain data out.
import { z } from 'zod';
import {
  EFFECT_RULES,
  THEMES,
  type FactBase,
  type ParticipationRow,
  type Recognition,
  type StateRecord,
  type TreatyRecord,
} from './facts';
import { EU_PARTY } from './extract/state-mentions';

const day = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');
const months = z.number().int().positive();

const withdrawalRule = z.looseObject({
  article: z.string().nullable().optional(),
  notice_months: months.nullable().optional(),
  notice_days: months.nullable().optional(),
  effect_rule: z.enum(EFFECT_RULES).optional(),
  period_start: day.optional(),
  period_years: months.optional(),
  min_notice_months: months.optional(),
  conditions: z.string().optional(),
  verified_against: z.string().nullable().optional(),
});

export const treatySchema = z
  .looseObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    official_name: z.string().min(3),
    aliases: z.array(z.string().min(2)),
    theme: z.enum(THEMES),
    source: z.url().optional(),
    source_urls: z.array(z.string().min(1)).optional(),
    adopted: day.nullable().optional(),
    entry_into_force: day.nullable().optional(),
    withdrawal_rule: withdrawalRule.optional(),
    participation: z
      .looseObject({ file: z.string().nullable().optional(), partial: z.boolean().nullable().optional() })
      .nullable()
      .optional(),
  })
  .refine((t) => !!t.source || (t.source_urls?.length ?? 0) > 0, {
    message: 'each treaty needs a source',
    path: ['source'],
  });

export const participationRowSchema = z.looseObject({
  state: z.string().min(2),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  signature: day.nullable(),
  consent: day.nullable(),
  withdrawal_notified: day.nullable(),
  withdrawal_effective: day.nullable(),
  source_url: z.string().min(1).optional(),
});

const iso = z.string().regex(/^[A-Z]{3}$/);
const stateSchema = z.looseObject({
  name: z.string().min(2),
  iso2: z.string().length(2),
  iso3: iso,
});

// recognition.json: rows are short tuples, patterns must compile (they are compiled once, with the gazetteer).
const pattern = z.string().refine((p) => {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');
const rows = <T extends z.ZodType>(row: T) => z.looseObject({ rows: z.array(row) });
const namesById = z.looseObject({ names: z.record(z.string(), z.array(z.string().min(2))) });
const recognitionSchema = z.looseObject({
  institutions: rows(z.tuple([z.string().min(2), iso, z.boolean()])),
  state_names: rows(z.tuple([z.string().min(2), iso])),
  state_groups: rows(z.tuple([pattern, z.array(iso).min(2)])),
  treaty_patterns: rows(z.tuple([pattern, z.string().min(1), z.string().min(1)])),
  case_sensitive_treaty_names: rows(z.tuple([z.string().min(2), z.string().min(1)])),
  treaty_names: namesById,
  organisation_names: namesById,
  leaders: rows(z.tuple([z.string().min(2), iso])),
});

export class FactBaseError extends Error {}

function parse<T>(schema: z.ZodType, value: unknown, where: string): T {
  const out = schema.safeParse(value);
  if (!out.success) {
    const issue = out.error.issues[0];
    throw new FactBaseError(`${where}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
  }
  return out.data as T;
}

/**
 * Checks the raw files and their cross-references: unique treaty ids, a participation file
 * only for a catalogued treaty, every row's state known to states.json.
 */
export function validateFactBase(raw: {
  treaties: unknown;
  states: unknown;
  participation: Record<string, unknown>;
  recognition: unknown;
}): FactBase {
  if (!Array.isArray(raw.treaties)) throw new FactBaseError('treaties.json: expected an array of treaty records');
  if (!Array.isArray(raw.states)) throw new FactBaseError('states.json: expected { "states": [...] }');
  const treaties = raw.treaties.map((t, i) =>
    parse<TreatyRecord>(treatySchema, t, `treaties.json[${i}] (${(t as { id?: string })?.id ?? '?'})`),
  );
  const states = raw.states.map((s, i) => parse<StateRecord>(stateSchema, s, `states.json[${i}]`));
  const ids = new Set<string>();
  for (const t of treaties) {
    if (ids.has(t.id)) throw new FactBaseError(`treaties.json: treaty id "${t.id}" appears twice`);
    ids.add(t.id);
  }
  const iso3 = new Set(states.map((s) => s.iso3));
  const participation: Record<string, ParticipationRow[]> = {};
  for (const [treaty, rows] of Object.entries(raw.participation)) {
    const where = `participation/${treaty}.json`;
    if (!ids.has(treaty)) throw new FactBaseError(`${where}: no treaty "${treaty}" in treaties.json`);
    if (!Array.isArray(rows)) throw new FactBaseError(`${where}: expected an array of rows`);
    participation[treaty] = rows.map((r, i) => {
      const row = parse<ParticipationRow>(participationRowSchema, r, `${where}[${i}]`);
      if (row.iso3 && !iso3.has(row.iso3))
        throw new FactBaseError(`${where}[${i}]: iso3 "${row.iso3}" is not in states.json`);
      return row;
    });
  }
  const recognition = parse<Recognition>(recognitionSchema, raw.recognition, 'recognition.json');
  // Every state a name stands for is a state record, or the European Union as a party.
  const named = [
    ...recognition.institutions.rows.map(([name, state]) => ['institutions', name, state]),
    ...recognition.state_names.rows.map(([name, state]) => ['state_names', name, state]),
    ...recognition.state_groups.rows.flatMap(([name, members]) => members.map((m) => ['state_groups', name, m])),
    ...recognition.leaders.rows.map(([name, state]) => ['leaders', name, state]),
  ];
  for (const [table, name, state] of named)
    if (state !== EU_PARTY && !iso3.has(state))
      throw new FactBaseError(
        `recognition.json: ${table}: "${name}" stands for "${state}", which is not in states.json`,
      );
  return { treaties, states, participation, recognition };
}
