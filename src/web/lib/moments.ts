/**
 * The moments-that-matter API as the browser sees it (journeys, deliveries, tasks, buddies,
 * personal moments), who may see which screen, and the small date arithmetic the screens need.
 * Kept apart from types.ts so the moments screens depend only on the HTTP contract.
 */
import type { MessageKey } from './i18n.tsx';
import type { Me } from './types.ts';

export type StepKind = 'message' | 'task' | 'survey_invitation' | 'ambassador_invitation';
export type Recipient = 'person' | 'manager' | 'buddy' | 'hr' | 'team';
export type Anchor = 'start_date' | 'end_date' | 'birthday' | 'work_anniversary' | 'retirement' | 'custom';
export type OffsetUnit = 'calendar' | 'working';
export type TaskOwner = 'manager' | 'hr' | 'buddy' | 'person';
export type TemplateLang = 'nl' | 'fr' | 'en' | 'de';
export type MissedPolicy = 'catch_up' | 'skip';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'cancelled';

export const STEP_KINDS: readonly StepKind[] = ['message', 'task', 'survey_invitation', 'ambassador_invitation'];
export const RECIPIENTS: readonly Recipient[] = ['person', 'manager', 'buddy', 'hr', 'team'];
export const ANCHORS: readonly Anchor[] = ['start_date', 'end_date', 'birthday', 'work_anniversary', 'retirement', 'custom'];
export const TASK_OWNERS: readonly TaskOwner[] = ['manager', 'hr', 'buddy', 'person'];
/** The languages a message is written in: the three of the interface, German when wanted. */
export const TEMPLATE_LANGS: readonly TemplateLang[] = ['nl', 'fr', 'en', 'de'];
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'sending', 'sent', 'failed', 'skipped', 'cancelled'];

export interface MessageText {
  subject: string;
  body: string;
}
export type StepTemplates = Partial<Record<TemplateLang, MessageText>>;

export interface StepTask {
  title: string;
  owner: TaskOwner;
  dueDays: number;
  checklist: string[];
}

/** A step as GET /journeys/{id} answers it. */
export interface JourneyStep {
  id: string;
  journeyId: string;
  position: number;
  name: string;
  kind: StepKind;
  recipient: Recipient;
  anchor: Anchor;
  customKey: string | null;
  anniversaryYear: number | null;
  offsetDays: number;
  offsetUnit: OffsetUnit;
  sendTime: string;
  templates: StepTemplates;
  task: StepTask | null;
}

export interface Journey {
  id: string;
  templateKey: string | null;
  name: string;
  description: string;
  departments: string[];
  siteIds: string[];
  languages: string[];
  employmentTypes: string[];
  missedPolicy: MissedPolicy;
  active: boolean;
  updatedAt: string;
  steps: JourneyStep[];
}

/** The body of POST /journeys/{id}/steps and PUT /journeys/{id}/steps/{stepId}. */
export interface StepInput {
  name: string;
  kind: StepKind;
  recipient: Recipient;
  anchor: Anchor;
  customKey: string | null;
  anniversaryYear: number | null;
  offsetDays: number;
  offsetUnit: OffsetUnit;
  sendTime: string;
  templates: StepTemplates;
  task: StepTask | null;
  position?: number;
}

export interface JourneyTemplateInfo {
  key: string;
  name: string;
  description: string;
  steps: number;
}

export interface JourneyTemplates {
  items: JourneyTemplateInfo[];
  placeholders: string[];
}

export interface StepPreview {
  language: string;
  languages: string[];
  subject: string;
  body: string;
}

export interface Delivery {
  id: string;
  personId: string;
  name: string;
  stepName: string;
  journeyName: string;
  kind: StepKind;
  recipient: Recipient;
  occurrence: string;
  dueDate: string;
  dueAt: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  to: string[] | null;
  subject: string | null;
  sentAt: string | null;
}

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  outcome: string;
  error: string | null;
}

export interface RunSummary {
  org: string;
  date: string;
  due: number;
  created: number;
}

export interface UpcomingMoment {
  stepId: string;
  stepName: string;
  journeyName: string;
  kind: StepKind;
  recipient: Recipient;
  occurrence: string;
  dueDate: string;
}

export interface PersonTimeline {
  past: Delivery[];
  upcoming: UpcomingMoment[];
}

export interface CalendarItem {
  personId: string;
  name: string;
  stepName: string;
  journeyName: string;
  dueDate: string;
  kind: StepKind;
}

export interface ChecklistItem {
  label: string;
  done: boolean;
}

export interface Task {
  id: string;
  person: { id: string; name: string };
  owner: TaskOwner | null;
  title: string;
  dueDate: string | null;
  checklist: ChecklistItem[];
  completedAt: string | null;
}

export type BuddyReason = 'site' | 'department' | 'neighbour' | 'language' | 'volunteer';

export interface BuddySuggestion {
  personId: string;
  name: string;
  score: number;
  reasons: { reason: BuddyReason; points: number }[];
}

export interface BuddyInfo {
  current: { personId: string; name: string } | null;
  suggestions: BuddySuggestion[];
}

export type Audience = 'nobody' | 'team' | 'manager';
export const AUDIENCES: readonly Audience[] = ['nobody', 'team', 'manager'];
export const WANTABLE = ['birthday', 'work_anniversary', 'child_birthday', 'welcome', 'farewell', 'retirement', 'training', 'internal_move'] as const;
export type Wantable = (typeof WANTABLE)[number];

export interface MomentPreferences {
  birthdayAudience: Audience;
  showBirthYear: boolean;
  anniversaryAudience: Audience;
  wanted: Partial<Record<Wantable, boolean>>;
  note: string;
}

export interface PersonalMoment {
  id: string;
  kind: 'child_birthday' | 'other';
  label: string;
  firstName: string | null;
  day: number;
  month: number;
  audience: 'manager' | 'team';
  consentedAt: string;
}

export interface MyMoments {
  preferences: MomentPreferences;
  moments: PersonalMoment[];
  /** Not sent by the API yet; when it is, the volunteer switch shows the saved choice. */
  buddyVolunteer?: boolean;
}

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

export const statusKey = (s: string): MessageKey => STATUS_KEYS[s as DeliveryStatus] ?? 'moments.status.pending';

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

/** A rough position on a time axis: working days count as 7/5 calendar days. */
export const axisDays = (s: Pick<JourneyStep, 'offsetDays' | 'offsetUnit'>) => (s.offsetUnit === 'working' ? (s.offsetDays * 7) / 5 : s.offsetDays);

/** The step as the API wants it back. */
export function stepToInput(s: JourneyStep): StepInput {
  return {
    name: s.name,
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
    position: s.position,
  };
}

export const EMPTY_STEP: StepInput = {
  name: '',
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
};
