/** Community events as the API shows them. */
import type { EventRow, SignupRow } from './events.service.ts';

interface Listed {
  event: EventRow;
  counts: { role: string; capacity: number | null; confirmed: number; waiting: number }[];
  mine: { role: string; status: 'confirmed' | 'waiting' | 'cancelled'; show_publicly: boolean; position: number | null } | null;
}

export const presentEvent = ({ event: e, counts, mine }: Listed) => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  description: e.description,
  place: e.place,
  link: e.link,
  startsAt: e.starts_at.toISOString(),
  endsAt: e.ends_at.toISOString(),
  language: e.language,
  capacity: e.capacity,
  roles: e.roles,
  showOnCareers: e.show_on_careers,
  status: e.status,
  counts,
  mySignup:
    mine && mine.status !== 'cancelled'
      ? { role: mine.role, status: mine.status, showPublicly: mine.show_publicly, position: mine.position }
      : null,
});

export const presentSignup = (s: SignupRow) => ({
  personId: s.person_id,
  firstName: s.first_name,
  lastName: s.last_name,
  role: s.role,
  status: s.status as 'confirmed' | 'waiting',
  showPublicly: s.show_publicly,
  attended: s.attended,
  signedUpAt: s.signed_up_at.toISOString(),
});
