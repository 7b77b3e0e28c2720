import { z } from '../../platform/openapi.ts';

export const Lang = z.enum(['nl', 'fr', 'en', 'de']);
export const Scope = z
  .enum(['internal', 'external'])
  .openapi({ description: 'internal: seen by colleagues only; external: also by candidates and the public' });
const Link = z.strictObject({
  network: z.string().trim().min(1).max(40),
  url: z
    .string()
    .trim()
    .max(500)
    .regex(/^[Hh][Tt][Tt][Pp][Ss]:\/\//, 'Use a link starting with https://'),
});

export const ProfileBody = z.strictObject({
  scope: Scope,
  behindTheScenes: z.boolean().optional().openapi({ description: 'No photo, first name only, internal only' }),
  intro: z.string().max(2000).optional(),
  topics: z.array(z.string().trim().min(1).max(60)).max(12).optional(),
  languages: z.array(Lang).max(4).optional(),
  links: z.array(Link).max(6).optional(),
  shareMilestones: z
    .boolean()
    .optional()
    .openapi({
      description:
        'Celebrate my milestones in the community (joining, a first story, a first event, each year as ambassador): your own choice, ' +
        'off unless you say yes; only milestones from then on are posted; false removes the posted ones at once. Omitted: unchanged ' +
        '(false when joining)',
    }),
});

/** How the program names an ambassador; the same rule for every list (ambassadors.policy.ts internalView). */
export const AMBASSADOR_PERSON_ID =
  'The person id, except for someone behind the scenes seen by others: then a stand-in (their ambassadorship id) that thanks and ' +
  'the story filter accept but the directory does not know';
export const AmbassadorPersonId = z.string().openapi({ description: AMBASSADOR_PERSON_ID });

export const Ambassador = z
  .object({
    personId: AmbassadorPersonId,
    active: z.boolean(),
    scope: Scope,
    effectiveScope: Scope,
    behindTheScenes: z.boolean(),
    firstName: z.string(),
    lastName: z.string(),
    jobTitle: z.string().nullable(),
    department: z.string().nullable(),
    site: z.string().nullable(),
    region: z.string().nullable(),
    intro: z.string(),
    topics: z.array(z.string()),
    languages: z.array(z.string()),
    links: z.array(z.object({ network: z.string(), url: z.string() })),
    photoUrl: z.string().nullable(),
    joinedAt: z.string(),
  })
  .openapi('Ambassador');

export const MyAmbassador = z.object({
  ambassador: Ambassador.nullable(),
  invitation: z
    .object({ id: z.string(), from: z.string().nullable(), message: z.string(), answer: z.string(), createdAt: z.string() })
    .nullable(),
  sensitive: z.boolean().openapi({ description: 'A sensitive function: external scope is not possible' }),
  topics: z.array(z.string()).openapi({ description: 'Suggested topics' }),
  shareMilestones: z.boolean().openapi({ description: 'Whether you agreed to have your milestones celebrated in the community' }),
  showWelcome: z.boolean().openapi({ description: 'A new ambassador who has not closed the welcome at the top of the exchange yet' }),
});

export const StoryBody = z.strictObject({
  title: z.string().trim().min(1, 'Give your story a title.').max(200),
  body: z.string().trim().min(1, 'Write your story.').max(50_000),
  language: Lang,
  scope: Scope,
});

export const Story = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    bodyHtml: z.string(),
    language: Lang,
    scope: Scope,
    publishedAt: z.string(),
    updatedAt: z.string(),
    author: z.object({
      personId: AmbassadorPersonId,
      firstName: z.string(),
      lastName: z.string(),
      jobTitle: z.string().nullable(),
      photoUrl: z.string().nullable(),
    }),
    hidden: z.object({ at: z.string(), reason: z.string() }).nullable().openapi({ description: 'Shown to the author and coordinators' }),
  })
  .openapi('Story');
