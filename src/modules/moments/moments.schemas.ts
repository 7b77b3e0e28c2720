/** Request and response shapes of journeys, the schedule, tasks, buddies and personal moments. */
import { IsoDate, z } from '../../platform/openapi.ts';
import { WANTABLE } from './personal.service.ts';
import { TEMPLATE_KEYS } from '../surveys/sending.service.ts';

export const Lang = z.enum(['nl', 'fr', 'en', 'de']);
const Kind = z.enum(['message', 'task', 'survey_invitation', 'ambassador_invitation']);
const Recipient = z.enum(['person', 'manager', 'buddy', 'hr', 'team', 'channel']);
const Anchor = z.enum(['start_date', 'end_date', 'birthday', 'work_anniversary', 'retirement', 'custom']);
const OffsetUnit = z.enum(['calendar', 'working']);
const MissedPolicy = z.enum(['catch_up', 'skip']);
const TaskOwner = z.enum(['manager', 'hr', 'buddy', 'person']);
const Text = z.strictObject({ subject: z.string().max(300), body: z.string().max(20_000) });
const Templates = z.strictObject({ nl: Text.optional(), fr: Text.optional(), en: Text.optional(), de: Text.optional() });

/** A text people read, in each language it is written in. */
export const LocalizedText = z
  .object({ nl: z.string().optional(), fr: z.string().optional(), en: z.string().optional() })
  .openapi('LocalizedText', { description: 'A text in each language it is written in (nl, fr, en)' });

/**
 * A text as HR writes it: every language (the organisation's default language required), or one
 * plain text, which is taken as the organisation's default language.
 */
const TextInput = (max: number, min = 1) =>
  z
    .union([
      z.string().trim().min(min).max(max),
      z.strictObject({ nl: z.string().max(max).optional(), fr: z.string().max(max).optional(), en: z.string().max(max).optional() }),
    ])
    .openapi({ description: "Every language, the organisation's default language required; or one text in that language" });

/** A message step that is an event with a time: its mail carries a calendar invitation (calendars/). */
export const StepEvent = z
  .strictObject({
    offsetDays: z
      .number()
      .int()
      .min(-400)
      .max(400)
      .openapi({ description: "The event's day: the anchor date plus this many calendar days" }),
    startTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:mm, e.g. 09:00.')
      .openapi({ description: "HH:mm in the organisation's time zone" }),
    durationMinutes: z.number().int().min(5).max(1440),
    location: z
      .strictObject({ nl: z.string().max(300).optional(), fr: z.string().max(300).optional(), en: z.string().max(300).optional() })
      .nullable(),
  })
  .openapi('StepEvent', { description: 'An event with a time (welcome day, feedback conversation): the mail carries an ICS invitation' });

const StepTask = z.strictObject({
  title: TextInput(200),
  owner: TaskOwner,
  dueDays: z.number().int().min(0).max(365),
  checklist: z.array(TextInput(300)).max(50),
});
const StepTaskOut = z.object({
  title: LocalizedText,
  owner: TaskOwner,
  dueDays: z.number().int(),
  checklist: z.array(LocalizedText),
});

// ---- Journeys ----

export const JourneyTemplates = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      name: z.string().openapi({ description: "In the reader's language" }),
      description: z.string(),
      steps: z.number(),
    }),
  ),
  placeholders: z.array(z.string()),
});

export const StepBody = z.strictObject({
  name: TextInput(200),
  kind: Kind,
  recipient: Recipient,
  anchor: Anchor,
  customKey: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'Use lower-case letters, digits and _ (e.g. move_date).')
    .nullable()
    .optional(),
  anniversaryYear: z.number().int().min(1).max(60).nullable().optional(),
  offsetDays: z.number().int().min(-400).max(400),
  offsetUnit: OffsetUnit,
  sendTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:mm, e.g. 09:00.')
    .optional(),
  templates: Templates.optional(),
  task: StepTask.nullable().optional(),
  surveyId: z.string().uuid().nullable().optional().openapi({
    description: "A survey step's survey (one of the organisation's). Left out on a change: kept as it is; null: none.",
  }),
  surveyTemplate: z.enum(TEMPLATE_KEYS).nullable().optional().openapi({
    description:
      "Without surveyId: the ready survey the step invites to (the organisation's open one made from that template). Left out on a change: kept as it is; null: the 30-day onboarding survey, or the exit survey for a step before an end date.",
  }),
  position: z.number().int().min(0).max(1000).optional(),
  event: StepEvent.nullable()
    .optional()
    .openapi({ description: 'Only for a message step. Left out on a change: kept as it is; null: none.' }),
  channelId: z.string().uuid().nullable().optional().openapi({
    description: "With recipient `channel` (message steps): the chat channel it posts to, one of the organisation's. Ignored otherwise.",
  }),
});

export const JourneyCreate = z.strictObject({
  templateKey: z.string().max(60).optional(),
  name: TextInput(200).optional(),
  active: z.boolean().optional(),
});
export const JourneyPatch = z.strictObject({
  name: TextInput(200).optional(),
  description: TextInput(2000, 0).optional(),
  departments: z.array(z.string().max(200)).optional(),
  siteIds: z.array(z.string().uuid()).optional(),
  languages: z.array(Lang).optional(),
  employmentTypes: z.array(z.string().max(100)).optional(),
  missedPolicy: MissedPolicy.optional(),
  active: z.boolean().optional(),
});
export const JourneyParams = z.object({ id: z.string().uuid(), stepId: z.string().uuid() });
export const PreviewQuery = z.strictObject({ personId: z.string().uuid(), language: Lang.optional() });

export const JourneyStep = z
  .object({
    id: z.string(),
    journeyId: z.string(),
    position: z.number(),
    name: z.string().openapi({ description: "In the reader's interface language (else the organisation's, else any)" }),
    names: LocalizedText,
    kind: Kind,
    recipient: Recipient,
    anchor: Anchor,
    customKey: z.string().nullable(),
    anniversaryYear: z.number().nullable(),
    offsetDays: z.number(),
    offsetUnit: OffsetUnit,
    sendTime: z.string().openapi({ description: "HH:mm in the organisation's time zone" }),
    templates: Templates.openapi({ description: 'The message per language: subject and text with {{placeholders}}' }),
    task: StepTaskOut.nullable(),
    surveyId: z.string().nullable().openapi({ description: "A survey step's survey" }),
    surveyTemplate: z.enum(TEMPLATE_KEYS).nullable().openapi({ description: "A survey step's ready survey, when it names no survey" }),
    event: StepEvent.nullable().openapi({ description: 'A message step that is an event with a time: its mail carries an invitation' }),
    channelId: z.string().nullable().openapi({ description: 'The chat channel a step with recipient `channel` posts to' }),
  })
  .openapi('JourneyStep');

export const Journey = z
  .object({
    id: z.string(),
    templateKey: z.string().nullable().openapi({ description: 'The template it was made from' }),
    name: z.string().openapi({ description: "In the reader's interface language (else the organisation's, else any)" }),
    names: LocalizedText,
    description: z.string(),
    descriptions: LocalizedText,
    departments: z.array(z.string()).openapi({ description: 'Empty: every department' }),
    siteIds: z.array(z.string()).openapi({ description: 'Empty: every site' }),
    languages: z.array(z.string()).openapi({ description: 'Empty: every language' }),
    employmentTypes: z.array(z.string()).openapi({ description: 'Empty: every employment type' }),
    missedPolicy: MissedPolicy.openapi({ description: 'Steps missed while Embassy was down: sent at once, or recorded as skipped' }),
    active: z.boolean(),
    updatedAt: z.string(),
    steps: z.array(JourneyStep),
  })
  .openapi('Journey');

export const StepPreview = z.object({ language: z.string(), languages: z.array(z.string()), subject: z.string(), body: z.string() });

// ---- Schedule and deliveries ----

export const RunBody = z.strictObject({ date: IsoDate });
export const RunSummary = z.object({ org: z.string(), date: z.string(), due: z.number(), created: z.number() });
export const DeliveryStatus = z.enum(['pending', 'sending', 'sent', 'failed', 'skipped', 'cancelled']);
export const DeliveriesQuery = z.strictObject({
  status: DeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().openapi({ description: 'The nextCursor of the previous page' }),
});
export const Delivery = z
  .object({
    id: z.string(),
    personId: z.string(),
    name: z.string(),
    stepName: z.string(),
    journeyName: z.string(),
    kind: Kind,
    recipient: Recipient,
    occurrence: z.string(),
    dueDate: z.string(),
    dueAt: z.string(),
    status: DeliveryStatus,
    attempts: z.number(),
    lastError: z.string().nullable(),
    to: z.array(z.string()).nullable(),
    subject: z.string().nullable(),
    sentAt: z.string().nullable(),
  })
  .openapi('Delivery');
export const Attempts = z.object({
  items: z.array(
    z.object({ attempt: z.number(), at: z.string(), outcome: z.enum(['sent', 'error', 'cancelled']), error: z.string().nullable() }),
  ),
});
export const Timeline = z.object({
  past: z.array(Delivery),
  upcoming: z.array(
    z.object({
      stepId: z.string(),
      stepName: z.string(),
      journeyName: z.string(),
      kind: Kind,
      recipient: Recipient,
      occurrence: z.string(),
      dueDate: z.string(),
    }),
  ),
});
export const CalendarQuery = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional(), manager: z.string().uuid().optional() });
export const Calendar = z.object({
  items: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      stepName: z.string(),
      journeyName: z.string(),
      dueDate: z.string(),
      kind: Kind,
      status: z
        .enum([...DeliveryStatus.options, 'upcoming'])
        .openapi({ description: 'A delivery\'s status for days gone by; "upcoming" from today on' }),
    }),
  ),
});

// ---- Tasks ----

const ChecklistItem = z.object({ label: z.string(), done: z.boolean() });
export const Task = z
  .object({
    id: z.string(),
    person: z.object({ id: z.string(), name: z.string() }),
    owner: TaskOwner.nullable(),
    title: z.string(),
    dueDate: z.string().nullable(),
    checklist: z.array(ChecklistItem),
    completedAt: z.string().nullable(),
  })
  .openapi('Task');
export const TasksQuery = z.strictObject({ done: z.enum(['true', 'false']).optional() });
export const TaskPatch = z.strictObject({ checklist: z.array(ChecklistItem).optional(), completed: z.boolean().optional() });

// ---- Buddies ----

export const Suggestions = z.object({
  /** Starts in the future or started less than 6 months ago: only then are there suggestions. */
  newcomer: z.boolean(),
  /** The last day the person counts as a newcomer (null: no start date known). */
  newcomerUntil: z.string().nullable(),
  current: z.object({ personId: z.string(), name: z.string() }).nullable(),
  /** Best first; equal scores: longer in the organisation, then fewer buddies now, then by name. */
  suggestions: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      score: z.number(),
      reasons: z.array(z.object({ reason: z.enum(['site', 'department', 'neighbour', 'language', 'volunteer']), points: z.number() })),
      department: z.string().nullable(),
      jobTitle: z.string().nullable(),
      site: z.string().nullable(),
      languages: z.array(z.string()),
      startDate: z.string(),
      yearsOfService: z.number().int(),
      currentBuddies: z.number().int(),
    }),
  ),
});
export const BuddyBody = z.strictObject({ buddyPersonId: z.string().uuid().nullable() });
export const VolunteerBody = z.strictObject({ volunteer: z.boolean() });

// ---- Personal moments ----

const Audience = z.enum(['nobody', 'team', 'manager']);
const PersonalKind = z.enum(['child_birthday', 'other']);
const PersonalAudience = z.enum(['manager', 'team']);
export const Prefs = z.strictObject({
  birthdayAudience: Audience,
  showBirthYear: z.boolean(),
  anniversaryAudience: Audience,
  wanted: z.partialRecord(z.enum(WANTABLE), z.boolean()),
  note: z.string().max(2000),
  colleagueDigest: z.boolean().optional().openapi({
    description:
      "Whether you get the daily mail about colleagues' birthdays, anniversaries and moments (on unless turned off, here or by the mail's one-click unsubscribe link); left out, it stays as it is",
  }),
});
export const MyMoments = z.object({
  buddyVolunteer: z.boolean(),
  preferences: Prefs,
  moments: z.array(
    z.object({
      id: z.string(),
      kind: PersonalKind,
      label: z.string(),
      firstName: z.string().nullable(),
      day: z.number(),
      month: z.number(),
      audience: PersonalAudience,
      consentedAt: z.string(),
    }),
  ),
});
export const PersonalMomentBody = z.strictObject({
  kind: PersonalKind,
  label: z.string().trim().max(100).default(''),
  firstName: z.string().trim().max(60).nullable().optional(),
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
  audience: PersonalAudience,
  consent: z.literal(true, { message: 'Tick the consent box: this moment is only kept with your explicit yes.' }),
  consentText: z.string().min(10).max(1000),
});
