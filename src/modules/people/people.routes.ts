/** HTTP in and out for the people directory. */
import { createRoute } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unauthorized, unsupportedMediaType } from '../../platform/errors.ts';
import { actorOf, credentialHash } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, security, z } from '../../platform/openapi.ts';
import { authorize } from '../../platform/policy.ts';
import { importPeople } from './people.import.ts';
import { readProgress, reportProgress } from './people.progress.ts';
import * as s from './people.schemas.ts';
import * as service from './people.service.ts';

/** The import's own body limit (app.ts applies it with every other route's). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export function peopleRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'listPeople',
      method: 'get',
      path: '/people',
      tags: ['People'],
      summary: 'Search and filter the directory, in name order, a page at a time',
      security,
      request: { query: s.PeopleQuery },
      responses: { 200: json(s.PeoplePage), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await service.searchPeople(ctx, actorOf(c), { ...q, count: q.count === 'true' }), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listPeopleFacets',
      method: 'get',
      path: '/people/facets',
      tags: ['People'],
      summary: 'Departments, sites and languages to filter on',
      security,
      responses: {
        200: json(
          z.object({
            departments: z.array(z.string()),
            sites: z.array(z.object({ id: z.string(), name: z.string(), region: z.string().nullable() })),
            languages: z.array(z.string()),
          }),
        ),
        ...errors,
      },
    }),
    async (c) => c.json(await service.facets(ctx, actorOf(c)), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'exportPeople',
      method: 'get',
      path: '/people/export.csv',
      tags: ['People'],
      summary: "The whole directory as CSV (UTF-8 with BOM, `;` by default), in the import's columns (admins)",
      description:
        "Opens in one click in Excel with a Belgian locale: UTF-8 with a byte order mark, `;` between cells and CRLF line ends. `delimiter=,` writes commas instead. Cells holding `;`, `,`, tab, quotes or line breaks are quoted whatever the delimiter, and text a spreadsheet would run as a formula gets a leading `'`; the import undoes exactly that, so the export imports back unchanged.",
      security,
      request: { query: s.ExportQuery },
      responses: {
        200: {
          description: 'CSV; cells that a spreadsheet would run as formulas are prefixed with a quote',
          content: { 'text/csv': { schema: z.string() } },
        },
        ...errors,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      authorize(actor, 'people.export');
      const chunks = service.exportPeopleCsv(ctx, actor, c.req.valid('query').delimiter);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="people-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`);
      return stream(c, async (out) => {
        for await (const chunk of chunks) await out.write(chunk);
      }) as never;
    },
  );

  r.openapi(
    createRoute({
      operationId: 'importPeople',
      method: 'post',
      path: '/people/import',
      tags: ['People'],
      security,
      summary: 'Import people from CSV (admins): all rows valid or nothing written',
      description:
        'UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 (what Excel saves as plain "CSV"); a file that is none of these (a NUL byte, a byte Windows-1252 does not define) is refused with `csv-nul-byte`, `csv-encoding-unknown` or `csv-encoding-invalid`, and the answer says which encoding was read. `;`, `,` or tab as delimiter (found from the header row). Rows whose cells are all blank are skipped and counted (`skippedBlankRows`). A quote in a field that is not wholly in quotes is refused (`csv-stray-quote`) wherever it stands. Headers matched by name in Dutch, French or English (e.g. Personeelsnummer, Matricule, Employee number). People are matched by employee number: new ones are created, changed ones updated, identical ones left alone. Columns absent from the file leave stored values as they are; an empty cell clears one. If any row is invalid nothing is written and the 422 answer lists every problem with its row (the header is row 1) and column.',
      request: { query: s.ImportQuery, body: { required: true, content: { 'text/csv': { schema: z.string() } } } },
      responses: { 200: json(s.ImportResult, 'Imported'), 415: errors[400], ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      authorize(actor, 'people.import');
      const type = c.req.header('content-type') ?? '';
      if (!/^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)\b/i.test(type)) {
        throw unsupportedMediaType('text/csv');
      }
      const query = c.req.valid('query');
      const owner = credentialHash(c) ?? '';
      const ignore = query.ignore === undefined ? [] : Array.isArray(query.ignore) ? query.ignore : [query.ignore];
      // The body is read as it arrives and parsed piece by piece (people.import.read.ts).
      const body = c.req.raw.body && !c.req.raw.bodyUsed ? c.req.raw.body : new Uint8Array(await c.req.arrayBuffer());
      const length = Number(c.req.header('content-length'));
      const result = await importPeople(ctx, actor, body, {
        ignore,
        // The body limit has checked it; a wrong one only costs the copy it saves.
        expectedBytes: Number.isSafeInteger(length) && length > 0 ? length : undefined,
        onProgress: query.progressId ? (p) => reportProgress(query.progressId!, owner, p) : undefined,
      }).catch((err) => {
        if (query.progressId) reportProgress(query.progressId, owner, { phase: 'failed', processed: 0, total: 0 });
        throw err;
      });
      return c.json(result, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'getImportProgress',
      method: 'get',
      path: '/people/imports/{progressId}',
      tags: ['People'],
      summary: 'Progress of a running import (admins)',
      security,
      request: { params: z.object({ progressId: z.string().uuid() }) },
      responses: {
        200: json(
          z.object({ phase: z.enum(['parsing', 'validating', 'writing', 'done', 'failed']), processed: z.number(), total: z.number() }),
        ),
        ...errors,
      },
    }),
    async (c) => {
      // Only whoever started the import (the same session or token) reads its progress.
      const owner = credentialHash(c);
      if (!owner) throw unauthorized();
      const p = readProgress(c.req.valid('param').progressId, owner);
      if (!p) throw notFound('Import');
      return c.json(p, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'getPerson',
      method: 'get',
      path: '/people/{id}',
      tags: ['People'],
      summary: 'One person, with their direct reports',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.PersonDetail), ...errors },
    }),
    async (c) => c.json(await service.getPerson(ctx, actorOf(c), c.req.valid('param').id), 200),
  );
  return r;
}
