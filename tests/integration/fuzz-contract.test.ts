// Property-based fuzz of every contract method (METHOD_NAMES is iterated, so methods added later
// are covered too), on a real SQLite file holding the sample notebook, called through dispatch as
// every host calls it:
//  1. payloads the method's schema refuses (junk of every type, prototype-pollution keys, a valid
//     shape with one field broken) are answered bad_request and change nothing;
//  2. well-formed payloads whose ids do not exist are answered not_found (or an empty answer) and
//     change nothing;
//  3. names that are not methods are answered unknown_method and change nothing.
// Payloads the schema accepts are never sent in (1), so writers only ever see refused input.
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../src-main/api/contract/methods';
import { schemas } from '../../src-main/api/contract/schemas';
import { openHarness, type Harness } from './service-helpers';

/** Runs per method and phase: enough to reach every field, small enough for two shared cores. */
const JUNK_RUNS = 300;
const BROKEN_RUNS = 500;
const MISSING_RUNS = 100;

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
};

const jsonSchemaOf = (method: MethodName): JsonSchema =>
  z.toJSONSchema(schemas[method], { unrepresentable: 'any', io: 'input' }) as JsonSchema;

/** A positive integer id field (or a list of them): the fields phase 2 points at missing rows. */
const isIdSchema = (s: JsonSchema): boolean => s.type === 'integer' && s.exclusiveMinimum === 0;
const isIdListSchema = (s: JsonSchema): boolean => s.type === 'array' && s.items !== undefined && isIdSchema(s.items);

/** Values that fit a JSON Schema (refinements aside: the zod schema is the final judge). */
function valid(s: JsonSchema): fc.Arbitrary<unknown> {
  if (s.anyOf) return fc.oneof(...s.anyOf.map(valid));
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  switch (s.type) {
    case 'object': {
      const props = s.properties ?? {};
      const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valid(v)]));
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    case 'array':
      return fc.array(s.items ? valid(s.items) : fc.anything(), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) });
    case 'string':
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? Infinity));
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) }).filter((v) => v.trim().length >= (s.minLength ?? 0));
    case 'integer': {
      const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1000);
      return fc.integer({ min, max: Math.min(s.maximum ?? 1_000_000, 1_000_000) });
    }
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything();
  }
}

/** Keys that poison a naive merge, as own properties (JSON.parse makes "__proto__" an own key). */
const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then'];
const poisoned = fc.constantFrom(...POISON_KEYS).map((k) => JSON.parse(`{"${k}": {"polluted": true, "id": 1}}`) as Record<string, unknown>);

/** Anything at all: every JS type a structured clone or JSON can carry, nested, with poisoned keys. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: fc.oneof(fc.string(), fc.constantFrom(...POISON_KEYS)),
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    maxDepth: 4,
  }),
  poisoned,
  fc.constantFrom(NaN, -0, Infinity, -Infinity, -1, 0, 1.5, Number.MAX_SAFE_INTEGER + 2, '', ' ', '1', 'null', true, [], [[]]),
);

/** A value of the wrong kind for a field: wrong type, negative, NaN, float, too long, poisoned. */
function breaking(s: JsonSchema): fc.Arbitrary<unknown> {
  const tooLong = s.maxLength !== undefined && s.maxLength <= 1_000_000 ? [fc.constant('x'.repeat(s.maxLength + 1))] : [];
  const numeric = s.type === 'integer' || s.type === 'number' ? [fc.constantFrom(-1, 0, -(2 ** 31), 0.5, 1.000001, NaN, Infinity, 2 ** 64, '7', 7n)] : [];
  return fc.oneof(junk, poisoned, fc.constantFrom(null, undefined, {}, [], 'x', 42, true, { id: 1 }), ...tooLong, ...numeric);
}

/** A valid-looking payload with one field broken, a required one missing, or an unknown key added. */
function brokenPayload(s: JsonSchema): fc.Arbitrary<unknown> {
  const props = Object.entries(s.properties ?? {});
  const base = valid(s) as fc.Arbitrary<Record<string, unknown>>;
  const variants: fc.Arbitrary<unknown>[] = [
    fc.tuple(base, fc.constantFrom(...POISON_KEYS, 'extra', 'ID', ' id'), junk).map(([obj, key, value]) =>
      // defineProperty makes "__proto__" an own key, as JSON.parse does, instead of setting the prototype.
      Object.defineProperty({ ...obj }, key, { value, enumerable: true, writable: true, configurable: true }),
    ),
  ];
  if (props.length > 0) {
    variants.push(
      fc.constantFrom(...props).chain(([key, fieldSchema]) => fc.tuple(base, breaking(fieldSchema)).map(([obj, value]) => ({ ...obj, [key]: value }))),
    );
  }
  const required = s.required ?? [];
  if (required.length > 0) {
    variants.push(fc.tuple(base, fc.constantFrom(...required)).map(([obj, key]) => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key))));
  }
  return fc.oneof(...variants);
}

/** Ids far beyond anything the sample notebook holds. */
const missingId = fc.integer({ min: 10_000_000, max: Number.MAX_SAFE_INTEGER });

/** A well-formed payload whose every id points at nothing; null when the method takes no id. */
function missingIdPayload(s: JsonSchema): fc.Arbitrary<Record<string, unknown>> | null {
  const props = s.properties ?? {};
  const idKeys = Object.keys(props).filter((k) => isIdSchema(props[k] ?? {}) || isIdListSchema(props[k] ?? {}));
  if (idKeys.length === 0) return null;
  return fc
    .tuple(valid(s) as fc.Arbitrary<Record<string, unknown>>, fc.array(missingId, { minLength: idKeys.length * 3, maxLength: idKeys.length * 3 }))
    .map(([obj, ids]) => {
      const out: Record<string, unknown> = { ...obj };
      let next = 0;
      const take = (): number => ids[next++ % ids.length] ?? 10_000_000;
      for (const key of idKeys) {
        const value = out[key];
        if (typeof value === 'number') out[key] = take();
        else if (Array.isArray(value)) out[key] = [...new Set(value.map(() => take()))];
      }
      return out;
    })
    // An empty list names no id: such a payload is not about missing ids.
    .filter((obj) => idKeys.some((k) => obj[k] !== undefined && !(Array.isArray(obj[k]) && obj[k].length === 0)));
}

let h: Harness;
let baseline: Record<string, unknown[]>;

/** Mirrors dispatch: a missing payload is read as {}. */
const refusedBySchema = (method: MethodName, payload: unknown): boolean => !schemas[method].safeParse(payload ?? {}).success;

async function expectRefused(method: string, payload: unknown, code: string): Promise<void> {
  const result = await h.raw(method, payload);
  if (result.ok) throw new Error(`${method} accepted ${String(JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)))?.slice(0, 300)}`);
  expect(result.error.code, `${method}: ${result.error.message}`).toBe(code);
  expect(result.error.message).not.toContain('\n');
}

beforeAll(async () => {
  h = openHarness();
  const sample = await h.call('sample.load', {});
  expect(sample.articles).toBeGreaterThan(0);
  baseline = h.dump();
}, 60_000);

afterAll(() => h?.dispose());

describe('fuzz: every contract method refuses bad input and keeps the store as it was', () => {
  it('the sample notebook is loaded and the list covers every schema', () => {
    expect(Object.keys(schemas).sort()).toEqual([...METHOD_NAMES].sort());
    expect(baseline.articles?.length).toBeGreaterThan(0);
    expect(baseline.notes?.length).toBeGreaterThan(0);
  });

  for (const method of METHOD_NAMES) {
    it(`${method}: junk and broken payloads → bad_request, nothing stored`, async () => {
      const shape = jsonSchemaOf(method);
      await fc.assert(
        fc.asyncProperty(junk, async (payload) => {
          fc.pre(refusedBySchema(method, payload));
          await expectRefused(method, payload, 'bad_request');
        }),
        { numRuns: JUNK_RUNS },
      );
      await fc.assert(
        fc.asyncProperty(brokenPayload(shape), async (payload) => {
          fc.pre(refusedBySchema(method, payload));
          await expectRefused(method, payload, 'bad_request');
        }),
        { numRuns: BROKEN_RUNS },
      );
      expect(h.dump()).toEqual(baseline);
    });

    const missing = missingIdPayload(jsonSchemaOf(method));
    if (missing) {
      it(`${method}: ids that do not exist → not_found or an empty answer, nothing stored`, async () => {
        await fc.assert(
          // Filtered rather than fc.pre: refinements (tag names, colours) refuse most generated payloads of some methods.
          fc.asyncProperty(missing.filter((p) => !refusedBySchema(method, p)), async (payload) => {
            const result = await h.raw(method, payload);
            // not_found, or bad_request when another part of the payload is refused first (a note's content must be Lexical JSON).
            if (!result.ok) expect(['not_found', 'bad_request'], `${method}: ${result.error.code}: ${result.error.message}`).toContain(result.error.code);
            else expect(isEmptyAnswer(result.value), `${method} answered ${JSON.stringify(result.value).slice(0, 200)}`).toBe(true);
          }),
          { numRuns: MISSING_RUNS },
        );
        expect(h.dump()).toEqual(baseline);
      });
    }
  }

  it('names that are not methods → unknown_method, nothing stored', async () => {
    const near = fc.constantFrom(...METHOD_NAMES).chain((m) =>
      fc.constantFrom(`${m} `, ` ${m}`, `${m}/`, `../${m}`, `${m}/../app.info`, m.toUpperCase(), `${m}\0`, `${m}.x`, m.replace('.', '/'), m.replace('.', '')),
    );
    const names = fc.oneof(fc.string(), fc.constantFrom(...POISON_KEYS, '', '.', '..', 'app', 'app.', '.info', 'hasOwnProperty', '__defineGetter__'), near);
    await fc.assert(
      fc.asyncProperty(names, junk, async (name, payload) => {
        fc.pre(!(METHOD_NAMES as readonly string[]).includes(name));
        await expectRefused(name, payload, 'unknown_method');
      }),
      { numRuns: 200 },
    );
    expect(h.dump()).toEqual(baseline);
  });
});

/** What a reader may answer for ids that do not exist: an empty list, or an object of empty lists. */
function isEmptyAnswer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object') {
    const entries = Object.values(value as Record<string, unknown>);
    return entries.every((v) => (Array.isArray(v) ? v.length === 0 : typeof v !== 'object' || v === null));
  }
  return false;
}
