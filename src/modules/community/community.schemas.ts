/** Request and response shapes of recognition (thanks and milestones). */
import { z } from '../../platform/openapi.ts';
import { AMBASSADOR_PERSON_ID, AmbassadorPersonId } from '../ambassadors/ambassadors.service.ts';

export const Recognition = z
  .object({
    id: z.string(),
    kind: z.enum(['thanks', 'milestone']),
    to: z.object({ personId: AmbassadorPersonId, firstName: z.string(), lastName: z.string() }),
    from: z.string(),
    note: z.string(),
    milestone: z.string().nullable(),
    companyWide: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Recognition');

export const ThankParams = z.object({ personId: z.string().uuid().openapi({ description: AMBASSADOR_PERSON_ID }) });
export const ThankBody = z.strictObject({ note: z.string().trim().min(1).max(2000), companyWide: z.boolean().default(false) });
