import '../local/quiet-warnings';
// `npm run bench`: prints figures (medians, ratios against a baseline measured in the same
// run). Not part of `npm test`. Each section can be run alone: npm run bench -- email
// A section's modules load only when it runs.
const sections: Record<string, () => Promise<string[]>> = {
  pipeline: async () => (await import('./pipeline')).benchPipeline(),
  email: async () => (await import('./email')).benchEmail(),
  send: async () => (await import('./send')).benchSend(),
  ingest: async () => (await import('./ingest')).benchIngest(),
  'ingest-http': async () => (await import('./ingest-http')).benchIngestHttp(),
  cli: async () => (await import('./cli')).benchCli(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in sections));
if (unknown.length > 0) {
  console.error(`unknown bench section(s): ${unknown.join(', ')}; sections: ${Object.keys(sections).join(', ')}`);
  process.exit(1);
}
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const lines = await run();
  console.log(`\n${lines.join('\n')}`);
}
