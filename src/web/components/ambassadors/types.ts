/**
 * The ambassador program's API shapes as the browser sees them, from the generated contract
 * (lib/api.gen.ts), plus the value lists the forms offer.
 */
import type { Answer, ApiLanguage, Body, Schema } from '../../lib/types.ts';

export type Scope = 'internal' | 'external';
export const API_LANGUAGES: readonly ApiLanguage[] = ['nl', 'fr', 'en', 'de'];

export type ProfileLink = Ambassador['links'][number];

// The server registers the nullable form (MyAmbassador.ambassador) under this name; a list item is never null.
export type Ambassador = NonNullable<Schema<'Ambassador'>>;

export type InvitationAnswer = 'pending' | 'accepted' | 'maybe_later' | 'declined';

export type MyAmbassador = Answer<'/api/v1/me/ambassador'>;

export type ProfileBody = Body<'/api/v1/me/ambassador', 'put'>;

export type Story = Schema<'Story'>;

export type StoriesPage = Answer<'/api/v1/stories'>;

export type StoryBody = Body<'/api/v1/me/stories', 'post'>;

export type ResourceKind = 'tip' | 'guideline' | 'training';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['tip', 'guideline', 'training'];

export type Resource = Schema<'Resource'>;

export type Completion = Answer<'/api/v1/resources/completion'>;

export type Recognition = Schema<'Recognition'>;

export type Tone = 'positive' | 'neutral' | 'negative';
export const TONES: readonly Tone[] = ['positive', 'neutral', 'negative'];
export type PostTopic = 'organisation' | 'job' | 'other';
export const POST_TOPICS: readonly PostTopic[] = ['organisation', 'job', 'other'];

export type ReportedPost = Schema<'ReportedPost'>;

export type Question = Schema<'Question'>;

export type Breakdown = Impact['byDepartment'][number];

export type WeekRow = Impact['weekly'][number];

export type Impact = Answer<'/api/v1/insights/impact'>;

export type CommunityImpact = Schema<'CommunityImpact'>;

export const DIMENSIONS = ['department', 'site', 'region', 'seniority', 'language', 'newHire'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Segment = Diversity['segments'][string][number];

export type Diversity = Answer<'/api/v1/insights/diversity'>;
