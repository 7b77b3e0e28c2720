/** Small helpers that keep route declarations short and their OpenAPI description complete. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { HonoEnv } from './http.ts';
import { AppError } from './errors.ts';

export { z };

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string().optional(), row: z.number().int().optional(), column: z.string().optional(), message: z.string() }))
      .optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/** The error answers every authenticated route may give. */
export const errorResponses = {
  400: problem('The request is malformed or has unknown fields.'),
  401: problem('Not signed in, or the API token is unknown or revoked.'),
  403: problem('Signed in, but not allowed (or the CSRF token is missing).'),
  404: problem('Not found, or it belongs to another organisation.'),
  422: problem('The content is well-formed but cannot be accepted; `errors` says where.'),
  429: problem('Too many attempts; see Retry-After.'),
};

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
  .refine(isRealDate, 'This day does not exist, or is before 1900 or after 2200.')
  .openapi({ format: 'date', example: '2026-12-01' });

export const Id = z.string().uuid().openapi({ example: '0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b' });
export const IdParam = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/**
 * Every validation failure becomes a 400 problem naming each bad field: unknown fields are
 * rejected, never silently dropped.
 */
export function createRouter() {
  return new OpenAPIHono<HonoEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const target = result.target === 'json' ? 'body' : result.target;
        throw new AppError(
          400,
          'Bad request',
          'Some fields are missing or wrong.',
          result.error.issues.map((i) => {
            const keys = (i as { keys?: string[] }).keys;
            const path = [target, ...i.path.map(String)].join('.');
            return keys?.length
              ? { path: `${path}.${keys[0]}`, message: `Unknown field "${keys.join('", "')}".` }
              : { path, message: i.message };
          }),
        );
      }
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
