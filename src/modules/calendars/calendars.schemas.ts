/** Request and response shapes of the personal calendar feed API. */
import { z } from '../../platform/openapi.ts';

export const CalendarFeed = z
  .object({
    exists: z.boolean().openapi({ description: 'Whether a live feed URL exists (the URL itself is shown only when it is created)' }),
    createdAt: z.string().nullable(),
    lastUsedAt: z.string().nullable().openapi({ description: 'When a calendar program last read it (to the minute)' }),
  })
  .openapi('CalendarFeed');

export const CreatedCalendarFeed = CalendarFeed.extend({
  url: z.string().openapi({ description: 'The secret address to subscribe to, shown once: <PUBLIC_URL>/calendar/<token>.ics' }),
}).openapi('CreatedCalendarFeed');
