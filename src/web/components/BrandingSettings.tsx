/**
 * The careers pages' branding, for whoever runs the program: a brand colour with a live preview
 * that says which text colour goes on it and the contrast (computed as the pages do, in
 * platform/contrast.ts: never below WCAG AA 4.5:1), a short intro in each language, a logo and a
 * hero image (resized and stripped of metadata by the server).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { brandPalette, DEFAULT_BRAND_COLOUR, isHexColour } from '../../platform/contrast.ts';
import { del, put } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import type { Answer } from '../lib/types.ts';
import { useApi, useApiMutation } from '../lib/useApi.ts';
import { IMAGE_TYPES, sendImage } from './ambassadors/program.ts';
import { TextAreaField, TextField } from './Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from './Notice.tsx';
import './branding.css';

type Branding = Answer<'/api/v1/organisation/branding'>;
type Lang = 'nl' | 'fr' | 'en';
const LANGS: Lang[] = ['nl', 'fr', 'en'];
const LANG_KEYS: Record<Lang, MessageKey> = { nl: 'languageName.nl', fr: 'languageName.fr', en: 'languageName.en' };

export function BrandingSettings() {
  const { t } = useI18n();
  const data = useApi<Branding>('/organisation/branding');
  const [colour, setColour] = useState('');
  const [intro, setIntro] = useState<Record<Lang, string>>({ nl: '', fr: '', en: '' });
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (!data.data) return;
    setColour(data.data.brandColour ?? '');
    setIntro(data.data.intro);
  }, [data.data]);

  const saving = useApiMutation(
    (body: { brandColour: string | null; intro: Record<Lang, string> }) => put<Branding>('/organisation/branding', body),
    {
      onSuccess: (saved) => {
        data.setData(() => saved);
        setStatus(t('branding.saved'));
      },
    },
  );

  if (data.loading && !data.data) return <Loading />;
  if (!data.data) return <ErrorNotice error={data.error} />;
  const b = data.data;
  const chosen = colour.trim();
  const valid = chosen === '' || isHexColour(chosen);
  // The preview follows what is typed; the server computes the same (brandPalette).
  const palette = brandPalette(valid && chosen ? chosen : null);
  const colourError = fieldError(saving.error, 'body.brandColour', t) || (valid ? undefined : t('branding.colourInvalid'));

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    if (!valid) return;
    saving.mutate({ brandColour: chosen ? chosen.toLowerCase() : null, intro });
  };

  return (
    <div className="branding">
      <form onSubmit={save} className="settings-form" noValidate>
        <div className="branding-colour">
          <TextField
            label={t('branding.colour')}
            hint={t('branding.colourHint')}
            value={colour}
            placeholder={DEFAULT_BRAND_COLOUR}
            maxLength={7}
            spellCheck={false}
            onChange={(e) => setColour(e.target.value)}
            error={colourError}
          />
          <input
            type="color"
            aria-label={t('branding.colourPicker')}
            value={valid && chosen ? chosen.toLowerCase() : DEFAULT_BRAND_COLOUR}
            onChange={(e) => setColour(e.target.value)}
          />
        </div>
        <div className="branding-preview" aria-label={t('branding.preview')} role="group">
          <div className="branding-sample" style={{ background: palette.brand, color: palette.textOnBrand }}>
            {t('branding.sampleHeader')}
          </div>
          <p>
            <span className="branding-link" style={{ color: palette.link }}>
              {t('branding.sampleLink')}
            </span>
          </p>
          <p className="hint">
            {t('branding.textOn', {
              colour: t(palette.textOnBrand === '#000000' ? 'branding.black' : 'branding.white'),
              ratio: palette.textContrast.toFixed(2),
            })}{' '}
            {palette.link === palette.brand
              ? t('branding.linkSame', { ratio: palette.linkContrast.toFixed(2) })
              : t('branding.linkDarker', { link: palette.link, ratio: palette.linkContrast.toFixed(2) })}
          </p>
        </div>
        <fieldset className="branding-intro">
          <legend>{t('branding.intro')}</legend>
          <p className="hint">{t('branding.introHint')}</p>
          {LANGS.map((l) => (
            <TextAreaField
              key={l}
              label={t(LANG_KEYS[l])}
              lang={l}
              rows={3}
              maxLength={600}
              value={intro[l]}
              onChange={(e) => setIntro({ ...intro, [l]: e.target.value })}
              error={fieldError(saving.error, `body.intro.${l}`, t)}
            />
          ))}
        </fieldset>
        <ErrorNotice error={colourError ? null : saving.error} />
        <button type="submit" className="button button-primary" disabled={saving.isPending}>
          {t('common.save')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
      <BrandImage kind="logo" url={b.logoUrl} onChange={(next) => data.setData(() => next)} />
      <BrandImage kind="hero" url={b.heroUrl} onChange={(next) => data.setData(() => next)} />
      <p>
        <a href={b.careersUrl} target="_blank" rel="noopener">
          {t('branding.view')}
        </a>
      </p>
    </div>
  );
}

function BrandImage({ kind, url, onChange }: { kind: 'logo' | 'hero'; url: string | null; onChange(next: Branding): void }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const path = `/organisation/branding/${kind}`;
  const uploading = useApiMutation((file: File) => sendImage<Branding>('PUT', path, file), {
    onSuccess: (next) => {
      onChange(next);
      setStatus(t('branding.imageSaved'));
    },
    onSettled: () => {
      if (input.current) input.current.value = '';
    },
  });
  const removing = useApiMutation(() => del<Branding>(path), {
    onSuccess: (next) => {
      onChange(next);
      setStatus(t('branding.imageRemoved'));
    },
  });
  const busy = uploading.isPending || removing.isPending;
  return (
    <section className="branding-image" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t(kind === 'logo' ? 'branding.logo' : 'branding.hero')}</h3>
      {url ? <img src={url} alt="" className={`branding-${kind}`} /> : <p className="empty">{t('branding.noImage')}</p>}
      <label htmlFor={id} className="strong">
        {url ? t('branding.replace') : t('branding.upload')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t(kind === 'logo' ? 'branding.logoHint' : 'branding.heroHint')}
      </p>
      <input
        id={id}
        ref={input}
        type="file"
        accept={IMAGE_TYPES}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setStatus(null);
          removing.reset();
          uploading.mutate(file);
        }}
      />
      {url && (
        <div className="button-row">
          <button
            type="button"
            className="button button-small button-danger"
            disabled={busy}
            onClick={() => {
              setStatus(null);
              uploading.reset();
              removing.mutate();
            }}
          >
            {t(kind === 'logo' ? 'branding.removeLogo' : 'branding.removeHero')}
          </button>
        </div>
      )}
      <ErrorNotice error={uploading.error ?? removing.error} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
