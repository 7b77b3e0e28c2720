/**
 * The moments-that-matter API as the browser sees it (journeys, deliveries, tasks, buddies,
 * personal moments), who may see which screen, and the small date arithmetic the screens need.
 * Kept apart from types.ts so the moments screens depend only on the HTTP contract.
 */
import type { MessageKey } from './i18n.tsx';
import type { paths } from './api.gen.ts';
import type { Answer, Body, Me, Reply, Schema } from './types.ts';

type Step = Schema<'JourneyStep'>;
export type StepKind = Step['kind'];
export type Recipient = Step['recipient'];
export type Anchor = Step['anchor'];
export type OffsetUnit = Step['offsetUnit'];
export type StepTask = NonNullable<Step['task']>;
export type TaskOwner = StepTask['owner'];
export type StepTemplates = Step['templates'];
export type TemplateLang = keyof StepTemplates;
export type MessageText = NonNullable<StepTemplates[TemplateLang]>;
export type MissedPolicy = Schema<'Journey'>['missedPolicy'];
/** The statuses GET /deliveries filters by (the answer itself types a delivery's status as a string). */
export type DeliveryStatus = NonNullable<NonNullable<paths['/api/v1/deliveries']['get']['parameters']['query']>['status']>;

export const STEP_KINDS: readonly StepKind[] = ['message', 'task', 'survey_invitation', 'ambassador_invitation'];
export const RECIPIENTS: readonly Recipient[] = ['person', 'manager', 'buddy', 'hr', 'team', 'channel'];
export const ANCHORS: readonly Anchor[] = ['start_date', 'end_date', 'birthday', 'work_anniversary', 'retirement', 'custom'];
export const TASK_OWNERS: readonly TaskOwner[] = ['manager', 'hr', 'buddy', 'person'];
/** The languages a message is written in: the three of the interface, German when wanted. */
export const TEMPLATE_LANGS: readonly TemplateLang[] = ['nl', 'fr', 'en', 'de'];
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'sending', 'sent', 'failed', 'skipped', 'cancelled'];

/** A text in each language it is written in, as HR edits it (readers get one, in their language). */
export type LocalizedText = Schema<'LocalizedText'>;
/** A step as GET /journeys/{id} answers it: `name` in the reader's language, `names` every one. */
export type JourneyStep = Step;
export type Journey = Schema<'Journey'>;
/** The body of POST /journeys/{id}/steps and PUT /journeys/{id}/steps/{stepId}, every text in every language. */
export type StepInput = Omit<JourneyStep, 'id' | 'journeyId' | 'position' | 'name' | 'names'> & {
  name: LocalizedText;
} & Pick<Body<'/api/v1/journeys/{id}/steps', 'post'>, 'position'>;
/** The journey's texts and scope as PATCH /journeys/{id} takes them. */
export type JourneyInput = Pick<Journey, 'departments' | 'siteIds' | 'languages' | 'employmentTypes' | 'missedPolicy'> & {
  name: LocalizedText;
  description: LocalizedText;
};
export type JourneyTemplates = Answer<'/api/v1/journey-templates'>;
export type JourneyTemplateInfo = JourneyTemplates['items'][number];
export type StepPreview = Answer<'/api/v1/journeys/{id}/steps/{stepId}/preview'>;

export type Delivery = Schema<'Delivery'>;
export type DeliveryAttempt = Answer<'/api/v1/deliveries/{id}/attempts'>['items'][number];
export type RunSummary = Reply<'/api/v1/moments/run', 'post'>;
export type PersonTimeline = Answer<'/api/v1/people/{id}/timeline'>;
export type UpcomingMoment = PersonTimeline['upcoming'][number];
export type CalendarItem = Answer<'/api/v1/moments/calendar'>['items'][number];

export type Task = Schema<'Task'>;
export type ChecklistItem = Task['checklist'][number];

export type BuddyInfo = Answer<'/api/v1/people/{id}/buddy'>;
export type BuddySuggestion = BuddyInfo['suggestions'][number];
/** The reasons the server gives (typed as a string in the answer); each has a label. */
export type BuddyReason = 'site' | 'department' | 'neighbour' | 'language' | 'volunteer';

export type MyMoments = Answer<'/api/v1/me/moments'>;
export type MomentPreferences = MyMoments['preferences'];
export type PersonalMoment = MyMoments['moments'][number];
export type Audience = MomentPreferences['birthdayAudience'];
export const AUDIENCES: readonly Audience[] = ['nobody', 'team', 'manager'];
/** The moments a person may say they want or not: the server's list, through the generated types. */
export type Wantable = keyof MomentPreferences['wanted'];

// ---- Who sees what ----

/** HR: the moments.manage permission (admins). */
export const isHr = (me: Me) => me.permissions.includes('moments.manage');
/** Managers see the upcoming moments of their reports. */
export const isManager = (me: Me) => me.user.role === 'manager';
export const seesCalendar = (me: Me) => isHr(me) || isManager(me);

// ---- Labels ----

export const KIND_KEYS: Record<StepKind, MessageKey> = {
  message: 'moments.kind.message',
  task: 'moments.kind.task',
  survey_invitation: 'moments.kind.survey_invitation',
  ambassador_invitation: 'moments.kind.ambassador_invitation',
};
export const RECIPIENT_KEYS: Record<Recipient, MessageKey> = {
  person: 'moments.recipient.person',
  manager: 'moments.recipient.manager',
  buddy: 'moments.recipient.buddy',
  hr: 'moments.recipient.hr',
  team: 'moments.recipient.team',
  channel: 'chat.recipient',
};
export const ANCHOR_KEYS: Record<Anchor, MessageKey> = {
  start_date: 'moments.anchor.start_date',
  end_date: 'moments.anchor.end_date',
  birthday: 'moments.anchor.birthday',
  work_anniversary: 'moments.anchor.work_anniversary',
  retirement: 'moments.anchor.retirement',
  custom: 'moments.anchor.custom',
};
export const OWNER_KEYS: Record<TaskOwner, MessageKey> = {
  manager: 'moments.recipient.manager',
  hr: 'moments.recipient.hr',
  buddy: 'moments.recipient.buddy',
  person: 'moments.recipient.person',
};
export const STATUS_KEYS: Record<DeliveryStatus, MessageKey> = {
  pending: 'moments.status.pending',
  sending: 'moments.status.sending',
  sent: 'moments.status.sent',
  failed: 'moments.status.failed',
  skipped: 'moments.status.skipped',
  cancelled: 'moments.status.cancelled',
};
export const REASON_KEYS: Record<BuddyReason, MessageKey> = {
  site: 'moments.buddy.reason.site',
  department: 'moments.buddy.reason.department',
  neighbour: 'moments.buddy.reason.neighbour',
  language: 'moments.buddy.reason.language',
  volunteer: 'moments.buddy.reason.volunteer',
};
export const AUDIENCE_KEYS: Record<Audience, MessageKey> = {
  nobody: 'moments.audience.nobody',
  team: 'moments.audience.team',
  manager: 'moments.audience.manager',
};
export const WANTED_KEYS: Record<Wantable, MessageKey> = {
  birthday: 'moments.wanted.birthday',
  work_anniversary: 'moments.wanted.work_anniversary',
  child_birthday: 'moments.wanted.child_birthday',
  welcome: 'moments.wanted.welcome',
  farewell: 'moments.wanted.farewell',
  retirement: 'moments.wanted.retirement',
  training: 'moments.wanted.training',
  internal_move: 'moments.wanted.internal_move',
};
/** In the order the preferences form shows them. */
export const WANTABLE = Object.keys(WANTED_KEYS) as Wantable[];

// ---- Dates as "yyyy-mm-dd", computed in UTC so no time zone moves a day ----

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(iso: string, n: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
}

/** Today in a time zone (the organisation's), as yyyy-mm-dd. */
export function todayIn(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return toIso(new Date());
  }
}

/** The Monday of the week of `iso` (weeks start on Monday in Belgium). */
export function startOfWeek(iso: string): string {
  const dow = (toDate(iso).getUTCDay() + 6) % 7;
  return addDays(iso, -dow);
}

export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

export function endOfMonth(iso: string): string {
  const d = toDate(startOfMonth(iso));
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return toIso(d);
}

export function addMonths(iso: string, n: number): string {
  const d = toDate(startOfMonth(iso));
  d.setUTCMonth(d.getUTCMonth() + n);
  return toIso(d);
}

/** Trimmed, without empty languages: what the API is sent. */
export function cleanText(text: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(text).flatMap(([l, v]) => (v?.trim() ? [[l, v.trim()]] : [])));
}

/** A rough position on a time axis: working days count as 7/5 calendar days. */
export const axisDays = (s: Pick<JourneyStep, 'offsetDays' | 'offsetUnit'>) =>
  s.offsetUnit === 'working' ? (s.offsetDays * 7) / 5 : s.offsetDays;

/** The step as the API wants it back. */
export function stepToInput(s: JourneyStep): StepInput {
  return {
    name: s.names,
    kind: s.kind,
    recipient: s.recipient,
    anchor: s.anchor,
    customKey: s.customKey,
    anniversaryYear: s.anniversaryYear,
    offsetDays: s.offsetDays,
    offsetUnit: s.offsetUnit,
    sendTime: s.sendTime,
    templates: s.templates ?? {},
    task: s.task,
    surveyId: s.surveyId,
    surveyTemplate: s.surveyTemplate,
    channelId: s.channelId,
    event: s.event,
    position: s.position,
  };
}

export const EMPTY_STEP: StepInput = {
  name: {},
  kind: 'message',
  recipient: 'person',
  anchor: 'start_date',
  customKey: null,
  anniversaryYear: null,
  offsetDays: 0,
  offsetUnit: 'calendar',
  sendTime: '09:00',
  templates: {},
  task: null,
  surveyId: null,
  surveyTemplate: null,
  channelId: null,
  event: null,
};
