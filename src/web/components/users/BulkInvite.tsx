/**
 * Invite a group at once: everyone of the chosen departments, sites, regions and languages who has
 * a work email and no account or open invitation yet, each in their own language. The preview says
 * how many; the server writes the invitations in the background and this polls its progress.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { get, post } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS, regionKey, roleKey } from '../../lib/labels.ts';
import { invalidate, keyOf } from '../../lib/queryClient.ts';
import { useSession } from '../../lib/session.tsx';
import { REGIONS, type Answer, type ApiLanguage, type Region, type Schema } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField } from '../Field.tsx';
import { CheckboxGroup } from '../moments/fields.tsx';
import '../moments/moments.css';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { RoleOptions } from './RoleOptions.tsx';
import { TableScroll } from '../TableScroll.tsx';

type Batch = Schema<'InvitationBatch'>;
type Segment = Schema<'InvitationSegment'>;
type BulkRole = Batch['role'];
type Preview = { count: number; inSegment: number };
const BULK_ROLES: BulkRole[] = ['employee', 'manager', 'coordinator'];
const POLL_MS = 1000;

function useBatch(id: string | null) {
  const path = `/invitations/bulk/${id}`;
  return useQuery({
    queryKey: keyOf(path),
    queryFn: ({ signal }) => get<Batch>(path, signal),
    enabled: id !== null,
    // Poll while it runs; a finished batch is not asked again.
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : POLL_MS),
  }).data;
}

function BatchResult({ batch }: { batch: Batch }) {
  const { t } = useI18n();
  if (batch.status === 'done') return <>{t('bulk.done', { invited: batch.invited, skipped: batch.skipped })}</>;
  if (batch.status === 'failed') return <>{t('bulk.failed', { invited: batch.invited })}</>;
  return <>{t('bulk.running', { done: batch.invited + batch.skipped, total: batch.total })}</>;
}

export function BulkInvite({ canManage }: { canManage: boolean }) {
  if (!canManage) return null;
  return <BulkInviteForm />;
}

function BulkInviteForm() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const facets = useApi<Answer<'/api/v1/people/facets'>>('/people/facets');
  const recent = useApi<{ items: Batch[] }>('/invitations/bulk');
  const [departments, setDepartments] = useState<string[]>([]);
  const [siteIds, setSiteIds] = useState<string[]>([]);
  const [regions, setRegions] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [role, setRole] = useState<BulkRole>('employee');
  const [batchId, setBatchId] = useState<string | null>(null);
  const segment: Segment = {
    departments,
    siteIds,
    regions: regions as Region[],
    languages: languages as ApiLanguage[],
  };
  const key = JSON.stringify(segment);

  const previewing = useApiMutation((s: Segment) => post<Preview>('/invitations/bulk/preview', { segment: s, role }));
  const { mutate: preview } = previewing;
  // A new count whenever the group changes.
  useEffect(() => {
    preview(JSON.parse(key) as Segment);
  }, [key, preview]);

  const starting = useApiMutation((s: Segment) => post<{ id: string }>('/invitations/bulk', { segment: s, role }), {
    onSuccess: (r) => setBatchId(r.id),
    invalidates: ['/invitations'],
  });
  const batch = useBatch(batchId);
  const running = batch?.status === 'running' || starting.isPending;
  const finished = batch && batch.status !== 'running' ? batch.id : null;
  // A finished batch: the lists show it and its invitations, and the count is what is left to invite.
  useEffect(() => {
    if (!finished) return;
    void invalidate('/invitations');
    preview(JSON.parse(key) as Segment);
  }, [finished, preview, key]);

  const start = (e: FormEvent) => {
    e.preventDefault();
    starting.mutate(segment);
  };
  const count = previewing.data?.count ?? 0;
  const f = facets.data;

  return (
    <section className="card" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t('bulk.title')}</h2>
      <p>{t('bulk.intro')}</p>
      <ErrorNotice error={facets.error} />
      {f && (
        <form onSubmit={start}>
          <CheckboxGroup
            legend={t('bulk.departments')}
            hint={t('bulk.all')}
            choices={f.departments.map((d) => ({ value: d, label: d }))}
            selected={departments}
            onChange={setDepartments}
          />
          <CheckboxGroup
            legend={t('bulk.sites')}
            hint={t('bulk.all')}
            choices={f.sites.map((s) => ({ value: s.id, label: s.name }))}
            selected={siteIds}
            onChange={setSiteIds}
          />
          <CheckboxGroup
            legend={t('bulk.regions')}
            hint={t('bulk.all')}
            choices={REGIONS.map((r) => ({ value: r, label: t(regionKey(r)) }))}
            selected={regions}
            onChange={setRegions}
          />
          <CheckboxGroup
            legend={t('bulk.languages')}
            hint={t('bulk.all')}
            choices={(['nl', 'fr', 'en', 'de'] as ApiLanguage[]).map((l) => ({ value: l, label: t(LANGUAGE_LABEL_KEYS[l]) }))}
            selected={languages}
            onChange={setLanguages}
          />
          <SelectField label={t('bulk.role')} value={role} onChange={(e) => setRole(e.target.value as BulkRole)}>
            <RoleOptions roles={BULK_ROLES} />
          </SelectField>
          <LiveStatus>
            {previewing.data && (count > 0 ? t('bulk.preview', { count, inSegment: previewing.data.inSegment }) : t('bulk.previewNone'))}
          </LiveStatus>
          <ErrorNotice error={previewing.error ?? starting.error} />
          <button type="submit" className="button button-primary" disabled={running || count === 0}>
            {t('bulk.start', { count })}
          </button>
        </form>
      )}
      {batch && (
        <div className="bulk-progress">
          <progress aria-label={t('bulk.title')} max={Math.max(batch.total, 1)} value={batch.invited + batch.skipped} />
          <LiveStatus>
            <BatchResult batch={batch} />
          </LiveStatus>
        </div>
      )}
      {!!recent.data?.items.length && (
        <TableScroll label={t('bulk.recent')}>
          <table className="data-table responsive-table">
            <caption>{t('bulk.recent')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bulk.started')}</th>
                <th scope="col">{t('bulk.role')}</th>
                <th scope="col">{t('bulk.result')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.data.items.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{formatDateTime(b.createdAt, lang, me.organisation.timeZone)}</th>
                  <td data-label={t('bulk.role')}>{t(roleKey(b.role))}</td>
                  <td data-label={t('bulk.result')}>
                    <BatchResult batch={b} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
