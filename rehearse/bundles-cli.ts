// `npm run rehearse:bundles`: the deployed bundles, run (rehearse/bundles.ts). Uses cdk.out when
// it is a bundled synth newer than the sources, else runs `npm run synth` first.
import '../local/quiet-warnings.ts';
import { ensureSynth } from './assembly.ts';
import { rehearseBundles } from './bundles.ts';

async function main(): Promise<number> {
  const synthSeconds = ensureSynth();
  if (synthSeconds) console.log(`synth: ${synthSeconds.toFixed(1)} s`);
  const report = await rehearseBundles({ log: console.log });
  console.log('\nfunctions (asset from cdk.out, template handler, own Node process, no repository node_modules):');
  for (const f of report.functions) {
    const init = `init ${f.initMs.toFixed(0).padStart(5)} ms`;
    const calls = `${String(f.invocations).padStart(4)} invocations, ${f.errors} errors`;
    const failed = f.initError ? `  INIT ERROR ${f.initError}` : '';
    console.log(`  ${f.name.padEnd(12)} ${f.handler} ${f.runtime}  ${init}  ${calls}${failed}`);
  }
  console.log('\ntriggers (one realistic event per trigger type in the template):');
  for (const c of report.triggers) {
    console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.fn.padEnd(12)} ${c.trigger.padEnd(11)} ${c.event}`);
    console.log(`         → ${c.answer}`);
  }
  const seeds = report.seeds;
  console.log(
    `\nseeds through the bundles: ${seeds.articles} articles → ${seeds.emails.length} e-mail(s)` +
      ` in ${(seeds.ms / 1000).toFixed(1)} s${seeds.deadLetters ? `, ${seeds.deadLetters} dead letter(s)` : ''}`,
  );
  for (const e of seeds.emails) console.log(`  to ${e.destination.to.join(', ')}: "${e.subject}"`);
  console.log(`\nbundle rehearsal: ${(report.ms / 1000).toFixed(1)} s (SDK: ${report.sdkPackages} packages)`);
  const failed =
    report.functions.some((f) => f.initError || f.errors > 0) ||
    report.triggers.some((c) => !c.ok) ||
    seeds.emails.length !== 1 ||
    seeds.deadLetters > 0;
  console.log(failed ? 'bundle rehearsal FAILED' : 'bundle rehearsal OK');
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
