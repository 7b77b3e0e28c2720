/** Request and response shapes of the community exchange. */
import { z } from '../../platform/openapi.ts';
import { AmbassadorPersonId } from '../ambassadors/ambassadors.service.ts';
import { REACTIONS } from './exchange.service.ts';

const Author = z.object({ personId: AmbassadorPersonId, firstName: z.string(), lastName: z.string() });
const Hidden = z.object({ at: z.string(), reason: z.string().nullable() }).nullable();
const Reactions = z.object(
  Object.fromEntries(REACTIONS.map((k) => [k, z.number().int()])) as Record<(typeof REACTIONS)[number], z.ZodNumber>,
);

export const Comment = z
  .object({
    id: z.string(),
    postId: z.string(),
    author: Author,
    mine: z.boolean(),
    body: z.string(),
    bodyHtml: z.string(),
    hidden: Hidden,
    createdAt: z.string(),
    editedAt: z.string().nullable(),
  })
  .openapi('CommunityComment');

export const Post = z
  .object({
    id: z.string(),
    kind: z.enum(['post', 'milestone']).openapi({
      description: "'milestone': a step of the author's lifecycle, posted with their consent; no text of its own (body is empty)",
    }),
    milestone: z
      .object({
        kind: z.enum(['joined', 'first-story', 'first-event', 'ambassador-year']),
        key: z
          .string()
          .nullable()
          .openapi({ description: "first-story: the story's id; first-event: the event's id; ambassador-year: the years" }),
      })
      .nullable(),
    author: Author,
    mine: z.boolean(),
    topicId: z.string().nullable(),
    eventId: z.string().nullable(),
    body: z.string(),
    bodyHtml: z.string(),
    pinned: z.boolean(),
    hidden: Hidden,
    commentCount: z.number().int(),
    reactions: Reactions,
    myReactions: z.array(z.enum(REACTIONS)),
    publishedAt: z.string(),
    editedAt: z.string().nullable(),
    recentComments: z.array(Comment).optional().openapi({
      description: 'In the feed: the last 2 comments the reader may see, oldest first (as GET /community/posts/{postId} lists them).',
    }),
  })
  .openapi('CommunityPost');

export const Feed = z.object({ items: z.array(Post), pinned: z.array(Post), nextCursor: z.string().nullable() }).openapi('CommunityFeed');
export const PostWithComments = z.object({ post: Post, comments: z.array(Comment) }).openapi('CommunityPostWithComments');

export const PostParams = z.object({ postId: z.string().uuid() });
export const CommentParams = z.object({ commentId: z.string().uuid() });
export const ReactionBody = z.strictObject({ kind: z.enum(REACTIONS), reacted: z.boolean() });
export const FeedQuery = z.strictObject({
  topicId: z.string().uuid().optional(),
  eventId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
});
const Mentions = z.array(z.string().uuid()).max(20).default([]).openapi({
  description: 'Colleagues to notify: the personId the community lists show (an ambassadorship id for someone behind the scenes).',
});
export const PostBody = z.strictObject({
  body: z.string().trim().min(1).max(10000),
  topicId: z.string().uuid().nullable().default(null),
  eventId: z
    .string()
    .uuid()
    .nullable()
    .default(null)
    .openapi({ description: 'The event whose feed the post belongs to (sharing an experience after it).' }),
  mentions: Mentions,
});
export const CommentBody = z.strictObject({ body: z.string().trim().min(1).max(4000), mentions: Mentions });
export const PinBody = z.strictObject({ pinned: z.boolean() });
export const HideBody = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(3)
    .max(2000)
    .nullable()
    .openapi({ description: 'The legal reason, told to the author; null shows the post or comment again.' }),
});

export const Digest = z.strictObject({ frequency: z.enum(['off', 'daily', 'weekly']) }).openapi('CommunityDigest');

export const Topic = z
  .object({ id: z.string(), key: z.string(), name: z.record(z.string(), z.string()), builtin: z.boolean() })
  .openapi('CommunityTopic');
export const TopicBody = z.strictObject({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  name: z.strictObject({
    nl: z.string().trim().min(1).max(80),
    fr: z.string().trim().min(1).max(80),
    en: z.string().trim().min(1).max(80),
  }),
});
export const PeopleQuery = z.strictObject({
  q: z.string().trim().max(100).optional().openapi({ description: 'Part of the first or last name; accents and case do not matter.' }),
  topicId: z
    .string()
    .uuid()
    .optional()
    .openapi({ description: 'The topic being written in: alumni ambassadors are listed for the alumni topic only.' }),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export const MentionablePerson = z
  .object({
    personId: AmbassadorPersonId.openapi({
      description: 'The id to pass in `mentions` (an ambassadorship id for someone behind the scenes).',
    }),
    firstName: z.string(),
    lastName: z.string().openapi({ description: 'Empty for someone behind the scenes.' }),
    alumni: z.boolean(),
  })
  .openapi('CommunityMentionablePerson');
export const Settings = z.strictObject({ openToAll: z.boolean() }).openapi('CommunitySettings');
