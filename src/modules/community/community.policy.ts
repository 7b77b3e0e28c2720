/**
 * Who takes part in the community (the exchange and its events), in one place. Services of the
 * community module ask here first. Nothing here is ever public: the careers pages read only views.
 */
import { forbidden, notFound } from '../../platform/errors.ts';
import { can, type Actor } from '../../platform/policy.ts';

/** What decides whether someone takes part: their ambassadorship and the organisation's choice. */
export interface ParticipationFacts {
  /** The actor's person has an active ambassadorship (internal or external). */
  activeAmbassador: boolean;
  /** The actor's person has a directory entry in this organisation (still employed). */
  inDirectory: boolean;
  /** organisations.community_open_to_all */
  openToAll: boolean;
}

/**
 * Takes part: active ambassadors, and every employee with a directory entry when the organisation
 * opened the community to all. Coordinators always take part (they moderate and create events).
 */
export function canParticipate(actor: Actor, facts: ParticipationFacts): boolean {
  if (can(actor, 'program.manage')) return true;
  if (!actor.personId) return false;
  if (facts.activeAmbassador) return true;
  return facts.openToAll && facts.inDirectory;
}

/** Someone who does not take part sees nothing of the community. */
export function assertParticipant(actor: Actor, facts: ParticipationFacts) {
  if (!canParticipate(actor, facts)) throw forbidden('The community is for ambassadors. Join the ambassador program to take part.');
}

/** Writing (posts, comments, reactions, sign-ups) needs one's own person record. */
export function assertCanWrite(actor: Actor, facts: ParticipationFacts) {
  assertParticipant(actor, facts);
  if (!actor.personId) throw forbidden('Only people in the directory can write in the community.');
}

/** Coordinators moderate: pin, hide for a legal reason, make topics, create events. */
export function canModerate(actor: Actor): boolean {
  return can(actor, 'program.manage');
}

export function assertModerator(actor: Actor, what = 'Only coordinators can do this.') {
  if (!canModerate(actor)) throw forbidden(what);
}

export interface ContributionFacts {
  author_person_id: string;
  hidden_at: Date | null;
  deleted_at: Date | null;
}

/** A hidden contribution is seen by its author and coordinators; a deleted one by nobody. */
export function canReadContribution(actor: Actor, c: ContributionFacts): boolean {
  if (c.deleted_at) return false;
  if (actor.personId === c.author_person_id) return true;
  if (c.hidden_at) return canModerate(actor);
  return true;
}

/** Only the author edits or deletes: nobody else changes what someone said. */
export function assertAuthor(actor: Actor, c: ContributionFacts, what: string) {
  if (!actor.personId || actor.personId !== c.author_person_id) throw notFound(what);
}
