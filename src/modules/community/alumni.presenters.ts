/** The alumni program's rows as the API shows them. */
import type { AlumniListRow, presentStatus } from './alumni.service.ts';
import { withFields } from '../../platform/objects.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAlumniStatus(s: ReturnType<typeof presentStatus>) {
  return withFields(s, { chosenAt: iso(s.chosenAt), leftAt: iso(s.leftAt) });
}

export function presentAlumnus(r: AlumniListRow) {
  return {
    personId: r.person_id,
    firstName: r.first_name,
    lastName: r.last_name,
    chosenAt: r.chosen_at.toISOString(),
    leftAt: iso(r.left_at),
    source: r.source,
    endDate: r.end_date,
    careers: r.left_at === null && r.scope === 'external',
    account: r.account,
    recentActivity: r.recent_activity,
  };
}
