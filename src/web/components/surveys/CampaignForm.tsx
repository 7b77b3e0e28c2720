/**
 * Send the survey to a segment: departments, sites, regions, languages, seniority bands and start
 * cohorts (nothing ticked in a group: everyone for it). While HR ticks, the server counts who would
 * be invited (everyone current in the segment with an email address and no invitation yet), and
 * sending asks for a confirmation with that number.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { post } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { LANGS, LANGUAGE_NAMES, useI18n } from '../../lib/i18n.tsx';
import { regionKey } from '../../lib/labels.ts';
import { REGIONS, type Facets } from '../../lib/types.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { CheckboxGroup } from '../moments/fields.tsx';
import { paths, SENIORITY_BANDS, type CampaignPreview, type CampaignSegment, type CampaignSent, type Survey } from './model.ts';

/** The last twelve quarters, newest first, as 'YYYY-Qn'. */
function recentCohorts(now = new Date()): string[] {
  const out: string[] = [];
  let y = now.getUTCFullYear();
  let q = Math.floor(now.getUTCMonth() / 3) + 1;
  for (let i = 0; i < 12; i++) {
    out.push(`${y}-Q${q}`);
    q--;
    if (q === 0) {
      q = 4;
      y--;
    }
  }
  return out;
}

const clean = (s: CampaignSegment): CampaignSegment =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => Array.isArray(v) && v.length > 0)) as CampaignSegment;

export function CampaignForm({ survey, onSent }: { survey: Survey; onSent(): void }) {
  const { t, tp, lang } = useI18n();
  const facets = useApi<Facets>('/people/facets');
  const [segment, setSegment] = useState<CampaignSegment>({});
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const settled = useDebounced(clean(segment), 300);

  // The count follows the ticked segment (TanStack Query: one request per settled segment, cached).
  const preview = useQuery({
    queryKey: [paths.campaignPreview(survey.id), settled],
    queryFn: () => post<CampaignPreview>(paths.campaignPreview(survey.id), { segment: settled }),
    enabled: survey.status === 'open',
  });
  const count = preview.data?.invitees;
  const already = preview.data?.alreadyInvited ?? 0;

  const sending = useApiMutation(() => post<CampaignSent>(paths.campaigns(survey.id), { segment: clean(segment) }), {
    invalidates: ['/surveys'],
    onSuccess: (r) => {
      setConfirming(false);
      setStatus(t('surveys.campaign.sent', { n: formatNumber(r.invited, lang) }));
      void preview.refetch();
      onSent();
    },
  });

  const set = (k: keyof CampaignSegment) => (v: string[]) => {
    setStatus(null);
    setConfirming(false);
    setSegment((s) => ({ ...s, [k]: v }));
  };

  if (survey.status !== 'open') return <p className="hint">{t('surveys.campaign.openFirst')}</p>;
  const sites = (facets.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }));
  const departments = (facets.data?.departments ?? []).map((d) => ({ value: d, label: d }));
  return (
    <div className="sv-campaign">
      <p className="hint">{t('surveys.campaign.hint')}</p>
      <ErrorNotice error={facets.error} />
      <div className="m-scope">
        <CheckboxGroup
          legend={t('surveys.dim.department')}
          hint={t('surveys.campaign.all')}
          choices={departments}
          selected={segment.departments ?? []}
          onChange={set('departments')}
        />
        <CheckboxGroup
          legend={t('surveys.dim.site')}
          hint={t('surveys.campaign.all')}
          choices={sites}
          selected={segment.siteIds ?? []}
          onChange={set('siteIds')}
        />
        <CheckboxGroup
          legend={t('surveys.dim.region')}
          hint={t('surveys.campaign.all')}
          choices={REGIONS.map((r) => ({ value: r, label: t(regionKey(r)) }))}
          selected={segment.regions ?? []}
          onChange={set('regions')}
        />
        <CheckboxGroup
          legend={t('surveys.dim.language')}
          hint={t('surveys.campaign.all')}
          choices={LANGS.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          selected={segment.languages ?? []}
          onChange={set('languages')}
        />
        <CheckboxGroup
          legend={t('surveys.dim.seniority')}
          hint={t('surveys.campaign.all')}
          choices={SENIORITY_BANDS.map((b) => ({ value: b, label: t(`surveys.seniority.${b}`) }))}
          selected={segment.seniority ?? []}
          onChange={set('seniority')}
        />
        <CheckboxGroup
          legend={t('surveys.dim.start_cohort')}
          hint={t('surveys.campaign.all')}
          choices={recentCohorts().map((c) => ({ value: c, label: c }))}
          selected={segment.startCohorts ?? []}
          onChange={set('startCohorts')}
        />
      </div>
      <p className="sv-count" role="status" aria-live="polite">
        {count === undefined ? (preview.isFetching ? t('surveys.campaign.counting') : '') : tp('surveys.campaign.count', count)}
        {count !== undefined && already > 0 && ` ${tp('surveys.campaign.already', already)}`}
      </p>
      <ErrorNotice error={preview.error ?? sending.error} />
      <LiveStatus>{status}</LiveStatus>
      {!confirming ? (
        <button type="button" className="button button-primary" disabled={!count || sending.isPending} onClick={() => setConfirming(true)}>
          {t('surveys.campaign.send')}
        </button>
      ) : (
        <div className="m-confirm">
          <p>{t('surveys.campaign.confirm', { n: formatNumber(count ?? 0, lang) })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={sending.isPending} onClick={() => sending.mutate()}>
              {t('surveys.campaign.sendYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('surveys.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
