// One structured logger for every function (Powertools: JSON lines, service name from env).
// Never log an e-mail address: log subscriber ids.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'treaty-watch',
  logLevel: (process.env.LOG_LEVEL as 'INFO') ?? 'INFO',
});
