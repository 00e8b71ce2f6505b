// The single entry point all three hosts call: unknown names and bad arguments are refused
// here, before the service (and so the store) is touched.
import type { z } from 'zod';
import { METHOD_NAMES, type MethodName, type MethodOutput, type WireResult } from '../contract/methods';
import { schemas, type Schemas } from '../contract/schemas';
import { QuireError } from './errors';
import { wellFormed } from './well-formed';

export type ServiceInput<M extends MethodName> = z.output<Schemas[M]>;

/** What the service implements: one function per contract method, arguments already parsed. */
export type ServiceImpl = {
  [M in MethodName]: (input: ServiceInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

const known = new Set<string>(METHOD_NAMES);

export function isMethodName(name: string): name is MethodName {
  return known.has(name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Runs one method; a service opened without a store (`openReader`) refuses the methods it lacks. */
export async function dispatch(service: Partial<ServiceImpl>, method: string, args: unknown): Promise<WireResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `unknown method "${method.slice(0, 80)}"` } };
  }
  if (!service[method]) {
    return { ok: false, error: { code: 'unknown_method', message: `${method} is not available here` } };
  }
  const parsed = schemas[method].safeParse(args ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad_request', message: `${method}: ${describeIssues(parsed.error)}` } };
  }
  try {
    // The schema and the implementation are paired by `method`; TS cannot correlate the union here.
    const run = service[method] as (input: unknown) => unknown;
    return { ok: true, value: await run(wellFormed(parsed.data)) };
  } catch (err) {
    if (err instanceof QuireError) return { ok: false, error: { code: err.code, message: err.message } };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `${method} failed: ${message}` } };
  }
}
