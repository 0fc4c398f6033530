// Where the reference data (treaty records, states, armed conflicts, names for recognition) sits in a deployed function:
// a folder beside index.mjs, copied there after bundling (infra/constructs/treaty-function.ts), so
// that data does not count against the code budget. Shared by the construct and the reader.
export const REFERENCE_FOLDER = 'facts';
export const REFERENCE_FILES = ['treaties.json', 'states.json', 'armed-conflicts.json', 'recognition.json'] as const;
