/** A secret shown once: read-only, selectable, with a copy button and a clear warning. */
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';

export function SecretBox({ label, secret, onDismiss }: { label: string; secret: string; onDismiss(): void }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => input.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard permission (or not https): select it so Ctrl+C works.
      input.current?.select();
      setCopied(false);
    }
  };

  return (
    <div className="secret-box" role="region" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('tokens.secretOnce')}
      </p>
      <div className="secret-row">
        <input id={id} ref={input} readOnly value={secret} aria-describedby={`${id}-hint`} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={copy}>
          {t('tokens.copy')}
        </button>
      </div>
      <p role="status" className="hint">
        {copied === true ? t('tokens.copied') : copied === false ? t('tokens.copyManually') : ''}
      </p>
      <button type="button" className="button-link" onClick={onDismiss}>
        {t('tokens.done')}
      </button>
    </div>
  );
}
