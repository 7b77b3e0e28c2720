/**
 * Who sees what of a person. Everyone signed in sees the directory card; the private part
 * (personal email, birthday, end date, sensitive flag) is for admins, the person themself, and
 * their direct manager.
 */
import { can, type Actor } from '../../platform/policy.ts';

export function canSeePrivate(actor: Actor, person: { id: string; manager_id: string | null }): boolean {
  if (can(actor, 'people.readPrivate')) return true;
  if (actor.personId && actor.personId === person.id) return true;
  return actor.personId !== null && person.manager_id === actor.personId;
}
