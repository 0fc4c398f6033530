// A stand-in for the Lambda Node.js runtime's bootstrap, run in its own Node process with the
// deployed asset as its task root. Plain JavaScript and copied outside the repository before it
// runs, so nothing it loads can resolve from the repository's node_modules.
//
// Like the runtime (aws-lambda-nodejs-runtime-interface-client): the handler string is
// "<module>.<export>", the module is looked up in LAMBDA_TASK_ROOT as .js, .mjs, then .cjs and
// loaded with import() (a .js follows the nearest package.json "type"), once, during init; each
// invoke gets a context object; results are JSON-serialised; an error answers
// { errorType, errorMessage, trace }. Invokes arrive over IPC instead of the Runtime API.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const taskRoot = process.env.LAMBDA_TASK_ROOT;
const handlerString = process.env._HANDLER ?? '';

const asError = (error, fallbackType) => ({
  errorType: error?.name && error.name !== 'Error' ? error.name : fallbackType,
  errorMessage: String(error?.message ?? error),
  trace: String(error?.stack ?? '').split('\n'),
});

async function loadHandler() {
  const match = /^([^.]+)\.(.+)$/.exec(handlerString);
  if (!match) {
    throw Object.assign(new Error(`Bad handler ${handlerString}`), { name: 'Runtime.MalformedHandlerName' });
  }
  const [, moduleName, exportPath] = match;
  const file = ['.js', '.mjs', '.cjs'].map((ext) => join(taskRoot, moduleName + ext)).find((f) => existsSync(f));
  if (!file) {
    const error = new Error(`Cannot find module '${moduleName}' in ${taskRoot}`);
    throw Object.assign(error, { name: 'Runtime.ImportModuleError' });
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (error) {
    const wrapped = new Error(String(error?.message ?? error), { cause: error });
    throw Object.assign(wrapped, { name: 'Runtime.ImportModuleError', stack: error?.stack });
  }
  let fn = mod;
  for (const part of exportPath.split('.')) fn = fn?.[part] ?? fn?.default?.[part];
  if (typeof fn !== 'function') {
    const error = new Error(`${handlerString} is undefined or not exported`);
    throw Object.assign(error, { name: 'Runtime.HandlerNotFound' });
  }
  return fn;
}

const ready = loadHandler().then(
  (fn) => ({ fn }),
  (error) => ({ initError: asError(error, 'Runtime.ImportModuleError') }),
);

process.on('message', async (message) => {
  const { id, event, deadlineMs } = message;
  const loaded = await ready;
  if (loaded.initError) return process.send({ id, error: loaded.initError, init: true });
  const name = process.env.AWS_LAMBDA_FUNCTION_NAME;
  const context = {
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:000000000000:function:${name}`,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: id,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: 'rehearsal',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadlineMs - Date.now()),
  };
  try {
    const result = await loaded.fn(event, context);
    // The runtime answers with JSON.stringify(result): undefined becomes null, classes plain objects.
    process.send({ id, payload: result === undefined ? 'null' : JSON.stringify(result) });
  } catch (error) {
    process.send({ id, error: asError(error, 'Error') });
  }
});

// The parent learns the init outcome before the first invoke (cold start).
ready.then((loaded) => process.send({ init: loaded.initError ? { error: loaded.initError } : { ok: true } }));
