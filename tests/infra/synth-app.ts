// Test helper: synthesize the real app (cdk.json context + overrides) without bundling, and hand
// back the templates plus cdk-nag's validation report. Bundling is skipped through CDK's own
// switch (`aws:cdk:bundling-stacks: []`); the functions then carry placeholder code, and every
// other property of the template is what `npm run synth` produces.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildTreatyWatch, cdkJsonContext, type TreatyWatch } from '#infra/treaty-watch';

export interface Violation {
  ruleName: string;
  description: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
  acknowledgedId?: string;
  reason?: string;
}
export interface PluginReport {
  pluginName: string;
  conclusion: string;
  violations: Violation[];
  suppressedViolations?: Violation[];
}

export interface Synthesized extends TreatyWatch {
  app: App;
  statefulTemplate: Template;
  statelessTemplate: Template;
  /** cdk-nag (and any other validation plugin) results, from the cloud assembly. */
  reports: PluginReport[];
}

/** The context a test starts from: the project's cdk.json, no bundling, report instead of throw. */
export function testContext(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...cdkJsonContext(),
    'aws:cdk:bundling-stacks': [],
    // Write the validation report and let the test assert on it (synth would otherwise throw).
    '@aws-cdk/core:failSynthOnValidationErrors': false,
    ...overrides,
  };
}

/** Synthesize Treaty Watch with the given context overrides. */
export function synthApp(overrides: Record<string, unknown> = {}): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'treaty-watch-cdk-'));
  const app = new App({ outdir, context: testContext(overrides) });
  const tw = buildTreatyWatch(app);
  const assembly = app.synth();
  const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: PluginReport[];
  };
  const synthesized = {
    ...tw,
    app,
    statefulTemplate: Template.fromStack(tw.stateful),
    statelessTemplate: Template.fromStack(tw.stateless),
    reports: report.pluginReports,
  };
  rmSync(outdir, { recursive: true, force: true }); // the templates are parsed; nothing reads the folder again
  return synthesized;
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown; Sid?: string };

/** Every IAM statement of a template's inline policies, with the policy's logical id. */
export function policyStatements(template: Template): (Statement & { policy: string })[] {
  const out: (Statement & { policy: string })[] = [];
  for (const [policy, resource] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
    for (const s of resource.Properties.PolicyDocument.Statement as Statement[]) out.push({ ...s, policy });
  }
  return out;
}

export const asArray = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
