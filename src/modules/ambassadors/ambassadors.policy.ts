/**
 * Every decision of the ambassador program, in one place. Services ask here first; presenters ask
 * here what a viewer may see. The public careers pages never come here: they read only the public
 * views (src/public/public.repo.ts), which cannot see anything else.
 */
import { forbidden, notFound, unprocessable } from '../../platform/errors.ts';
import { can, type Actor } from '../../platform/policy.ts';
import { withFields } from '../../platform/objects.ts';

export type Scope = 'internal' | 'external';

export interface AmbassadorFacts {
  person_id: string;
  active: boolean;
  scope: Scope;
  behind_the_scenes: boolean;
  sensitive: boolean;
}

export interface StoryFacts {
  author_person_id: string;
  scope: Scope;
  hidden_at: Date | null;
  deleted_at: Date | null;
}

/** What scope someone really has: a sensitive function or "behind the scenes" keeps them internal. */
export function effectiveScope(a: Pick<AmbassadorFacts, 'scope' | 'behind_the_scenes' | 'sensitive'>): Scope {
  return a.sensitive || a.behind_the_scenes ? 'internal' : a.scope;
}

/** Checks a requested scope; the messages say why, so nobody wonders. */
export function checkScopeChoice(requested: Scope, facts: { sensitive: boolean; behindTheScenes: boolean }) {
  if (requested !== 'external') return;
  if (facts.sensitive) {
    throw unprocessable(
      'People in a sensitive function can only be internal ambassadors.',
      [
        {
          path: 'scope',
          message: 'Your function is marked sensitive, so you cannot appear on public pages. You can still be an internal ambassador.',
        },
      ],
      'sensitive-person-internal-only',
    );
  }
  if (facts.behindTheScenes) {
    throw unprocessable(
      'Behind the scenes means internal only.',
      [{ path: 'scope', message: 'Choose internal, or leave "behind the scenes" to become an external ambassador.' }],
      'behind-the-scenes-internal-only',
    );
  }
}

/** A story's scope cannot reach further than its author's. */
export function checkStoryScope(requested: Scope, author: AmbassadorFacts) {
  if (!author.active)
    throw unprocessable(
      'Join the ambassador program to publish stories.',
      [{ path: 'scope', message: 'You are not an ambassador (any more).' }],
      'not-an-ambassador',
    );
  if (requested === 'external' && effectiveScope(author) !== 'external') {
    throw unprocessable(
      'Your ambassadorship is internal, so your stories are internal too.',
      [{ path: 'scope', message: 'Choose internal, or become an external ambassador first.' }],
      'story-scope-follows-ambassador',
    );
  }
}

/**
 * Who reads a story inside the organisation: every colleague, unless it is hidden (then the author
 * and coordinators) or its author left the program (then only the author: leaving means leaving).
 */
export function canReadStory(actor: Actor, story: StoryFacts, authorActive: boolean): boolean {
  if (story.deleted_at) return false;
  const isAuthor = actor.personId === story.author_person_id;
  if (isAuthor) return true;
  if (!authorActive) return false;
  if (story.hidden_at) return can(actor, 'program.manage');
  return true;
}

/** Only the author edits or deletes a story: nobody else changes what someone said. */
export function assertAuthor(actor: Actor, story: StoryFacts) {
  if (actor.personId !== story.author_person_id) throw notFound('Story');
}

/** Hiding a story is for coordinators, and only with a recorded legal reason. */
export function assertCanHide(actor: Actor) {
  if (!can(actor, 'program.manage')) throw forbidden('Only coordinators can hide a story, and only for a legal reason.');
}

/** What the program shows of an ambassador, whatever the list: an ambassadorship and its person. */
export interface AmbassadorIdentity {
  person_id: string;
  /** The ambassadorship's own id: null only for someone who never joined (never behind the scenes). */
  ambassador_id: string | null;
  behind_the_scenes: boolean;
  first_name: string;
  last_name: string;
}

/** Besides the last name, what would tell colleagues who someone is, in the rows that carry it. */
const IDENTIFYING = ['photo_id', 'job_title', 'department', 'site_name', 'region'] as const;

/**
 * What colleagues see of an ambassador: the one rule for every list of the program (community,
 * stories, thanks, training completion). Behind the scenes means first name only, for colleagues,
 * coordinators and admins alike: no last name, photo, job title, department, site or region, and not
 * their directory id either. `person_id` becomes the ambassadorship's id, which the program's own
 * endpoints accept (thanks, stories by author) but the directory does not know: a colleague cannot
 * open their directory page from the community, and the directory (where everyone is listed, with
 * nothing about the program) cannot tell who is behind the scenes. Only they see themselves whole.
 */
export function internalView<T extends AmbassadorIdentity>(viewer: Actor, a: T): T {
  if (!a.behind_the_scenes || viewer.personId === a.person_id) return a;
  const masked: Record<string, unknown> = withFields(a as Record<string, unknown>, { person_id: a.ambassador_id ?? '', last_name: '' });
  for (const key of IDENTIFYING) if (key in masked) masked[key] = null;
  return masked as T;
}
