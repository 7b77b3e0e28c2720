/** Asking a coordinator for the legal reason before hiding a post or a comment (its author receives the reason). */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { TextAreaField } from '../Field.tsx';

export function HideForm({ pending, onHide, onCancel }: { pending: boolean; onHide(reason: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const tooShort = reason.trim().length < 3;
  return (
    <form
      className="exchange-hide"
      onSubmit={(e) => {
        e.preventDefault();
        if (!tooShort) onHide(reason.trim());
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <TextAreaField
        ref={ref}
        label={t('exchange.hideReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={3}
        maxLength={2000}
      />
      <div className="button-row">
        <button type="submit" className="button button-danger button-small" disabled={tooShort || pending}>
          {t('exchange.hideSubmit')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('exchange.cancel')}
        </button>
      </div>
    </form>
  );
}
