/** The organisation's alumni ambassadors, for coordinators (GET /alumni): who chose, since when, how active. */
import { useI18n } from '../../lib/i18n.tsx';
import type { Answer } from '../../lib/types.ts';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

type List = Answer<'/api/v1/alumni'>;

export function AlumniListPage() {
  const { t } = useI18n();
  const list = useApi<List>('/alumni');
  const items = list.data?.items;
  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : '');

  return (
    <Page title={t('alumni.list.title')}>
      <p>{t('alumni.list.intro')}</p>
      <ErrorNotice error={list.error} />
      {!items && !list.error && <Loading />}
      {items && items.length === 0 && <p>{t('alumni.list.none')}</p>}
      {items && items.length > 0 && (
        <TableScroll label={t('alumni.list.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('alumni.list.name')}</th>
                <th scope="col">{t('alumni.list.chosen')}</th>
                <th scope="col">{t('alumni.list.left')}</th>
                <th scope="col">{t('alumni.list.careers')}</th>
                <th scope="col">{t('alumni.list.account')}</th>
                <th scope="col">{t('alumni.list.activity')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.personId}>
                  <th scope="row">
                    {a.firstName} {a.lastName}
                  </th>
                  <td>{day(a.chosenAt)}</td>
                  <td>{a.leftAt ? day(a.leftAt) : t('alumni.list.active')}</td>
                  <td>{a.careers ? t('alumni.list.yes') : t('alumni.list.no')}</td>
                  <td>{t(`alumni.account.${a.account}`)}</td>
                  <td>{a.recentActivity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}
