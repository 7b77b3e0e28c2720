/** Small helpers the ambassador program's pages share: permissions, image uploads, labels. */
import { API_BASE, ApiError, getCsrfToken, NetworkError, problemOf, retryAfterOf } from '../../lib/api.ts';
import { localeOf } from '../../lib/format.ts';
import type { I18n, Lang, MessageKey } from '../../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../../lib/labels.ts';
import type { ApiLanguage, Me } from '../../lib/types.ts';
import type { ResourceKind, Scope } from './types.ts';

/** Coordinators (and admins) run the program; it only hides dead ends: the server checks again. */
export function canManageProgram(me: Me): boolean {
  return me.permissions.includes('program.manage');
}

export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp';

/** Sends an image file as the request body with its own content type (PUT photo, POST media). */
export async function sendImage<T>(method: 'PUT' | 'POST', path: string, file: File): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(API_BASE + path, { method, headers, body: file, credentials: 'same-origin' });
  } catch (err) {
    throw new NetworkError(String(err));
  }
  const text = await res.text();
  if (!res.ok)
    throw new ApiError(
      res.status,
      problemOf(res.status, text, res.headers.get('content-type')),
      retryAfterOf(res.headers.get('retry-after')),
    );
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The suggested topics the server knows (ambassadors.service.ts TOPICS), with their labels. */
export const TOPIC_KEYS: Record<string, MessageKey> = {
  'career-path': 'topic.career-path',
  'selection-procedure': 'topic.selection-procedure',
  onboarding: 'topic.onboarding',
  'internal-mobility': 'topic.internal-mobility',
  'unexpected-jobs': 'topic.unexpected-jobs',
  inclusion: 'topic.inclusion',
  'life-at-a-site': 'topic.life-at-a-site',
  'work-life-balance': 'topic.work-life-balance',
  learning: 'topic.learning',
  technology: 'topic.technology',
  'customer-contact': 'topic.customer-contact',
  leadership: 'topic.leadership',
};
export const SUGGESTED_TOPICS = Object.keys(TOPIC_KEYS);

/** A suggested topic's label; a topic someone wrote themselves, as they wrote it. */
export const topicLabel = (t: I18n['t'], topic: string) => (TOPIC_KEYS[topic] ? t(TOPIC_KEYS[topic]) : topic);

export const languageLabel = (t: I18n['t'], code: string) =>
  code in LANGUAGE_LABEL_KEYS ? t(LANGUAGE_LABEL_KEYS[code as ApiLanguage]) : code;

const REGION_KEYS: Record<string, MessageKey> = {
  flanders: 'region.flanders',
  brussels: 'region.brussels',
  wallonia: 'region.wallonia',
  abroad: 'region.abroad',
};
export const regionLabel = (t: I18n['t'], code: string | null) => (code ? (REGION_KEYS[code] ? t(REGION_KEYS[code]) : code) : '');

export const SCOPE_KEYS: Record<Scope, MessageKey> = { internal: 'amb.scopeInternal', external: 'amb.scopeExternal' };
export const KIND_KEYS: Record<ResourceKind, MessageKey> = {
  tip: 'learning.kindTip',
  guideline: 'learning.kindGuideline',
  training: 'learning.kindTraining',
};
export const KIND_PLURAL_KEYS: Record<ResourceKind, MessageKey> = {
  tip: 'learning.tips',
  guideline: 'learning.guidelines',
  training: 'learning.trainings',
};

export const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();

/** Today as yyyy-mm-dd in the browser's zone, for date inputs. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const percent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
