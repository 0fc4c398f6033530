// `npm run bench`: prints figures (medians, ratios against a baseline measured in the same
// run). Not part of `npm test`. Each section can be run alone: npm run bench -- email
import { benchEmail } from './email';

const sections: Record<string, () => Promise<string[]>> = {
  email: benchEmail,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const lines = await run();
  console.log(`\n${lines.join('\n')}`);
}
