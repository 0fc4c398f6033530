// Infra composition root: builds both stacks into an App and attaches the cdk-nag checks.
// Shared by the CDK CLI entry (app.ts), the offline synth report (synth.ts) and the tests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig, type TreatyWatchConfig } from './config.ts';
import { PROJECT_ROOT } from './constructs/treaty-function.ts';
import { acknowledgeNagFindings } from './nag.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

export interface TreatyWatch {
  readonly config: TreatyWatchConfig;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** cdk.json's context (feature flags, settings): the CLI reads it itself; synth.ts and the tests pass it in. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

/** Stack names carry the stage so several stages can share an account. */
export const stackNames = (stage: string) => ({
  stateful: `TreatyWatch-${stage}-Stateful`,
  stateless: `TreatyWatch-${stage}-Stateless`,
});

/**
 * Add Treaty Watch to an app: config from context, the two stacks (table passed as a prop),
 * cdk-nag AwsSolutions on everything, and the reasoned acknowledgments.
 */
export function buildTreatyWatch(app: App): TreatyWatch {
  const config = loadConfig(app.node);
  const env = config.account || config.region ? { account: config.account, region: config.region } : undefined;
  const names = stackNames(config.stage);
  const tags = { project: 'treaty-watch', stage: config.stage };

  const stateful = new StatefulStack(app, names.stateful, {
    config,
    env,
    tags,
    description:
      `Treaty Watch ${config.stage}: table, SES identity and configuration set, ` +
      `link-token and ingest API key secrets`,
    terminationProtection: !config.isDev,
  });
  const stateless = new StatelessStack(app, names.stateless, {
    config,
    env,
    tags,
    description: `Treaty Watch ${config.stage}: functions, queues, schedules, APIs, ingest bucket, alarms`,
    table: stateful.table,
    tokenSecret: stateful.tokenSecret,
    ingestApiKey: stateful.ingestApiKey,
    configurationSetName: stateful.configurationSetName,
    configurationSetArn: stateful.configurationSetArn,
    identityArn: stateful.identity.emailIdentityArn,
  });

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  acknowledgeNagFindings(stateful, stateless);
  return { config, stateful, stateless };
}
