/**
 * The community exchange as the browser sees it (from lib/api.gen.ts), and the small pure helpers
 * its pages share: topic names, mentions typed as "@Name" in the text, images as Markdown.
 */
import type { I18n, Lang } from '../../lib/i18n.tsx';
import type { Schema } from '../../lib/types.ts';
import { topicLabel } from '../ambassadors/program.ts';

export type Comment = Schema<'CommunityComment'>;
export type Topic = Schema<'CommunityTopic'>;
export type MilestoneKind = 'joined' | 'first-story' | 'first-event' | 'ambassador-year';

/**
 * A post. `kind`/`milestone` (posts the program writes for someone who agreed) and `recentComments`
 * (the last comments, on feed pages) are optional: older servers leave them out.
 */
export type Post = Schema<'CommunityPost'> & {
  kind?: 'post' | 'milestone';
  milestone?: { kind: MilestoneKind; key: string | null } | null;
  recentComments?: Comment[];
};
export type Feed = { items: Post[]; pinned: Post[]; nextCursor: string | null };

export const REACTIONS = ['like', 'celebrate', 'insightful', 'support'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** A topic's name in the reader's language: the ambassador topics by the dictionary, the coordinators' own as they named them. */
export function topicName(t: I18n['t'], lang: Lang, topic: Pick<Topic, 'key' | 'name' | 'builtin'>): string {
  // The alumni topic is built in too, but no story topic (community/alumni.topic.ts).
  if (topic.builtin) return topic.key === 'alumni' ? t('topic.alumni') : topicLabel(t, topic.key);
  return topic.name[lang] || topic.name.en || topic.name.nl || topic.name.fr || topic.key;
}

/** A colleague named in a text: their id for the API and the name written after "@". */
export interface Mention {
  id: string;
  name: string;
}

/** The "@word" being typed just before the caret, or null (an e-mail address is not a mention). */
export function mentionQuery(text: string, caret: number): { start: number; term: string } | null {
  const m = /(^|\s)@([^\s@]{0,40})$/.exec(text.slice(0, caret));
  if (!m) return null;
  return { start: caret - m[2].length - 1, term: m[2] };
}

/** Replaces the "@word" at `start` (up to the caret) by "@Full Name ", returning the new text and caret. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** The mentions still written in the text (someone deleted from the text is not mailed), each once. */
export function mentionsIn(text: string, chosen: readonly Mention[]): string[] {
  return [...new Set(chosen.filter((m) => text.includes(`@${m.name}`)).map((m) => m.id))];
}

/** An own image as Markdown on a line of its own, inserted at the caret. */
export function insertImage(text: string, caret: number, src: string, alt: string): { text: string; caret: number } {
  const before = text.slice(0, caret);
  const after = text.slice(caret);
  const md = `${before && !before.endsWith('\n') ? '\n' : ''}![${alt.replace(/[[\]]/g, '')}](${src})\n`;
  return { text: before + md + after, caret: before.length + md.length };
}

/** The reader's locale for dates. */
export const localeOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-BE`);
