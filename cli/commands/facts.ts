// `treaty-watch facts STATE TREATY`: the store's timeline for one state × treaty — every stage
// with its date and sources, the withdrawal schedule, conflicts and alerts.
// By default it builds a local store (seed facts as of a day, optionally articles replayed);
// with --table it reads a running table (AWS, or AWS_ENDPOINT_URL_DYNAMODB for a local one).
import type { Command } from 'commander';
import { isPartialRecord, type FactBase, type TreatyRecord } from '#core/facts';
import { noScheduleReason } from '#core/schedule';
import { isProvisionalTreaty, provisionalTreatyId } from '#core/provisional';
import type { Timeline } from '#core/timeline';
import { actionLabel, humanDate } from '#core/wording';
import { count } from '#local/plural';

/** Accepts ISO codes, names and aliases: "UKR", "Ukraine"; "ottawa-convention", "Mine Ban Treaty". */
export function resolvePair(facts: FactBase, state: string, treaty: string): { state: string; treaty: string } {
  const s = state.trim().toLowerCase();
  const t = treaty.trim().toLowerCase();
  const st = facts.states.find(
    (x) =>
      x.iso3.toLowerCase() === s ||
      x.iso2.toLowerCase() === s ||
      x.name.toLowerCase() === s ||
      (x.aliases ?? []).some((a) => a.toLowerCase() === s),
  );
  const tr = facts.treaties.find(
    (x) => x.id === t || x.official_name.toLowerCase() === t || x.aliases.some((a) => a.toLowerCase() === t),
  );
  if (!st) throw new Error(`unknown state "${state}" (use an ISO code or a name)`);
  if (!st) throw new Error(`unknown state "${state}" (use an ISO code or a name)`);
  // Outside the catalogue: a provisional id, or a name that gives one ("Treaty of Rome"), read from the news alone.
  if (
    !tr &&
    (isProvisionalTreaty(t) || /\b(?:convention|treaty|agreement|protocol|accord|charter|statute|pact)\b/i.test(treaty))
  ) {
    return { state: st.iso3, treaty: isProvisionalTreaty(t) ? t : provisionalTreatyId(treaty) };
  }
  if (!tr) throw new Error(`unknown treaty "${treaty}" (ids: ${facts.treaties.map((x) => x.id).join(', ')})`);
  return { state: st.iso3, treaty: tr.id };
}

export function formatTimeline(t: Timeline | undefined, state: string, treaty: string, record?: TreatyRecord): string {
  const outside = isProvisionalTreaty(treaty)
    ? ' (not in our records: an instrument outside the catalogue, tracked from the news alone)'
    : '';
  if (!t) {
    // A partial participation file lists only states with notable actions: absence there says nothing.
    const partial = isPartialRecord(record)
      ? ' (the participation record for this treaty is partial: it says nothing about states it does not list)'
      : '';
    return `${state} × ${treaty}${outside}: nothing on record${partial}.`;
  }
  const lines = [`${state} × ${treaty}${outside}`];
  const stages = [...t.stages].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  for (const s of stages) {
    lines.push(
      `  ${humanDate(s.date).padEnd(18)} ${actionLabel(s.action).padEnd(40)} ${s.origin === 'record' ? 'record' : `${s.novelty.toLowerCase()}${s.backfill ? ', stored quietly' : ''}${s.alertId ? ', alerted' : ''}`}`,
    );
    for (const src of s.sources)
      lines.push(
        `      source: ${src.label}${src.mirrors?.length ? ` (+${count(src.mirrors.length, 'mirror')})` : ''}`,
      );
  }
  if (t.schedule) {
    lines.push(
      `  schedule: notified ${humanDate(t.schedule.notified)} → effective ${humanDate(t.schedule.effective)} (${t.schedule.rule})${t.schedule.deferred ? `; ${t.schedule.deferred}` : ''}`,
    );
  } else if (record && t.stages.some((s) => s.action === 'withdrawal_notified')) {
    lines.push(`  schedule: none computed — ${noScheduleReason(record, state) ?? 'the notification has no full date'}`);
  }
  for (const c of t.conflicts)
    lines.push(
      `  CONFLICT ${actionLabel(c.action)}: ${c.source.label} says ${humanDate(c.claimed)}, ${c.recordOrigin} says ${c.record ?? 'undated'}`,
    );
  for (const a of t.alerts)
    lines.push(`  alert ${a.alertId}: ${a.actions.map(actionLabel).join(' + ')} (${humanDate(a.date)}), ${a.novelty}`);
  return lines.join('\n');
}

export function registerFacts(program: Command): void {
  program
    .command('facts')
    .description('print the timeline the store holds for one state and treaty')
    .argument('<state>', 'ISO code or name, e.g. UKR or Ukraine')
    .argument('<treaty>', 'treaty id or name, e.g. ottawa-convention or "Mine Ban Treaty"')
    .option('--as-of <YYYY-MM-DD>', 'local store: load the seed facts on the record before this day (default: today)')
    .option('--articles <paths...>', 'local store: replay these article files or folders first')
    .option('--table <name>', 'read this DynamoDB table instead of building a local store')
    .option('--json', 'print the timeline as JSON')
    .action(
      async (
        stateArg: string,
        treatyArg: string,
        opts: { asOf?: string; articles?: string[]; table?: string; json?: boolean },
      ) => {
        const { loadFactBase } = await import('#adapters/fact-files');
        const facts = loadFactBase();
        const { state, treaty } = resolvePair(facts, stateArg, treatyArg);
        let timeline: Timeline | undefined;
        if (opts.table) {
          const { makeStores } = await import('#adapters/stores');
          timeline = await makeStores(opts.table).timelines.get(state, treaty);
        } else {
          const [{ LocalPipeline }, { readArticleFiles }, { feedInOrder, orderByPublication }, { buildGazetteer }] =
            await Promise.all([
              import('#local/pipeline'),
              import('#local/article-files'),
              import('#local/replay'),
              import('#core/extract/index'),
            ]);
          const pipeline = await LocalPipeline.start({ facts });
          try {
            const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
            await pipeline.loadFacts(asOf);
            if (opts.articles?.length) {
              const inputs = readArticleFiles(opts.articles);
              await feedInOrder(pipeline, orderByPublication(inputs, buildGazetteer(facts)), asOf);
            }
            timeline = await pipeline.stores.timelines.get(state, treaty);
          } finally {
            await pipeline.stop();
          }
        }
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(timeline ?? null, null, 2)}\n`
            : `${formatTimeline(
                timeline,
                state,
                treaty,
                facts.treaties.find((x) => x.id === treaty),
              )}\n`,
        );
      },
    );
}
