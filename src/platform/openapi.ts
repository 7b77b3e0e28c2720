/** Small helpers that keep route declarations short and their OpenAPI description complete. */
import { OpenAPIHono, z } from '@hono/zod-openapi';

type OpenAPIRegistry = OpenAPIHono['openAPIRegistry'];
import type { HonoEnv } from './http.ts';
import { AppError } from './errors.ts';
import {
  ITEM_CODE_LIST,
  PROBLEM_CODES,
  PROBLEMS,
  type AnyItemCode,
  type ItemCode,
  type ProblemCode,
  type ProblemItem,
} from './problems.ts';

export { z };

const problemCodes = z.enum(PROBLEM_CODES as [ProblemCode, ...ProblemCode[]]);
const itemCodes = z.enum([...ITEM_CODE_LIST, ...PROBLEM_CODES] as [AnyItemCode, ...AnyItemCode[]]);
const params = z.record(z.string(), z.union([z.string(), z.number()])).openapi({ description: 'Values for the message of the code.' });

export const Problem = z
  .object({
    type: z.string().openapi({
      format: 'uri-reference',
      description: 'The kind of error: `/problems/<code>`, the same on every installation. See docs/errors.md.',
      example: '/problems/person-not-linked',
    }),
    code: problemCodes.openapi({ description: 'The stable machine-readable code of the kind of error (the last segment of `type`).' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    params: params.optional(),
    errors: z
      .array(
        z.object({
          path: z.string().optional(),
          row: z.number().int().optional(),
          column: z.string().optional(),
          code: itemCodes.openapi({ description: "What is wrong here: an item code, or the problem's own code." }),
          params: params.optional(),
          value: z.string().optional().openapi({ description: 'For CSV: the offending cell as the file has it.' }),
          message: z.string().openapi({ description: 'In English; show a translation of `code` instead where you have one.' }),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

/** The codes a status can carry, for the description of each error response. */
const codesOf = (status: number) =>
  PROBLEM_CODES.filter((c) => PROBLEMS[c].status === status)
    .map((c) => `\`${c}\``)
    .join(', ');
const problem = (status: number, description: string) => ({
  description: `${description} Codes: ${codesOf(status)}.`,
  content: { 'application/problem+json': { schema: Problem } },
});

/** The error answers every authenticated route may give; declareProblemResponses adds 409, 413 and 415 where they apply. */
export const errorResponses = {
  400: problem(400, 'The request is malformed or has unknown fields.'),
  401: problem(401, 'Not signed in, or the API token is unknown or revoked.'),
  403: problem(403, 'Signed in, but not allowed (or the CSRF token is missing).'),
  404: problem(404, 'Not found, or it belongs to another organisation.'),
  422: problem(422, 'The content is well-formed but cannot be accepted; `errors` says where.'),
  429: problem(429, 'Too many attempts; see Retry-After.'),
};

const writeResponses = {
  409: problem(409, 'Conflicts with what is stored (a duplicate, the last admin, ...).'),
  413: problem(413, 'The body is larger than this operation accepts.'),
};
const mediaTypeResponse = { 415: problem(415, 'The Content-Type is not one this operation reads.') };

/**
 * Declares on every operation the error statuses the platform can answer for it, whatever its
 * route file lists: 400 for every operation (the input guard runs for all), 409 and 413 for every
 * write (the body limit and the database's unique keys apply to all), 415 where the body is not
 * JSON. Called once, after every route is registered.
 */
export function declareProblemResponses(registry: OpenAPIRegistry) {
  for (const def of registry.definitions) {
    if (def.type !== 'route') continue;
    const route = def.route;
    const responses = route.responses as Record<string, unknown>;
    const add = (extra: Record<number, unknown>) => {
      for (const [status, response] of Object.entries(extra)) if (!(status in responses)) responses[status] = response;
    };
    add({ 400: errorResponses[400] });
    if (route.method !== 'get' && route.method !== 'head') add(writeResponses);
    const content = (route.request?.body as { content?: Record<string, unknown> } | undefined)?.content;
    if (content && Object.keys(content).some((type) => !/json/.test(type))) add(mediaTypeResponse);
  }
}

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

/** Whether `s` (yyyy-mm-dd) is a day that exists, between the years 1900 and 2200. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The one date type of the API: yyyy-mm-dd naming a real calendar day within a sane range, so
 * "2026-02-30" or "9999-12-31" are a 400 naming the field, never a database error.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use yyyy-mm-dd.')
  .refine(isRealDate, { message: 'This day does not exist, or is before 1900 or after 2200.', params: { code: 'invalid-date' } })
  .openapi({ format: 'date', example: '2026-12-01' });

export const Id = z.string().uuid().openapi({ example: '0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b' });
export const IdParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** A zod issue as an item with a stable code and the parameters its message needs. */
export function issueItem(issue: z.core.$ZodIssue, target: string): ProblemItem[] {
  const path = [target, ...issue.path.map(String)].join('.');
  const item = (code: ItemCode, params?: Record<string, string | number>): ProblemItem => ({
    path,
    code,
    ...(params ? { params } : {}),
    message: issue.message,
  });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: `${path}.${key}`,
        code: 'unknown-field',
        params: { field: key },
        message: `Unknown field "${key}".`,
      }));
    case 'invalid_type':
      // zod reports a missing value as "received undefined"; issues do not carry the input itself.
      return [
        /received undefined$/.test(issue.message)
          ? { path, code: 'required', message: 'This value is required.' }
          : item('invalid-type', { expected: String(issue.expected) }),
      ];
    case 'too_small':
      return [item('too-small', { minimum: Number(issue.minimum), origin: String(issue.origin) })];
    case 'too_big':
      return [item('too-big', { maximum: Number(issue.maximum), origin: String(issue.origin) })];
    case 'invalid_format':
      return [item('invalid-format', { format: issue.format })];
    case 'invalid_value':
      return [item('invalid-enum', { allowed: issue.values.map(String).join(', ') })];
    case 'custom': {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return [typeof code === 'string' && code in ITEM_CODES_SET ? item(code as ItemCode) : { path, message: issue.message }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}
const ITEM_CODES_SET = Object.fromEntries(ITEM_CODE_LIST.map((c) => [c, true]));

/**
 * Every validation failure becomes a 400 problem naming each bad field with an item code:
 * unknown fields are rejected, never silently dropped.
 */
export function createRouter() {
  return new OpenAPIHono<HonoEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const target = result.target === 'json' ? 'body' : result.target;
        throw new AppError('validation-failed', 'Some fields are missing or wrong.', {
          errors: result.error.issues.flatMap((i) => issueItem(i, target).map((e) => ({ code: 'invalid' as const, ...e }))),
        });
      }
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
