/**
 * A list the API answered, as a table: "loading" while the first answer is on its way, the empty
 * text when there is nothing, else the table in its scroller, named by `label` (also its caption,
 * hidden) with one column header per entry of `columns` (false, null or undefined: no column).
 */
import type { ReactNode } from 'react';
import type { Loaded } from '../lib/useApi.ts';
import { Loading } from './Notice.tsx';
import { TableScroll } from './TableScroll.tsx';

export function ItemsTable<T>({
  list,
  label,
  empty,
  columns,
  row,
}: {
  list: Pick<Loaded<{ items: T[] }>, 'data' | 'loading'>;
  label: string;
  empty: string;
  columns: (string | false | null | undefined)[];
  /** The row of one item: a <tr> with its key, a <th scope="row"> and cells with their data-label. */
  row: (item: T) => ReactNode;
}) {
  if (list.loading && !list.data) return <Loading />;
  if (!list.data) return null;
  if (list.data.items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <TableScroll label={label}>
      <table className="data-table responsive-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((c, i) =>
              c ? (
                <th key={i} scope="col">
                  {c}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>{list.data.items.map(row)}</tbody>
      </table>
    </TableScroll>
  );
}
