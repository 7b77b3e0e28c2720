/** A survey's title and introduction per language (tabs), saved together. */
import { useState, type FormEvent } from 'react';
import { patch } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { LANGUAGE_NAMES, useI18n, type Lang } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { TextAreaField } from '../moments/fields.tsx';
import { LanguageTabs } from '../LanguageTabs.tsx';
import { paths, type LocalizedText, type Survey } from './model.ts';

const clean = (text: LocalizedText): LocalizedText =>
  Object.fromEntries(Object.entries(text).flatMap(([l, v]) => (v?.trim() ? [[l, v.trim()]] : [])));

export function TextsForm({ survey, onSaved }: { survey: Survey; onSaved(s: Survey): void }) {
  const { t, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [title, setTitle] = useState<LocalizedText>(survey.titles);
  const [intro, setIntro] = useState<LocalizedText>(survey.intros);
  const [status, setStatus] = useState<string | null>(null);
  const saving = useApiMutation(() => patch<Survey>(paths.survey(survey.id), { title: clean(title), intro: clean(intro) }), {
    invalidates: ['/surveys'],
    onSuccess: (s) => {
      onSaved(s);
      setStatus(t('surveys.edit.textsSaved'));
    },
  });
  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate();
  };
  const err = saving.error;
  const titleError = fieldError(err, `title.${lang}`, t) ?? fieldError(err, 'title', t);
  const introError = fieldError(err, `intro.${lang}`, t) ?? fieldError(err, 'intro', t);
  return (
    <form onSubmit={save} noValidate>
      <LanguageTabs
        className="sv-lang-tabs"
        notWritten={t('surveys.edit.notWritten')}
        label={t('surveys.edit.textsLanguage')}
        value={lang}
        onChange={setLang}
        written={(l) => !!title[l]?.trim()}
      >
        <TextField
          label={t('surveys.edit.surveyTitle', { language: LANGUAGE_NAMES[lang] })}
          lang={lang}
          maxLength={200}
          value={title[lang] ?? ''}
          onChange={(e) => setTitle({ ...title, [lang]: e.target.value })}
          error={titleError}
        />
        <TextAreaField
          label={t('surveys.edit.surveyIntro', { language: LANGUAGE_NAMES[lang] })}
          hint={t('surveys.edit.introHint')}
          lang={lang}
          rows={4}
          maxLength={4000}
          value={intro[lang] ?? ''}
          onChange={(e) => setIntro({ ...intro, [lang]: e.target.value })}
          error={introError}
        />
      </LanguageTabs>
      <ErrorNotice error={titleError || introError ? null : err} />
      <LiveStatus>{status}</LiveStatus>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving.isPending}>
          {t('surveys.edit.saveTexts')}
        </button>
      </div>
    </form>
  );
}
