// The AWS SDK warns on every start that Node 20 support ends in 2027. Lambda runs Node 22;
// locally the warning is noise in a person's summary, so only that one warning is dropped.
const emit = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (text.startsWith('NodeVersionSupportWarning')) return;
  return (emit as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
