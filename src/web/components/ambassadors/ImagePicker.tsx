/**
 * Putting an image in a story: describe it (alt text, for people who cannot see it), then choose one
 * of your own uploaded images or upload a new one on the spot. The editor writes the Markdown; no one
 * types an image address. Only your own images are offered, as only those may be shown.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../Notice.tsx';
import { IMAGE_TYPES, sendImage } from './program.ts';

interface OwnImage {
  id: string;
  url: string;
  width: number;
  height: number;
  createdAt: string;
}

export function ImagePicker({ onInsert, onClose }: { onInsert(src: string, alt: string): void; onClose(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [alt, setAlt] = useState('');
  const [needsAlt, setNeedsAlt] = useState(false);
  const altRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const mine = useApi<{ items: OwnImage[] }>('/me/media');
  useEffect(() => altRef.current?.focus(), []);

  const described = () => {
    if (alt.trim()) return alt.replace(/[[\]]/g, '').trim();
    setNeedsAlt(true);
    altRef.current?.focus();
    return null;
  };
  const upload = useApiMutation(
    ({ file }: { file: File; alt: string }) => sendImage<{ id: string; url: string }>('POST', '/me/media', file),
    {
      invalidates: ['/me/media'],
      onSuccess: ({ url }, { alt: a }) => onInsert(url, a),
      onSettled: () => {
        if (fileRef.current) fileRef.current.value = '';
      },
    },
  );
  const choose = (src: string) => {
    const a = described();
    if (a) onInsert(src, a);
  };
  const uploadFile = (file: File | undefined) => {
    if (!file) return;
    const a = described();
    if (a) upload.mutate({ file, alt: a });
    else if (fileRef.current) fileRef.current.value = '';
  };

  const images = mine.data?.items ?? [];
  return (
    <div
      className="amb-editor-panel amb-image-picker"
      role="group"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p className="strong" id={`${id}-title`}>
        {t('editor.image')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-alt`}>{t('editor.imageAlt')}</label>
        <input
          id={`${id}-alt`}
          ref={altRef}
          type="text"
          maxLength={200}
          value={alt}
          aria-invalid={needsAlt || undefined}
          aria-describedby={`${id}-alt-hint${needsAlt ? ` ${id}-alt-error` : ''}`}
          onChange={(e) => {
            setAlt(e.target.value);
            setNeedsAlt(false);
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
        <p className="hint" id={`${id}-alt-hint`}>
          {t('editor.imageAltHint')}
        </p>
        {needsAlt && (
          <p className="field-error" id={`${id}-alt-error`}>
            {t('editor.imageAltNeeded')}
          </p>
        )}
      </div>

      <fieldset className="amb-own-images">
        <legend>{t('editor.images.yours')}</legend>
        {mine.loading && <Loading />}
        <ErrorNotice error={mine.error} />
        {mine.data && images.length === 0 && <p className="empty">{t('editor.images.none')}</p>}
        {images.length > 0 && (
          <ul className="amb-image-grid">
            {images.map((img, i) => (
              <li key={img.id}>
                <button type="button" className="amb-image-choice" onClick={() => choose(img.url)}>
                  <img src={img.url} alt="" width={img.width} height={img.height} loading="lazy" />
                  <span>{t('editor.images.insert', { n: i + 1 })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-file`}>{t('editor.imageFile')}</label>
        <input
          id={`${id}-file`}
          ref={fileRef}
          type="file"
          accept={IMAGE_TYPES}
          disabled={upload.isPending}
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => uploadFile(e.target.files?.[0])}
        />
        <p className="hint" id={`${id}-file-hint`}>
          {t('editor.imageFileHint')}
        </p>
      </div>
      {upload.isPending && <Loading />}
      <ErrorNotice error={upload.error} />
      <LiveStatus>{upload.isPending ? t('editor.images.uploading') : null}</LiveStatus>
      <div className="button-row">
        <button type="button" className="button" onClick={onClose}>
          {t('editor.link.cancel')}
        </button>
      </div>
    </div>
  );
}
