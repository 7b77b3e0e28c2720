/**
 * Step 3: the upload's bytes, then the server's own phases (read at /people/imports/{id}).
 * Only the phase sentence is in the live region: announcing every percent would drown it out.
 */
import { formatNumber } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { ImportProgress } from '../../lib/types.ts';

export function ProgressView({ sent, total, server }: { sent: number; total: number; server: ImportProgress | null }) {
  const { t, lang } = useI18n();
  const uploading = total === 0 || sent < total;
  let phase: string;
  let value: number | undefined;
  let max = 1;
  if (uploading) {
    phase = t('import.uploading');
    value = total ? sent : undefined;
    max = total || 1;
  } else if (server?.phase === 'writing') {
    phase = t('import.writing', { done: formatNumber(server.processed, lang), total: formatNumber(server.total, lang) });
    value = server.processed;
    max = server.total || 1;
  } else if (server?.phase === 'validating') {
    phase = t('import.validating', { total: formatNumber(server.total, lang) });
  } else if (server?.phase === 'done') {
    phase = t('import.finishing');
    value = 1;
  } else {
    phase = t('import.parsing');
  }
  const percent = value === undefined ? null : Math.round((value / max) * 100);
  return (
    <div className="progress-view">
      <p role="status" aria-live="polite">
        {phase}
      </p>
      <progress id="import-progress" aria-label={phase} max={max} value={value}>
        {percent === null ? '' : `${percent}%`}
      </progress>
      {percent !== null && (
        <p className="hint" aria-hidden="true">
          {percent}%
        </p>
      )}
    </div>
  );
}
