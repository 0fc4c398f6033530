#!/usr/bin/env node
// `treaty-watch` entry point: the compiled CLI when it is current, else the TypeScript (cli/launch.mjs).
import { launch } from './launch.mjs';

await launch('main', 'cli/main.ts');
