/** A tracked share link (to one's profile or one story) with a copy button. */
import { useId, useRef, useState } from 'react';
import { post } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';

export function ShareLinkBox({ storyId = null, intro }: { storyId?: string | null; intro?: string }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const link = useApiMutation(() => post<{ code: string; url: string }>('/me/share-links', { storyId }), {
    onSuccess: () => setTimeout(() => input.current?.select(), 0),
  });
  const url = link.data?.url ?? null;

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      input.current?.select();
      setCopied(false);
    }
  };

  return (
    <div className="amb-share">
      {intro && <p className="hint">{intro}</p>}
      {url === null ? (
        <button type="button" className="button" onClick={() => link.mutate()}>
          {t('amb.shareGet')}
        </button>
      ) : (
        <>
          <label htmlFor={id} className="strong">
            {t('amb.shareLink')}
          </label>
          <div className="secret-row">
            <input id={id} ref={input} readOnly value={url} onFocus={(e) => e.target.select()} />
            <button type="button" className="button" onClick={copy}>
              {t('amb.copy')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="hint">
        {copied === true ? t('amb.copied') : copied === false ? t('amb.copyManually') : ''}
      </p>
      <ErrorNotice error={link.error} />
    </div>
  );
}
