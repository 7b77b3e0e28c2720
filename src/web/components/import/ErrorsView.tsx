/**
 * A refused import: every problem the server found, by row and column. A 100,000-row file can
 * bring as many errors, so only the first MAX_SHOWN are rendered, with the count of the rest.
 * Each problem is shown by its code in the interface language (the server's English only for a code
 * this app does not know).
 */
import type { ReactNode } from 'react';
import { ApiError, type ProblemItem } from '../../lib/api.ts';
import { itemText } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { en } from '../../i18n/en.ts';
import { ErrorNotice } from '../Notice.tsx';
import { TableScroll } from '../TableScroll.tsx';

export const MAX_SHOWN = 500;

/** `next` (the way to pick a fixed file) comes between the summary and a possibly long table. */
export function ErrorsView({ error, originalOf, next }: { error: unknown; originalOf: Map<string, string>; next: ReactNode }) {
  const { t, tp, lang } = useI18n();
  const items = error instanceof ApiError && error.code === 'csv-invalid' ? (error.problem.errors ?? []) : [];
  if (items.length === 0) {
    return (
      <>
        <ErrorNotice error={error} />
        {next}
      </>
    );
  }
  const rows = new Set(items.map((e) => e.row)).size;
  // A missing column is named by its field, which has a label in every language.
  const columnOf = (e: ProblemItem) => {
    const key = `field.${e.params?.field}`;
    if (e.code === 'csv-missing-column' && Object.hasOwn(en, key)) return t(key as MessageKey);
    return e.column ? (originalOf.get(e.column) ?? e.column) : '';
  };
  const shown = items.slice(0, MAX_SHOWN);
  return (
    <>
      <div className="notice notice-error" role="alert">
        {tp('import.rowsWithProblems', rows)} {t('import.nothingImported')}
      </div>
      {next}
      <TableScroll label={t('import.errorsCaption')}>
        <table className="data-table errors-table">
          <caption className="visually-hidden">{t('import.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <tr key={i}>
                <td>{e.row ?? ''}</td>
                <td>{columnOf(e)}</td>
                <td>{itemText(e, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {items.length > MAX_SHOWN && <p>{t('import.andMore', { n: formatNumber(items.length - MAX_SHOWN, lang) })}</p>}
    </>
  );
}
