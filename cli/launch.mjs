// Runs an entry point of the command line or the local driver: the JavaScript build in
// dist/cli/ (made by `npm ci` through the `prepare` script, or `npm run build`) when it is
// newer than every source it was built from; otherwise the TypeScript through tsx, which
// compiles on every call (seconds), and says so once on stderr.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Why the build in `dir` (the repository, ending in /) cannot be used, or null when it is current. */
export function staleReason(dir = root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${dir}dist/cli/inputs.json`, 'utf8'));
  } catch {
    return 'dist/cli/ is missing';
  }
  for (const input of manifest.inputs) {
    const stat = statSync(`${dir}${input}`, { throwIfNoEntry: false });
    if (!stat) return `${input} is gone since the build`;
    if (stat.mtimeMs > manifest.builtAt) return `${input} changed since the build`;
  }
  return null;
}

/** `name`: the build's entry (main, start); `source`: the TypeScript it is built from. */
export async function launch(name, source) {
  const reason = process.env.TW_FROM_SOURCE ? 'TW_FROM_SOURCE is set' : staleReason();
  if (reason === null) {
    await import(pathToFileURL(`${root}dist/cli/${name}.js`).href);
    return;
  }
  if (!process.env.TW_FROM_SOURCE) {
    process.stderr.write(
      `treaty-watch: ${reason}; running the TypeScript sources (slower start; \`npm run build\` makes it quick)\n`,
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(`${root}${source}`).href);
}
