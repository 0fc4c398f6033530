// Infra entry for the CDK CLI (cdk.json "app"): `npx cdk synth`, `npx cdk deploy -c stage=prod ...`.

import { App } from 'aws-cdk-lib';
import { buildTreatyWatch } from './treaty-watch.ts';

const app = new App();
buildTreatyWatch(app);
app.synth();
