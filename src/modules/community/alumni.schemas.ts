/** Input and output shapes of the alumni program's API. */
import { z } from '../../platform/openapi.ts';

const Email = z.string().trim().max(254).email('Enter a valid email address.');

export const AlumniChoiceBody = z
  .strictObject({
    email: Email.openapi({ description: 'Your personal address for the alumni account (not your work address)' }),
    careers: z.boolean().openapi({ description: 'Also on the careers pages, as a former colleague; false: internal only' }),
  })
  .openapi('AlumniChoice');

export const AlumniStatus = z
  .object({
    eligible: z.boolean().openapi({ description: 'An end date is set, or the retirement journey has begun: the choice is open' }),
    alumni: z.boolean().openapi({ description: 'You are an alumni ambassador now' }),
    chosenAt: z.string().nullable(),
    leftAt: z.string().nullable().openapi({ description: 'When you last left the alumni program' }),
    email: z.string().nullable().openapi({ description: "Your alumni account's address" }),
    careers: z.boolean().openapi({ description: 'Shown on the careers pages as a former colleague' }),
    sensitive: z.boolean().openapi({ description: 'A sensitive function: internal only' }),
  })
  .openapi('AlumniStatus');

export const AlumniListItem = z
  .object({
    personId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    chosenAt: z.string(),
    leftAt: z.string().nullable(),
    source: z.enum(['app', 'link']),
    endDate: z.string().nullable(),
    careers: z.boolean(),
    account: z.enum(['invited', 'active', 'disabled', 'none']),
    recentActivity: z.number().int().openapi({ description: 'Stories, community posts and answered questions in the last 90 days' }),
  })
  .openapi('AlumniListItem');
