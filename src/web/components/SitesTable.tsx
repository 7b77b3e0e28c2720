/** Sites with their region; changing a region saves it at once (PATCH /sites/{id}). */
import { useState } from 'react';
import { patch } from '../lib/api.ts';
import { formatNumber } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { regionKey } from '../lib/labels.ts';
import { REGIONS, type Region, type Site } from '../lib/types.ts';
import { useApi, useApiMutation } from '../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from './Notice.tsx';
import { TableScroll } from './TableScroll.tsx';

export function SitesTable() {
  const { t, lang } = useI18n();
  const sites = useApi<{ items: Site[] }>('/sites');
  const [status, setStatus] = useState<string | null>(null);
  const saving = useApiMutation(({ site, region }: { site: Site; region: Region | null }) => patch<Site>(`/sites/${site.id}`, { region }), {
    onSuccess: (saved, { site }) => {
      sites.setData((d) => d && { items: d.items.map((s) => (s.id === saved.id ? saved : s)) });
      setStatus(t('settings.regionSaved', { site: site.name }));
    },
  });
  const { error } = saving;

  const setRegion = (site: Site, value: string) => {
    setStatus(null);
    saving.mutate({ site, region: value === '' ? null : (value as Region) });
  };

  return (
    <section>
      <h2 id="sites-heading">{t('settings.sites')}</h2>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={error ?? sites.error} />
      {sites.loading && !sites.data && <Loading />}
      {sites.data?.items.length === 0 && <p className="empty">{t('settings.noSites')}</p>}
      {!!sites.data?.items.length && (
        <TableScroll label={t('settings.sites')}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{t('settings.sites')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.site')}</th>
                <th scope="col">{t('settings.region')}</th>
                <th scope="col">{t('settings.country')}</th>
                <th scope="col" className="numeric">
                  {t('settings.people')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.data.items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td data-label={t('settings.region')}>
                    <label className="visually-hidden" htmlFor={`region-${s.id}`}>
                      {t('settings.regionOf', { site: s.name })}
                    </label>
                    <select id={`region-${s.id}`} value={s.region ?? ''} onChange={(e) => setRegion(s, e.target.value)}>
                      <option value="">{t('settings.noRegion')}</option>
                      {REGIONS.map((r) => (
                        <option key={r} value={r}>
                          {t(regionKey(r))}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={t('settings.country')}>{s.country}</td>
                  <td data-label={t('settings.people')} className="numeric">
                    {formatNumber(s.people, lang)}
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
