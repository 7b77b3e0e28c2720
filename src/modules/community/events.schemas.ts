/** Request and response shapes of community events. */
import { z } from '../../platform/openapi.ts';

const Lang = z.enum(['nl', 'fr', 'en']);
export const EVENT_KINDS = ['job-fair', 'campus-day', 'meetup', 'online'] as const;

const Localized = (max: number) =>
  z
    .strictObject({
      nl: z.string().trim().max(max).optional(),
      fr: z.string().trim().max(max).optional(),
      en: z.string().trim().max(max).optional(),
    })
    .openapi({ description: 'A text in each language it is written in (nl, fr, en)' });

const RoleKey = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/)
  .openapi({ description: "A short key of the role, such as 'stand' or 'speaker'" });

const EventRole = z.strictObject({
  key: RoleKey,
  name: Localized(100).refine((t) => Object.values(t).some(Boolean), { message: 'Name the role in at least one language.' }),
  capacity: z.number().int().min(1).max(10000),
});

export const EventInput = z
  .strictObject({
    kind: z.enum(EVENT_KINDS),
    title: Localized(200).refine((t) => Object.values(t).some(Boolean), { message: 'Give the event a title in at least one language.' }),
    description: Localized(8000).default({}),
    place: z.string().trim().max(300).default(''),
    link: z.string().trim().url().max(2000).startsWith('https://').nullable().default(null),
    startsAt: z.string().datetime({ offset: true }).openapi({ description: "Start, with the offset of the organisation's zone" }),
    endsAt: z.string().datetime({ offset: true }),
    language: Lang.openapi({ description: 'The language the event is held in' }),
    capacity: z.number().int().min(1).max(100000).nullable().default(null).openapi({
      description: 'How many take part without a role (null: no limit); each role has its own capacity',
    }),
    roles: z
      .array(EventRole)
      .max(10)
      .refine((a) => new Set(a.map((r) => r.key)).size === a.length, { message: 'Name each role once.' })
      .default([]),
    showOnCareers: z.boolean().default(false).openapi({ description: 'Show the event on the careers pages' }),
  })
  .openapi('CommunityEventInput');

export const EventParams = z.object({ eventId: z.string().uuid() });

export const SignupBody = z
  .strictObject({
    role: RoleKey.optional().openapi({ description: 'The role to take (none: taking part)' }),
    showPublicly: z
      .boolean()
      .default(false)
      .openapi({ description: 'External ambassadors: agree to be shown with the event on the careers pages' }),
  })
  .openapi('CommunityEventSignupInput');

export const ShowPubliclyBody = z
  .strictObject({
    showPublicly: z.boolean().openapi({ description: 'Be shown with the event on the careers pages (external ambassadors)' }),
  })
  .openapi('CommunityEventShowPublicly');

export const InviteBody = z
  .strictObject({
    topics: z.array(z.string().trim().min(1).max(60)).max(20).default([]).openapi({ description: 'Ambassadors with any of these topics' }),
    regions: z
      .array(z.enum(['flanders', 'brussels', 'wallonia', 'abroad']))
      .max(4)
      .default([])
      .openapi({ description: 'Working at a site in any of these regions' }),
    languages: z
      .array(z.enum(['nl', 'fr', 'en', 'de']))
      .max(4)
      .default([])
      .openapi({ description: 'Speaking any of these languages' }),
  })
  .openapi('CommunityEventInvite', { description: 'Every criterion given must match; none given: every active ambassador' });

export const AttendanceBody = z.strictObject({ personId: z.string().uuid(), attended: z.boolean() }).openapi('CommunityEventAttendance');

const Text = z.object({ nl: z.string().optional(), fr: z.string().optional(), en: z.string().optional() });
const Count = z.object({ role: z.string(), capacity: z.number().int().nullable(), confirmed: z.number().int(), waiting: z.number().int() });

export const Event = z
  .object({
    id: z.string(),
    kind: z.enum(EVENT_KINDS),
    title: Text,
    description: Text,
    place: z.string(),
    link: z.string().nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    language: Lang,
    capacity: z.number().int().nullable(),
    roles: z.array(z.object({ key: z.string(), name: Text, capacity: z.number().int() })),
    showOnCareers: z.boolean(),
    status: z.enum(['scheduled', 'cancelled']),
    counts: z.array(Count).openapi({ description: "Per role ('' = without a role): confirmed and waiting" }),
    mySignup: z
      .object({
        role: z.string(),
        status: z.enum(['confirmed', 'waiting']),
        showPublicly: z.boolean().openapi({ description: 'You agreed to be shown with the event on the careers pages' }),
        position: z.number().int().nullable().openapi({ description: 'Place on the waiting list (1 = next to move up)' }),
      })
      .nullable(),
  })
  .openapi('CommunityEvent');

export const Signup = z
  .object({
    personId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    role: z.string(),
    status: z.enum(['confirmed', 'waiting']),
    showPublicly: z.boolean(),
    attended: z.boolean().nullable(),
    signedUpAt: z.string(),
  })
  .openapi('CommunityEventSignup');

export const EventDetail = Event.extend({ signups: z.array(Signup).nullable().openapi({ description: 'Coordinators only' }) }).openapi(
  'CommunityEventDetail',
);
