#!/usr/bin/env node
// `treaty-watch` entry point: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../local/quiet-warnings.ts');
await import('./main.ts');
