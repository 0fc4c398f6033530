// One structured logger for every function (Powertools: JSON lines, service name from env).
// Never log an e-mail address: log subscriber ids.
import { Logger } from '@aws-lambda-powertools/logger';
import { readLoggerConfig } from './config';

const { serviceName, logLevel } = readLoggerConfig();
export const logger = new Logger({ serviceName, logLevel: logLevel as 'INFO' });
