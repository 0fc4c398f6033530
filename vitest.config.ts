import { defineConfig } from 'vitest/config';

// One suite: unit tests (pure core), integration tests (real handlers on DynamoDB Local and
// aws-ses-v2-local, started per file on free ports), infra tests (synthesized templates).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
