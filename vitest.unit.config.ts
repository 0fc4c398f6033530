import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:unit`: the pure tests only (core, emails, extraction, web pages, property tests).
// None of them starts DynamoDB Local or aws-ses-v2-local, so this runs without Java.
// Same settings as the whole suite; only the files differ (mergeConfig would add to `include`).
export default defineConfig({
  test: { ...base.test, include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'] },
});
