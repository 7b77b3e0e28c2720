/** SQL for journeys and their steps. The organisation id is a required argument everywhere. */
import type { Queryable } from '../../db/db.ts';
import type { LocalizedText } from '../../platform/language.ts';
import { CONTEXT_SQL, type DeliveryContext } from './deliveries.ts';
import type { Templates } from './render.ts';
import type { StepEvent, StepTask, StepTemplate } from './templates.ts';
import type { SurveyTemplateKey } from '../surveys/sending.service.ts';

export interface JourneyRow {
  id: string;
  template_key: string | null;
  name: LocalizedText;
  description: LocalizedText;
  departments: string[];
  site_ids: string[];
  languages: string[];
  employment_types: string[];
  missed_policy: 'catch_up' | 'skip';
  active: boolean;
  updated_at: Date;
}

export interface StepRow {
  id: string;
  journey_id: string;
  position: number;
  name: LocalizedText;
  kind: StepTemplate['kind'];
  recipient: StepTemplate['recipient'];
  anchor: StepTemplate['anchor'];
  custom_key: string | null;
  anniversary_year: number | null;
  offset_days: number;
  offset_unit: 'calendar' | 'working';
  send_time: string;
  templates: Templates;
  task: StepTask | null;
  /** A survey step's survey, or the ready survey template one is made from (surveys/invitations.ts). */
  survey_id: string | null;
  survey_template: SurveyTemplateKey | null;
  /** A message step that is an event with a time (its mail carries an invitation), or null. */
  event: StepEvent | null;
  /** The chat channel a step with recipient `channel` posts to. */
  channel_id: string | null;
}

/** A step as it is written: the shape of the API's step body, its texts localized. */
export interface StepFields {
  name: LocalizedText;
  kind: StepTemplate['kind'];
  recipient: StepTemplate['recipient'];
  anchor: StepTemplate['anchor'];
  customKey?: string | null;
  anniversaryYear?: number | null;
  offsetDays: number;
  offsetUnit: 'calendar' | 'working';
  sendTime?: string;
  templates?: Templates;
  task?: StepTask | null;
  /** A survey step's survey; on update, left out keeps what the step has (null clears it). */
  surveyId?: string | null;
  /** The ready survey template a survey step's survey is made from; left out on update keeps it. */
  surveyTemplate?: SurveyTemplateKey | null;
  /** An event with a time (message steps only); on update, left out keeps what the step has (null clears it). */
  event?: StepEvent | null;
  /** The chat channel of a step with recipient `channel` (null for every other recipient). */
  channelId?: string | null;
  position?: number;
}

/** A type, not an interface: the audit log records it as a plain record. */
export type JourneyChanges = {
  name?: LocalizedText;
  description?: LocalizedText;
  departments?: string[];
  siteIds?: string[];
  languages?: string[];
  employmentTypes?: string[];
  missedPolicy?: 'catch_up' | 'skip';
  active?: boolean;
};

const J_COLS = 'id, template_key, name, description, departments, site_ids, languages, employment_types, missed_policy, active, updated_at';
const S_COLS =
  'id, journey_id, position, name, kind, recipient, anchor, custom_key, anniversary_year, offset_days, offset_unit, send_time, templates, task, survey_id, survey_template, event, channel_id';
const STEP_ORDER = 'order by position, offset_days';

export async function listJourneys(q: Queryable, orgId: string) {
  // In the order they were added: readers sort by the name in their own language.
  return q.query<JourneyRow>(`select ${J_COLS} from journeys where org_id = $1 order by created_at, id`, [orgId]);
}

export async function getJourney(q: Queryable, orgId: string, id: string): Promise<JourneyRow | undefined> {
  const [row] = await q.query<JourneyRow>(`select ${J_COLS} from journeys where org_id = $1 and id = $2`, [orgId, id]);
  return row;
}

/** Every step of the organisation (journeyId: of one journey), in the order the timeline shows them. */
export async function listSteps(q: Queryable, orgId: string, journeyId?: string) {
  return q.query<StepRow>(`select ${S_COLS} from journey_steps where org_id = $1 and ($2::uuid is null or journey_id = $2) ${STEP_ORDER}`, [
    orgId,
    journeyId ?? null,
  ]);
}

export async function getStep(q: Queryable, orgId: string, id: string): Promise<StepRow | undefined> {
  const [row] = await q.query<StepRow>(`select ${S_COLS} from journey_steps where org_id = $1 and id = $2`, [orgId, id]);
  return row;
}

export async function insertJourney(
  q: Queryable,
  j: { orgId: string; templateKey: string | null; name: LocalizedText; description: LocalizedText; active: boolean; now: Date },
) {
  const [row] = await q.query<{ id: string }>(
    `insert into journeys (org_id, template_key, name, description, active, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $6) returning id`,
    [j.orgId, j.templateKey, JSON.stringify(j.name), JSON.stringify(j.description), j.active, j.now],
  );
  return row.id;
}

/** Changes what is given, keeps the rest; false when there is no such journey in the organisation. */
export async function updateJourney(q: Queryable, orgId: string, id: string, c: JourneyChanges, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update journeys set name = coalesce($3::jsonb, name), description = coalesce($4::jsonb, description), departments = coalesce($5, departments),
            site_ids = coalesce($6, site_ids), languages = coalesce($7, languages), employment_types = coalesce($8, employment_types),
            missed_policy = coalesce($9, missed_policy), active = coalesce($10, active), updated_at = $11
      where org_id = $1 and id = $2 returning id`,
    [
      orgId,
      id,
      c.name ? JSON.stringify(c.name) : null,
      c.description ? JSON.stringify(c.description) : null,
      c.departments ?? null,
      c.siteIds ?? null,
      c.languages ?? null,
      c.employmentTypes ?? null,
      c.missedPolicy ?? null,
      c.active ?? null,
      now,
    ],
  );
  return rows.length > 0;
}

export async function deleteJourney(q: Queryable, orgId: string, id: string): Promise<boolean> {
  return (await q.query(`delete from journeys where org_id = $1 and id = $2 returning id`, [orgId, id])).length > 0;
}

/** A step's fields in column order (name, kind, recipient, anchor ... task, survey_id, survey_template), as insertStep and updateStep write them. */
const stepValues = (s: StepFields) => [
  JSON.stringify(s.name),
  s.kind,
  s.recipient,
  s.anchor,
  s.customKey ?? null,
  s.anniversaryYear ?? null,
  s.offsetDays,
  s.offsetUnit,
  s.sendTime ?? '09:00',
  JSON.stringify(s.templates ?? {}),
  s.task ? JSON.stringify(s.task) : null,
  s.surveyId ?? null,
  s.surveyTemplate ?? null,
  s.event ? JSON.stringify(s.event) : null,
];

export async function insertStep(q: Queryable, orgId: string, journeyId: string, s: StepFields, position: number, now: Date) {
  const [row] = await q.query<{ id: string }>(
    `insert into journey_steps (org_id, journey_id, position, name, kind, recipient, anchor, custom_key, anniversary_year, offset_days, offset_unit, send_time, templates, task,
                                survey_id, survey_template, event, channel_id, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) returning id`,
    [orgId, journeyId, position, ...stepValues(s), s.channelId ?? null, now],
  );
  return row.id;
}

/** Replaces a step's fields (the position only when given); false when it is not a step of that journey. */
export async function updateStep(
  q: Queryable,
  orgId: string,
  journeyId: string,
  stepId: string,
  s: StepFields,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `update journey_steps set name = $4, kind = $5, recipient = $6, anchor = $7, custom_key = $8, anniversary_year = $9, offset_days = $10,
            offset_unit = $11, send_time = $12, templates = $13, task = $14,
            survey_id = case when $20 then $15::uuid else survey_id end, survey_template = case when $21 then $16 else survey_template end,
            event = case when $22 then $17::jsonb else event end, channel_id = $23,
            position = coalesce($18, position), updated_at = $19
      where org_id = $1 and journey_id = $2 and id = $3 returning id`,
    [
      orgId,
      journeyId,
      stepId,
      ...stepValues(s),
      s.position ?? null,
      now,
      s.surveyId !== undefined,
      s.surveyTemplate !== undefined,
      s.event !== undefined,
      s.channelId ?? null,
    ],
  );
  return rows.length > 0;
}

export async function deleteStep(q: Queryable, orgId: string, journeyId: string, stepId: string): Promise<boolean> {
  return (
    (await q.query(`delete from journey_steps where org_id = $1 and journey_id = $2 and id = $3 returning id`, [orgId, journeyId, stepId]))
      .length > 0
  );
}

/** The facts a real delivery of `stepId` to this person would read, joined without a delivery row. */
export async function previewFacts(q: Queryable, orgId: string, personId: string, stepId: string): Promise<DeliveryContext | undefined> {
  const sql = CONTEXT_SQL.replace(
    'from deliveries d',
    'from (select $3::uuid as id, $1::uuid as org_id, $2::uuid as person_id, $4::uuid as step_id) d',
  ).replace(/d\.(occurrence|due_date|message_id|attempts)/g, 'null as $1');
  const [facts] = await q.query<DeliveryContext>(`${sql} where p.org_id = $1`, [orgId, personId, stepId, stepId]);
  return facts;
}
