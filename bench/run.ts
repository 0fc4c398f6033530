import '../local/quiet-warnings';
// `npm run bench`: prints figures (medians, ratios against a baseline measured in the same
// run). Not part of `npm test`. Each section can be run alone: npm run bench -- email
import { benchEmail } from './email';
import { benchPipeline } from './pipeline';
import { benchSend } from './send';
import { benchIngest } from './ingest';

const sections: Record<string, () => Promise<string[]>> = {
  pipeline: benchPipeline,
  email: benchEmail,
  send: benchSend,
  ingest: benchIngest,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const lines = await run();
  console.log(`\n${lines.join('\n')}`);
}
