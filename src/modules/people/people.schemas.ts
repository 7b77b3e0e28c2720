import { IsoDate, z } from '../../platform/openapi.ts';
import { TEXT_ENCODINGS } from '../../platform/text-decoding.ts';

const Lang = z.enum(['nl', 'fr', 'en', 'de']);

export const PersonCard = z
  .object({
    id: z.string(),
    employeeNumber: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    workEmail: z.string().nullable(),
    language: Lang.nullable(),
    department: z.string().nullable(),
    jobTitle: z.string().nullable(),
    site: z
      .object({
        id: z.string(),
        name: z.string(),
        region: z.enum(['flanders', 'brussels', 'wallonia', 'abroad']).nullable(),
        country: z.string(),
      })
      .nullable(),
    manager: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), employeeNumber: z.string() }).nullable(),
    startDate: z.string().nullable(),
    personalEmail: z.string().nullable().optional().openapi({ description: 'Private: admins, the person, their manager' }),
    endDate: z.string().nullable().optional(),
    birthday: z.object({ day: z.number(), month: z.number(), year: z.number().nullable() }).nullable().optional(),
    sensitive: z.boolean().optional(),
  })
  .openapi('Person');

export const PersonDetail = PersonCard.extend({
  directReports: z.array(z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), jobTitle: z.string().nullable() })),
}).openapi('PersonDetail');

export const PeopleQuery = z.strictObject({
  q: z.string().max(200).optional().openapi({ description: 'Matches name, employee number or work email; case and accents do not matter' }),
  department: z.string().max(200).optional(),
  site: z.string().uuid().optional().openapi({ description: 'A site id (GET /api/v1/people/facets lists them)' }),
  language: Lang.optional(),
  startFrom: IsoDate.optional().openapi({ description: 'Start date on or after' }),
  startTo: IsoDate.optional().openapi({ description: 'Start date on or before' }),
  manager: z.string().uuid().optional().openapi({ description: 'Direct reports of this person' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional().openapi({ description: 'The nextCursor of the previous page' }),
  count: z.enum(['true', 'false']).optional().openapi({ description: 'Also return the total number of matches' }),
});

export const PeoplePage = z.object({ items: z.array(PersonCard), nextCursor: z.string().nullable(), total: z.number().optional() });

export const ImportResult = z
  .object({
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    total: z.number(),
    skippedBlankRows: z.number().openapi({ description: 'Rows left out because every cell was blank (empty lines, `;;;;` lines)' }),
    encoding: z.enum(TEXT_ENCODINGS).openapi({
      description:
        'What the file was read as: UTF-8 (with or without byte order mark), UTF-16 with a byte order mark, or Windows-1252 (Excel\'s plain "CSV")',
    }),
  })
  .openapi('ImportResult');

export const ExportQuery = z.strictObject({
  delimiter: z.enum([';', ',']).default(';').openapi({
    description:
      'The list separator: `;` (default) is what Excel in a Belgian (nl-BE, fr-BE) locale opens in one click; `,` for English-locale spreadsheets and other tools. The import reads either.',
  }),
});

export const ImportQuery = z.strictObject({
  ignore: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({ description: 'A column header to ignore; repeat for several' }),
  progressId: z
    .string()
    .uuid()
    .optional()
    .openapi({ description: 'A client-chosen id under which progress can be read at GET /people/imports/{progressId}' }),
});
