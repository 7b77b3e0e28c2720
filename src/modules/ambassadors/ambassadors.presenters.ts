import type { Actor } from '../../platform/policy.ts';
import { effectiveScope, internalView, type AmbassadorIdentity } from './ambassadors.policy.ts';
import type { AmbassadorRow } from './ambassadors.repo.ts';
import type { StoryRow } from './stories.repo.ts';
import { withFields } from '../../platform/objects.ts';

export const mediaUrl = (id: string | null) => (id ? `/media/${id}` : null);

export function presentAmbassador(viewer: Actor, row: AmbassadorRow) {
  const a = internalView(viewer, withFields(row, { ambassador_id: row.id }));
  return {
    personId: a.person_id,
    active: a.active,
    scope: a.scope,
    effectiveScope: effectiveScope(a),
    behindTheScenes: a.behind_the_scenes,
    firstName: a.first_name,
    lastName: a.last_name,
    jobTitle: a.job_title,
    department: a.department,
    site: a.site_name,
    region: a.region,
    intro: a.intro,
    topics: a.topics,
    languages: a.languages,
    links: a.links,
    photoUrl: mediaUrl(a.photo_id),
    joinedAt: a.joined_at.toISOString(),
  };
}

export function presentStory(viewer: Actor, s: StoryRow) {
  const author = internalView(viewer, withFields(s, { person_id: s.author_person_id }));
  return {
    id: s.id,
    title: s.title,
    body: s.body,
    bodyHtml: s.body_html,
    language: s.language,
    scope: s.scope,
    publishedAt: s.published_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
    author: {
      personId: author.person_id,
      firstName: author.first_name,
      lastName: author.last_name,
      jobTitle: author.job_title,
      photoUrl: mediaUrl(author.photo_id),
    },
    hidden: s.hidden_at ? { at: s.hidden_at.toISOString(), reason: s.hidden_reason ?? '' } : null,
  };
}

/** An ambassador named in a thank-you or a training's completions, as the viewer may see them. */
export function presentRecipient(viewer: Actor, row: AmbassadorIdentity) {
  const a = internalView(viewer, row);
  return { personId: a.person_id, firstName: a.first_name, lastName: a.last_name };
}
