// The replay's order of articles without a publication day (issue 11: out-of-order and undated arrivals).
// Every text here is invented.
import { describe, expect, it } from 'vitest';
import { orderByPublication } from '#local/replay';
import { gz } from '#tests/unit/extract/helpers';

const order = (inputs: { text: string; source: string; published?: string }[]) =>
  orderByPublication(inputs, gz).map((a) => a.input.source);

describe('replay order of undated articles', () => {
  it('places a text whose latest claim is a month by that month, not after every dated report', () => {
    const vote = { source: 'vote', text: "Greece's parliament voted in May 2025 to leave the Ottawa Convention." };
    const exit = {
      source: 'exit',
      published: '2025-12-01',
      text: 'Greece formally left the Ottawa Convention on 30 November 2025.',
    };
    expect(order([exit, vote])).toEqual(['vote', 'exit']);
  });
  it('still puts a text with no date at all last', () => {
    const vague = { source: 'vague', text: "Greece's parliament voted to leave the Ottawa Convention." };
    const exit = {
      source: 'exit',
      published: '2025-12-01',
      text: 'Greece formally left the Ottawa Convention on 30 November 2025.',
    };
    expect(order([vague, exit])).toEqual(['exit', 'vague']);
  });
});
