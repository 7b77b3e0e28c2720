/**
 * What a delivery's sender knows of it: the delivery, its step, its person and their manager and
 * buddy, the organisation, read in one statement for a whole batch (deliveries.ts), and whether it
 * must not go out any more (cancelReason). The calendar reconciler reads the same facts.
 */
import type { Queryable } from '../../db/db.ts';
import { anniversaryInYear } from '../../platform/calendar.ts';
import { personMailLanguageSql, type LocalizedText } from '../../platform/language.ts';
import type { Templates } from './render.ts';
import { retirementDate } from './schedule.ts';
import type { StepEvent, StepTask } from './templates.ts';

export interface DeliveryContext {
  id: string;
  org_id: string;
  person_id: string;
  occurrence: string;
  due_date: string;
  message_id: string;
  attempts: number;
  kind: 'message' | 'task' | 'survey_invitation' | 'ambassador_invitation';
  recipient: 'person' | 'manager' | 'buddy' | 'hr' | 'team' | 'channel';
  /** The chat channel of a step with recipient `channel`. */
  channel_id: string | null;
  anchor: string;
  templates: Templates;
  task: StepTask | null;
  /** A message step that is an event with a time: its mail carries a calendar invitation (calendars/invitations.ts). */
  event: StepEvent | null;
  step_name: LocalizedText;
  /** A survey step's survey, or the ready template one is made from (surveys/invitations.ts). */
  survey_id: string | null;
  survey_template: string | null;
  first_name: string;
  last_name: string;
  job_title: string | null;
  department: string | null;
  /** For mail (as m_lang, b_lang): their account's chosen language, else their directory entry's. */
  language: string | null;
  work_email: string | null;
  personal_email: string | null;
  start_date: string | null;
  end_date: string | null;
  birth_day: number | null;
  birth_month: number | null;
  birth_year: number | null;
  manager_id: string | null;
  site_name: string | null;
  region: string | null;
  m_name: string | null;
  m_email: string | null;
  m_lang: string | null;
  buddy_id: string | null;
  b_name: string | null;
  b_email: string | null;
  b_lang: string | null;
  org_name: string;
  brand_colour: string | null;
  default_language: string;
  hr_email: string | null;
  custom_date: string | null;
}

export const CONTEXT_SQL = `
  select d.id, d.org_id, d.person_id, d.occurrence, d.due_date, d.message_id, d.attempts,
         st.kind, st.recipient, st.channel_id, st.anchor, st.templates, st.task, st.survey_id, st.survey_template, st.event, st.name as step_name,
         p.first_name, p.last_name, p.job_title, p.department, ${personMailLanguageSql('p')} as language, p.work_email, p.personal_email,
         p.start_date, p.end_date, p.birth_day, p.birth_month, p.birth_year, p.manager_id,
         s.name as site_name, s.region,
         m.first_name || ' ' || m.last_name as m_name, m.work_email as m_email, ${personMailLanguageSql('m')} as m_lang,
         b.id as buddy_id, b.first_name || ' ' || b.last_name as b_name, b.work_email as b_email, ${personMailLanguageSql('b')} as b_lang,
         o.name as org_name, o.brand_colour, o.default_language, o.hr_email,
         (select pd.date::text from person_dates pd where pd.person_id = p.id and pd.key = st.custom_key) as custom_date
    from deliveries d
    join journey_steps st on st.id = d.step_id
    join people p on p.id = d.person_id
    join organisations o on o.id = d.org_id
    left join sites s on s.id = p.site_id
    left join people m on m.id = p.manager_id
    left join buddy_assignments ba on ba.org_id = d.org_id and ba.newcomer_person_id = p.id and ba.ended_at is null
    left join people b on b.id = ba.buddy_person_id`;

/** The facts of some deliveries, as the sender reads them (the calendar reconciler reads them too). */
export async function deliveryContexts(q: Queryable, ids: string[]): Promise<DeliveryContext[]> {
  return q.query<DeliveryContext>(`${CONTEXT_SQL} where d.id = any($1::uuid[])`, [ids]);
}

/** Why a delivery must not go out any more, or null. */
export function cancelReason(d: DeliveryContext): string | null {
  if (d.anchor !== 'end_date' && d.end_date && d.end_date < d.due_date) return 'The person has left.';
  const current =
    d.anchor === 'start_date'
      ? d.start_date
      : d.anchor === 'end_date'
        ? d.end_date
        : d.anchor === 'custom'
          ? d.custom_date
          : d.anchor === 'retirement'
            ? d.birth_year && d.birth_month
              ? retirementDate(d.birth_year, d.birth_month)
              : null
            : d.anchor === 'birthday'
              ? d.birth_month
                ? anniversaryInYear(d.birth_month, d.birth_day!, Number(d.occurrence.slice(0, 4)))
                : null
              : d.start_date
                ? anniversaryInYear(Number(d.start_date.slice(5, 7)), Number(d.start_date.slice(8, 10)), Number(d.occurrence.slice(0, 4)))
                : null;
  if (current !== d.occurrence) return `The ${d.anchor.replace('_', ' ')} changed (was ${d.occurrence}, now ${current ?? 'none'}).`;
  return null;
}
