/**
 * Who may see or do what about a person: the object-level rules, by name, used first by every
 * service that touches a person (directory, moments, buddies). One answer per rule everywhere: what
 * someone may not see of a person (their private part, their moments, their buddy) answers 404 as
 * if it did not exist; what they see but may not change answers 403.
 */
import { can, type Actor } from '../../platform/policy.ts';

export interface PersonRef {
  id: string;
  manager_id: string | null;
}

/** The person themself. */
export function isSelf(actor: Actor, person: Pick<PersonRef, 'id'>): boolean {
  return actor.personId !== null && actor.personId === person.id;
}

/** Their direct manager. */
export function isManagerOf(actor: Actor, person: Pick<PersonRef, 'manager_id'>): boolean {
  return actor.personId !== null && person.manager_id === actor.personId;
}

/** The private part (personal email, birthday, end date, sensitive flag): HR, the person, their manager. */
export function canSeePrivate(actor: Actor, person: PersonRef): boolean {
  return can(actor, 'people.readPrivate') || isSelf(actor, person) || isManagerOf(actor, person);
}

/** Who looks after someone's journey (chooses their buddy): HR for moments, or their direct manager. */
export function looksAfter(actor: Actor, person: PersonRef): boolean {
  return can(actor, 'moments.manage') || isManagerOf(actor, person);
}

/** A person's moments (timeline, buddy): whoever looks after them, and the person themself. */
export function canSeeMomentsOf(actor: Actor, person: PersonRef): boolean {
  return looksAfter(actor, person) || isSelf(actor, person);
}
