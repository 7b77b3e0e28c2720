/** The end of a successful import: what changed, how the file was read, and the blank rows left out. */
import type { TextEncodingName } from '../../../platform/text-decoding.ts';
import { formatNumber } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import type { ImportResult } from '../../lib/types.ts';

/** `encoding` is the chosen file's own (the wizard sends the server UTF-8 text, so the answer's is always UTF-8). */
export function ResultView({ result, encoding }: { result: ImportResult; encoding: TextEncodingName }) {
  const { t, tp, lang } = useI18n();
  const counts: [MessageKey, number][] = [
    ['import.created', result.created],
    ['import.updated', result.updated],
    ['import.unchanged', result.unchanged],
  ];
  return (
    <div className="notice notice-success" role="status">
      <p>
        {tp('import.success', result.total)} {t('import.encoding', { encoding: t(`import.encoding.${encoding}`) })}
        {result.skippedBlankRows > 0 && <> {tp('import.skippedBlankRows', result.skippedBlankRows)}</>}
      </p>
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
