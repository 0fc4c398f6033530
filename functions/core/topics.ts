// Topic keys: what a subscriber follows (everything, a treaty, a state), as stored on the byTopic index.
// Core owns them; infra/table-schema.ts re-exports them so no key prefix is ever spelled twice.

/** Topic keys on the byTopic index. */
export const topics = {
  all: 'TOPIC#all',
  treaty: (treaty: string) => `TOPIC#treaty:${treaty}`,
  state: (state: string) => `TOPIC#state:${state}`,
};
