/** SQL for tasks the journeys create (for a manager, HR, a buddy or the person). Organisation id required. */
import type { Queryable } from '../../db/db.ts';
import type { LocalizedText } from '../../platform/language.ts';

/** An item of a task's checklist as stored: its label in every language it was written in. */
export interface ChecklistItem {
  label: LocalizedText;
  done: boolean;
}

export interface TaskRow {
  id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  owner_person_id: string | null;
  owner_role: 'manager' | 'hr' | 'buddy' | 'person' | null;
  title: LocalizedText;
  due_date: string | null;
  checklist: ChecklistItem[];
  completed_at: Date | null;
}

/** The tasks a person owns, plus HR's when `withHr`; open ones first. */
export async function listOwned(q: Queryable, orgId: string, ownerPersonId: string | null, withHr: boolean, includeDone: boolean) {
  return q.query<TaskRow>(
    `select t.id, t.person_id, p.first_name, p.last_name, t.owner_person_id, t.owner_role, t.title, t.due_date, t.checklist, t.completed_at
       from tasks t join people p on p.id = t.person_id
      where t.org_id = $1 and (t.owner_person_id = $2 or ($3 and t.owner_role = 'hr')) and ($4 or t.completed_at is null)
      order by t.completed_at nulls first, t.due_date nulls last limit 500`,
    [orgId, ownerPersonId, withHr, includeDone],
  );
}

export async function getTask(q: Queryable, orgId: string, id: string) {
  const [row] = await q.query<{ owner_person_id: string | null; owner_role: string | null; checklist: ChecklistItem[] }>(
    `select owner_person_id, owner_role, checklist from tasks where org_id = $1 and id = $2`,
    [orgId, id],
  );
  return row;
}

/** completed: true sets the completion time once, false clears it, null leaves it. Says whether this save completed it. */
export async function saveTask(q: Queryable, orgId: string, id: string, checklist: ChecklistItem[], completed: boolean | null, now: Date) {
  const [row] = await q.query<{ person_id: string; owner_person_id: string | null; newly_completed: boolean }>(
    `with before as (select id, completed_at from tasks where org_id = $1 and id = $2 for update)
     update tasks t set checklist = $3,
            completed_at = case when $4::boolean is null then t.completed_at when $4 then coalesce(t.completed_at, $5) else null end
       from before b where t.id = b.id
     returning t.person_id, t.owner_person_id, (b.completed_at is null and t.completed_at is not null) as newly_completed`,
    [orgId, id, JSON.stringify(checklist), completed, now],
  );
  return row;
}
