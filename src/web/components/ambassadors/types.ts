/**
 * The ambassador program's API shapes as the browser sees them (see ambassadors.schemas.ts,
 * program.routes.ts and insights.routes.ts on the server). Declared here so the bundle never pulls
 * in server code.
 */
import type { ApiLanguage } from '../../lib/types.ts';

export type Scope = 'internal' | 'external';
export const API_LANGUAGES: readonly ApiLanguage[] = ['nl', 'fr', 'en', 'de'];

export interface ProfileLink {
  network: string;
  url: string;
}

export interface Ambassador {
  personId: string;
  active: boolean;
  scope: Scope;
  effectiveScope: Scope;
  behindTheScenes: boolean;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  department: string | null;
  site: string | null;
  region: string | null;
  intro: string;
  topics: string[];
  languages: string[];
  links: ProfileLink[];
  photoUrl: string | null;
  joinedAt: string;
}

export type InvitationAnswer = 'pending' | 'accepted' | 'maybe_later' | 'declined';

export interface MyAmbassador {
  ambassador: Ambassador | null;
  invitation: { id: string; from: string | null; message: string; answer: InvitationAnswer; createdAt: string } | null;
  sensitive: boolean;
  /** Suggested topics (codes). */
  topics: string[];
}

export interface ProfileBody {
  scope: Scope;
  behindTheScenes?: boolean;
  intro?: string;
  topics?: string[];
  languages?: ApiLanguage[];
  links?: ProfileLink[];
}

export interface Story {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  language: ApiLanguage;
  scope: Scope;
  publishedAt: string;
  updatedAt: string;
  author: { personId: string; firstName: string; lastName: string; jobTitle: string | null; photoUrl: string | null };
  hidden: { at: string; reason: string } | null;
}

export interface StoriesPage {
  items: Story[];
  nextBefore: string | null;
}

export interface StoryBody {
  title: string;
  body: string;
  language: ApiLanguage;
  scope: Scope;
}

export type ResourceKind = 'tip' | 'guideline' | 'training';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['tip', 'guideline', 'training'];

export interface Resource {
  id: string;
  kind: ResourceKind;
  language: ApiLanguage;
  title: string;
  body: string;
  bodyHtml: string;
  url: string | null;
  archived: boolean;
  completedAt: string | null;
  completions: number;
  updatedAt: string;
}

export interface Completion {
  ambassadors: number;
  trainings: { id: string; title: string; language: string; completed: { personId: string; name: string; at: string }[] }[];
}

export interface Recognition {
  id: string;
  kind: 'thanks' | 'milestone';
  to: { personId: string; firstName: string; lastName: string };
  from: string;
  note: string;
  milestone: string | null;
  companyWide: boolean;
  createdAt: string;
}

export type Tone = 'positive' | 'neutral' | 'negative';
export const TONES: readonly Tone[] = ['positive', 'neutral', 'negative'];
export type PostTopic = 'organisation' | 'job' | 'other';
export const POST_TOPICS: readonly PostTopic[] = ['organisation', 'job', 'other'];

export interface ReportedPost {
  id: string;
  url: string;
  network: string;
  postedOn: string;
  tone: Tone;
  topic: PostTopic;
  original: boolean;
  reactions: number | null;
}

export interface Question {
  id: string;
  askerName: string;
  body: string;
  language: string;
  storyId: string | null;
  createdAt: string;
  answeredAt: string | null;
  answer: string | null;
  sharedEmail: boolean;
}

export interface Breakdown {
  key: string | null;
  ambassadors: number;
  stories: number;
  views: number;
  clicks: number;
  questions: number;
  posts: number;
}

export interface WeekRow {
  week: string;
  views: number;
  clicks: number;
  questions: number;
  answered: number;
  posts: number;
  positive: number;
  neutral: number;
  negative: number;
  stories: number;
  newAmbassadors: number;
}

export interface Impact {
  range: { from: string; to: string };
  totals: Record<string, number>;
  weekly: WeekRow[];
  byDepartment: Breakdown[];
  byRegion: Breakdown[];
}

export const DIMENSIONS = ['department', 'site', 'region', 'seniority', 'language', 'newHire'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Segment {
  value: string;
  workforce: number;
  ambassadors: number;
  workforceShare: number;
  ambassadorShare: number;
  ratio: number | null;
  underRepresented: boolean;
}

export interface Diversity {
  today: string;
  workforce: number;
  ambassadors: number;
  segments: Record<string, Segment[]>;
  maybeLater: { personId: string; firstName: string; lastName: string; jobTitle: string | null; segments: { dimension: string; value: string }[] }[];
}
