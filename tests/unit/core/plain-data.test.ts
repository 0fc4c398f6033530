import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainClone, sameJson } from '#core/plain-data';

// JSON-like values with the awkward corners: undefined members, NaN and -0, holes, key order, nested arrays.
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(Number.NaN, -0, Number.POSITIVE_INFINITY, '__proto__'),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'date', 'sources', '1', '__proto__'), tie('value'), { maxKeys: 4 }),
}));

describe('plainClone', () => {
  it('copies plain data exactly as structuredClone does', () => {
    fc.assert(
      fc.property(value, (v) => {
        const copy = plainClone(v);
        expect(copy).toStrictEqual(structuredClone(v));
        if (typeof v === 'object' && v !== null) expect(copy).not.toBe(v);
      }),
    );
  });
  it('keeps a shared reference shared, and hands other objects to structuredClone', () => {
    const source = { articleId: 'a1', mirrors: ['m1'] };
    const copy = plainClone({ stages: [{ sources: [source] }], conflicts: [{ source }], at: new Date(0) });
    expect(copy.conflicts[0].source).toBe(copy.stages[0].sources[0]);
    expect(copy.conflicts[0].source).not.toBe(source);
    expect(copy.at).toBeInstanceOf(Date);
    expect(() => plainClone({ f: () => 1 })).toThrow();
  });
});

describe('sameJson', () => {
  it('agrees with comparing JSON.stringify texts', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameJson(a, plainClone(a))).toBe(true);
      }),
    );
  });
  it('follows JSON: left-out members, key order, toJSON, null for NaN', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1, b: 1 }, { b: 1, a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson({ x: Number.NaN }, { x: null })).toBe(true);
    expect(sameJson({ at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameJson({ s: 'null' }, { s: null })).toBe(false);
    expect(sameJson({ stages: [{ date: '2024-01' }] }, { stages: [{ date: '2024-02' }] })).toBe(false);
  });
});
