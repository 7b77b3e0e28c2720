/** Request and response shapes of bulk invitations. */
import { z } from '../../platform/openapi.ts';

export const Segment = z
  .strictObject({
    departments: z.array(z.string().max(200)).max(200).optional(),
    siteIds: z.array(z.string().uuid()).max(200).optional(),
    regions: z.array(z.enum(['flanders', 'brussels', 'wallonia', 'abroad'])).optional(),
    languages: z.array(z.enum(['nl', 'fr', 'en', 'de'])).optional(),
  })
  .openapi('InvitationSegment', { description: 'Who: each list left out or empty means everyone; the lists combine with AND' });

export const BulkBody = z.strictObject({
  segment: Segment,
  role: z.enum(['coordinator', 'manager', 'employee']).default('employee'),
});

export const BulkPreview = z.object({
  count: z
    .number()
    .int()
    .openapi({ description: 'People a batch would invite now: with a work email, not left, no account, no open invitation' }),
  inSegment: z.number().int().openapi({ description: 'People of the segment with a work email who have not left' }),
});

export const Batch = z
  .object({
    id: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    role: z.enum(['coordinator', 'manager', 'employee']),
    segment: Segment,
    total: z.number().int().openapi({ description: 'People of the segment with a work email who have not left' }),
    invited: z.number().int(),
    skipped: z.number().int().openapi({ description: 'Of the total: already an account or an open invitation (or left meanwhile)' }),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('InvitationBatch');
