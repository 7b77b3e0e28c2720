/**
 * Messages about async results. Errors use role="alert" (announced at once); other news goes
 * through a polite live region that is always in the page, so screen readers notice changes.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { errorText } from '../lib/errors.ts';

export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      {typeof error === 'string' ? error : errorText(error, t)}
    </div>
  );
}

/** Always rendered; shows and announces `children` when there are any. */
export function LiveStatus({ children, className = '' }: { children?: ReactNode; className?: string }) {
  return (
    <div className={children ? `notice notice-success ${className}` : 'visually-hidden'} role="status" aria-live="polite">
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
