/**
 * People as a table; on a phone the same markup is laid out as cards by CSS (each cell shows its
 * column name from data-label), so there is one list for assistive technology either way.
 */
import { formatDate } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import type { PersonCard } from '../lib/types.ts';

export function PeopleTable({ people }: { people: PersonCard[] }) {
  const { t, lang } = useI18n();
  const cols = { job: t('people.jobTitle'), dept: t('people.department'), site: t('people.site'), start: t('people.startDate') };
  return (
    <table className="data-table responsive-table">
      <caption className="visually-hidden">{t('people.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('people.name')}</th>
          <th scope="col">{cols.job}</th>
          <th scope="col">{cols.dept}</th>
          <th scope="col">{cols.site}</th>
          <th scope="col">{cols.start}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link to={`/people/${p.id}`}>
                {p.firstName} {p.lastName}
              </Link>
            </th>
            <td data-label={cols.job}>{p.jobTitle}</td>
            <td data-label={cols.dept}>{p.department}</td>
            <td data-label={cols.site}>{p.site?.name}</td>
            <td data-label={cols.start}>{formatDate(p.startDate, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
