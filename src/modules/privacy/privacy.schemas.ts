/**
 * A person's own data as Embassy gives it to them (GDPR access and portability): one documented
 * JSON document, camelCase, strict. What it never holds: internal columns (organisation ids,
 * search columns, record ids that lead nowhere), password, session or token hashes, the address of
 * someone who asked a question (theirs to share), or another person's directory record. Nor survey
 * answers: they are stored without any link to the person, so they cannot be found for anyone.
 */
import { z } from '../../platform/openapi.ts';

const Instant = z.string().openapi({ format: 'date-time', example: '2026-11-26T09:00:00.000Z' });
const Day = z.string().openapi({ format: 'date', example: '2026-11-26' });
const Lang = z.enum(['nl', 'fr', 'en', 'de']);
const Scope = z.enum(['internal', 'external']);
const Audience = z.enum(['nobody', 'team', 'manager']);

const Account = z
  .strictObject({
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['admin', 'coordinator', 'manager', 'employee', 'alumni']),
    language: Lang.nullable().openapi({ description: 'The interface language you chose; null: automatic' }),
    createdAt: Instant,
    lastSignInAt: Instant.nullable(),
    singleSignOn: z
      .strictObject({
        issuer: z.string().nullable().openapi({ description: "Your organisation's identity provider (its issuer URL)" }),
        subject: z.string().openapi({ description: 'Who you are at that provider (its `sub`)' }),
      })
      .nullable()
      .openapi({ description: 'The single sign-on identity linked to your account; null when none is' }),
  })
  .openapi('MyDataAccount', { description: 'Your user account (sign-in)' });

const Person = z
  .strictObject({
    employeeNumber: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    workEmail: z.string().nullable(),
    personalEmail: z.string().nullable(),
    language: Lang.nullable(),
    jobTitle: z.string().nullable(),
    department: z.string().nullable(),
    employmentType: z.string().nullable(),
    site: z.strictObject({ name: z.string(), region: z.string().nullable() }).nullable(),
    manager: z.strictObject({ firstName: z.string(), lastName: z.string() }).nullable(),
    startDate: Day.nullable(),
    endDate: Day.nullable(),
    birthday: z.strictObject({ day: z.number().int(), month: z.number().int(), year: z.number().int().nullable() }).nullable(),
    sensitive: z.boolean().openapi({ description: 'A sensitive function: never on public pages' }),
    buddyVolunteer: z.boolean(),
    dates: z.array(z.strictObject({ key: z.string(), date: Day })).openapi({ description: 'Other dates HR keeps (a move, a training)' }),
    externalId: z.string().nullable().openapi({ description: "Your id in your organisation's directory (SCIM provisioning)" }),
    userName: z.string().nullable().openapi({ description: "Your user name in your organisation's directory (SCIM provisioning)" }),
    updatedAt: Instant,
  })
  .openapi('MyDataPerson', { description: 'Your directory record, kept by HR' });

const Ambassador = z
  .strictObject({
    active: z.boolean(),
    scope: Scope,
    behindTheScenes: z.boolean(),
    intro: z.string(),
    topics: z.array(z.string()),
    languages: z.array(z.string()),
    links: z.array(z.strictObject({ network: z.string(), url: z.string() })),
    hasPhoto: z.boolean(),
    joinedAt: Instant,
    leftAt: Instant.nullable(),
  })
  .openapi('MyDataAmbassador');

export const MyData = z
  .strictObject({
    exportedAt: Instant,
    account: Account,
    person: Person.nullable().openapi({ description: 'Null when your account is not linked to a directory entry' }),
    ambassador: Ambassador.nullable(),
    ambassadorInvitations: z.array(
      z.strictObject({
        message: z.string(),
        answer: z.enum(['pending', 'accepted', 'maybe_later', 'declined']),
        createdAt: Instant,
        answeredAt: Instant.nullable(),
      }),
    ),
    stories: z.array(
      z.strictObject({
        title: z.string(),
        body: z.string().openapi({ description: 'Markdown, as written' }),
        language: Lang,
        scope: Scope,
        publishedAt: Instant,
        updatedAt: Instant,
        hiddenAt: Instant.nullable(),
        hiddenReason: z.string().nullable(),
        deletedAt: Instant.nullable(),
      }),
    ),
    images: z.array(
      z.strictObject({
        purpose: z.string(),
        contentType: z.string(),
        width: z.number().int(),
        height: z.number().int(),
        createdAt: Instant,
      }),
    ),
    recognitions: z.array(
      z.strictObject({
        kind: z.enum(['thanks', 'milestone']),
        from: z.string(),
        note: z.string(),
        milestone: z.string().nullable(),
        companyWide: z.boolean(),
        createdAt: Instant,
      }),
    ),
    reportedPosts: z.array(
      z.strictObject({
        url: z.string(),
        network: z.string(),
        postedOn: Day,
        tone: z.enum(['positive', 'neutral', 'negative']),
        topic: z.enum(['organisation', 'job', 'other']),
        original: z.boolean(),
        reactions: z.number().int().nullable(),
      }),
    ),
    questionsToMe: z
      .array(
        z.strictObject({
          askerName: z.string(),
          body: z.string(),
          language: z.string(),
          createdAt: Instant,
          answeredAt: Instant.nullable(),
          answer: z.string().nullable(),
        }),
      )
      .openapi({ description: 'Questions candidates asked you; their addresses are theirs and not included' }),
    trainingCompletions: z.array(z.strictObject({ title: z.string(), completedAt: Instant })),
    momentPreferences: z
      .strictObject({
        birthdayAudience: Audience,
        showBirthYear: z.boolean(),
        anniversaryAudience: Audience,
        wanted: z.record(z.string(), z.boolean()),
        colleagueDigest: z.boolean().nullable(),
        note: z.string(),
        updatedAt: Instant,
      })
      .nullable(),
    personalMoments: z.array(
      z.strictObject({
        kind: z.enum(['child_birthday', 'other']),
        label: z.string(),
        firstName: z.string().nullable(),
        day: z.number().int(),
        month: z.number().int(),
        audience: z.enum(['manager', 'team']),
        consentText: z.string(),
        consentedAt: Instant,
      }),
    ),
    deliveries: z
      .array(
        z.strictObject({
          journey: z.string(),
          step: z.string(),
          dueDate: Day,
          status: z.enum(['pending', 'sending', 'sent', 'failed', 'skipped', 'cancelled']),
          subject: z.string().nullable(),
          sentAt: Instant.nullable(),
        }),
      )
      .openapi({ description: 'Messages and tasks of journeys about you' }),
    tasksAboutMe: z.array(z.strictObject({ title: z.string(), dueDate: Day.nullable(), completedAt: Instant.nullable() })),
    buddies: z.array(
      z.strictObject({
        role: z.enum(['newcomer', 'buddy']).openapi({ description: 'newcomer: they were your buddy; buddy: you were theirs' }),
        firstName: z.string(),
        lastName: z.string(),
        since: Instant,
        until: Instant.nullable(),
      }),
    ),
    alumniInterest: z
      .strictObject({
        since: Instant,
        survey: z.string().nullable().openapi({ description: 'The survey it was asked after (null: since deleted)' }),
      })
      .nullable()
      .openapi({
        description:
          "Your yes to staying in touch as an alumni ambassador, saved with your name apart from your survey answers. Survey answers themselves are anonymous (stored without your name or any link to you) and so are not part of this export; they are deleted after your organisation's retention period.",
      }),
    alumni: z
      .strictObject({
        email: z.string().openapi({ description: 'The personal address of your alumni account' }),
        chosenAt: Instant,
        leftAt: Instant.nullable(),
        careers: z.boolean().openapi({ description: 'Shown on the careers pages as a former colleague' }),
      })
      .nullable()
      .openapi({ description: 'Your choice to stay on as an alumni ambassador (null: never made, or erased)' }),
    signIns: z
      .array(z.strictObject({ action: z.string(), at: Instant, ip: z.string().nullable() }))
      .openapi({ description: 'Sign-ins, sign-outs and password changes of your account, newest first (at most 1000)' }),
    calendarFeed: z.strictObject({ exists: z.boolean(), createdAt: Instant.nullable(), lastUsedAt: Instant.nullable() }).openapi({
      description:
        'Your personal calendar feed: whether one is live, when it was made and last read by a calendar program (its secret address is not included)',
    }),
    calendarInvitations: z
      .array(
        z.strictObject({
          title: z.string(),
          startsAt: Instant,
          endsAt: Instant,
          status: z.enum(['active', 'cancelled']),
        }),
      )
      .openapi({ description: 'Calendar invitations Embassy sent you, oldest first (at most 1000)' }),
  })
  .openapi('MyData', {
    description:
      'Everything Embassy holds about you. Lists are empty and single records null when there is nothing (or no directory entry linked to your account).',
  });

/** The kinds of data "erase what I chose to give" removes, each with how many records went. */
export const ERASED_KINDS = [
  'stories',
  'ambassador',
  'media',
  'reportedPosts',
  'shareLinks',
  'questions',
  'recognitions',
  'personalMoments',
  'momentPreferences',
  'trainingCompletions',
  'alumniInterest',
  'alumni',
  'calendarFeed',
] as const;
export type ErasedKind = (typeof ERASED_KINDS)[number];

export const Erased = z
  .strictObject({
    removed: z.strictObject(Object.fromEntries(ERASED_KINDS.map((k) => [k, z.number().int()])) as Record<ErasedKind, z.ZodNumber>),
  })
  .openapi('ErasedOptionalData');
