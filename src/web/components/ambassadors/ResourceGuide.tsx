/**
 * Tips and guidelines beside the story editor, in the interface language (all languages when there
 * are none in it yet). Suggestions only: nothing is checked before publishing.
 */
import { query } from '../../lib/api.ts';
import { useApi } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { ErrorNotice, Loading } from '../Notice.tsx';
import { demoteHeadings } from './markdown.ts';
import { KIND_PLURAL_KEYS } from './program.ts';
import type { Resource, ResourceKind } from './types.ts';

function useGuidance(kind: ResourceKind, lang: string) {
  // Those in the interface language; all languages only when there are none in it yet.
  const own = useApi<{ items: Resource[] }>(`/resources${query({ kind, language: lang })}`);
  const all = useApi<{ items: Resource[] }>(own.data && own.data.items.length === 0 ? `/resources${query({ kind })}` : null);
  const items = own.data ? (own.data.items.length ? own.data.items : (all.data?.items ?? null)) : null;
  return { items, error: own.error ?? all.error };
}

export function ResourceItem({ r }: { r: Resource }) {
  const { t } = useI18n();
  return (
    <details className="amb-resource" lang={r.language}>
      <summary>{r.title}</summary>
      <div className="amb-rich" dangerouslySetInnerHTML={{ __html: demoteHeadings(r.bodyHtml, 3) }} />
      {r.url && (
        <p>
          <a href={r.url} target="_blank" rel="noopener noreferrer">
            {t('learning.openLink')}
            <span className="visually-hidden"> {r.title}</span>
          </a>
        </p>
      )}
    </details>
  );
}

function GuideGroup({ kind, Heading }: { kind: ResourceKind; Heading: 'h3' | 'h4' }) {
  const { t, lang } = useI18n();
  const { items, error } = useGuidance(kind, lang);
  return (
    <div className="amb-guide-group">
      <Heading>{t(KIND_PLURAL_KEYS[kind])}</Heading>
      <ErrorNotice error={error} />
      {items === null && !error && <Loading />}
      {items?.length === 0 && <p className="empty">{t('editor.guideNone')}</p>}
      {items?.map((r) => (
        <ResourceItem key={r.id} r={r} />
      ))}
    </div>
  );
}

export function ResourceGuide({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <aside className="card amb-guide" aria-labelledby="amb-guide-h">
      <H id="amb-guide-h">{t('editor.guideTitle')}</H>
      <p className="hint">{t('editor.guideHint')}</p>
      <GuideGroup kind="tip" Heading={Sub} />
      <GuideGroup kind="guideline" Heading={Sub} />
      <p>
        <Link to="/learning">{t('editor.guideAll')}</Link>
      </p>
    </aside>
  );
}
