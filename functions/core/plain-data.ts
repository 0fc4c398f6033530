// Copy and compare plain data (objects, arrays, primitives) the way structuredClone and JSON.stringify do, without
// their serialisation: detection clones and compares a timeline per state × treaty and article, and those two calls
// were a tenth of its time. Anything that is not plain data (a class instance, a toJSON, a Date) goes to the built-in.

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** structuredClone for plain data: same copy, shared references stay shared; the built-in for anything else. */
export function plainClone<T>(value: T, seen = new Map<object, unknown>()): T {
  if (typeof value === 'function' || typeof value === 'symbol') return structuredClone(value); // throws as it would
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done as T;
  let out: unknown;
  if (
    Array.isArray(value) &&
    Object.getPrototypeOf(value) === Array.prototype &&
    Object.keys(value).length === value.length
  ) {
    const copy: unknown[] = new Array(value.length);
    seen.set(value, copy);
    for (let i = 0; i < value.length; i++) copy[i] = plainClone(value[i], seen);
    out = copy;
  } else if (!Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype) {
    // (structuredClone gives a null-prototype object an ordinary prototype: the built-in handles that case.)
    const copy: Record<string, unknown> = {};
    seen.set(value, copy);
    for (const k of Object.keys(value)) {
      const v = plainClone((value as Record<string, unknown>)[k], seen);
      if (k === '__proto__')
        Object.defineProperty(copy, k, { value: v, writable: true, enumerable: true, configurable: true });
      else copy[k] = v;
    }
    out = copy;
  } else {
    out = structuredClone(value);
    seen.set(value, out);
  }
  return out as T;
}

const OMITTED = Symbol('omitted');
/** A primitive's JSON text (or OMITTED where JSON.stringify leaves it out), or undefined for an object. */
function leaf(v: unknown): string | typeof OMITTED | undefined {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return OMITTED;
    case 'bigint':
      return JSON.stringify(v); // throws as it would
    default:
      return v === null ? 'null' : undefined;
  }
}
/** Plain data JSON.stringify would walk without calling anything (no toJSON, ordinary array or object). */
function walkable(v: object): boolean {
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  return Array.isArray(v) ? Object.getPrototypeOf(v) === Array.prototype : isPlainObject(v);
}
/** The JSON text of a value that is not walkable, or OMITTED. */
function text(v: unknown): string | typeof OMITTED {
  return JSON.stringify(v) ?? OMITTED;
}

/** JSON.stringify(a) === JSON.stringify(b), without building either string for plain data. */
export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  const la = leaf(a);
  const lb = leaf(b);
  if (la !== undefined || lb !== undefined) {
    return (la ?? text(a)) === (lb ?? text(b));
  }
  const oa = a as object;
  const ob = b as object;
  if (depth > 64 || !walkable(oa) || !walkable(ob)) return text(oa) === text(ob); // (a cycle throws there, as it would)
  if (Array.isArray(oa) !== Array.isArray(ob)) return false;
  if (Array.isArray(oa)) {
    const xb = ob as unknown[];
    if (oa.length !== xb.length) return false;
    // In an array a left-out member is written as null.
    for (let i = 0; i < oa.length; i++) {
      const x = leaf(oa[i]) === OMITTED ? null : oa[i];
      const y = leaf(xb[i]) === OMITTED ? null : xb[i];
      if (!sameJson(x, y, depth + 1)) return false;
    }
    return true;
  }
  const ra = oa as Record<string, unknown>;
  const rb = ob as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => present(ra[k]));
  const kb = Object.keys(rb).filter((k) => present(rb[k]));
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameJson(ra[ka[i]], rb[kb[i]], depth + 1)) return false;
  }
  return true;
}
/** Does JSON.stringify write this member of an object? */
function present(v: unknown): boolean {
  const l = leaf(v);
  if (l !== undefined) return l !== OMITTED;
  return walkable(v as object) || text(v) !== OMITTED;
}
