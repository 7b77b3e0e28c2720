/** The end of a successful import: what changed. */
import { formatNumber } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import type { ImportResult } from '../../lib/types.ts';

export function ResultView({ result }: { result: ImportResult }) {
  const { t, lang } = useI18n();
  const counts: [MessageKey, number][] = [
    ['import.created', result.created],
    ['import.updated', result.updated],
    ['import.unchanged', result.unchanged],
  ];
  return (
    <div className="notice notice-success" role="status">
      <p>{t('import.success', { total: formatNumber(result.total, lang) })}</p>
      <dl className="counts">
        {counts.map(([k, n]) => (
          <div key={k}>
            <dt>{t(k)}</dt>
            <dd>{formatNumber(n, lang)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
