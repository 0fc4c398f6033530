import { join } from 'node:path';
import { buildGazetteer } from '#core/extract/index';
import { readSesStore } from '#local/emulators';
import { expandPaths, readArticleFile } from '#local/article-files';
import { LocalPipeline } from '#local/pipeline';
import { feedInOrder, orderByPublication } from '#local/replay';
const p = await LocalPipeline.start({ withSes: true });
try {
  const inputs = expandPaths([join(process.cwd(), 'seeds', 'articles')]).map((f) => readArticleFile(f));
  const ordered = orderByPublication(inputs, buildGazetteer(p.facts));
  await p.loadFacts('2025-06-29');
  await p.addSubscriber('demo@x.local');
  await feedInOrder(p, ordered, '2025-06-29');
  for (const e of await readSesStore(p.ses!.endpoint)) console.log(e.subject, '\n', (e as any).body?.text ?? JSON.stringify(e).slice(0, 3000));
} finally { await p.stop(); }
