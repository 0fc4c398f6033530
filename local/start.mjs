// `npm start` entry point: the compiled local driver when it is current, else the TypeScript.
import { launch } from '../cli/launch.mjs';

await launch('start', 'local/start.ts');
