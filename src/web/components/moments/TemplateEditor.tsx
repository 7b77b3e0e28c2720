/**
 * A step's message per language (tabs: Dutch, French, English, German optional), placeholders to
 * insert at the cursor, and a preview with a real person's data from the server. The preview is
 * plain text in a <pre>: React escapes it, so no template can inject markup.
 */
import { useId, useRef, useState } from 'react';
import { query } from '../../lib/api.ts';
import { useApi } from '../../lib/useApi.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../../lib/labels.ts';
import { TEMPLATE_LANGS, type StepPreview, type StepTemplates, type TemplateLang } from '../../lib/moments.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';
import { TextField } from '../Field.tsx';
import { LanguageTabs } from '../LanguageTabs.tsx';
import { TextAreaField } from './fields.tsx';
import { PersonPicker, type PickedPerson } from './PersonPicker.tsx';

interface Props {
  templates: StepTemplates;
  onChange(next: StepTemplates): void;
  placeholders: string[];
  error: unknown;
  journeyId: string;
  /** Null for a step not saved yet: it has nothing to preview. */
  stepId: string | null;
  /** Unsaved changes: the preview shows the saved text. */
  dirty: boolean;
}

export function TemplateEditor({ templates, onChange, placeholders, error, journeyId, stepId, dirty }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [lang, setLang] = useState<TemplateLang>('nl');
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<'subject' | 'body'>('body');
  const current = templates[lang] ?? { subject: '', body: '' };

  const update = (field: 'subject' | 'body', value: string) => onChange({ ...templates, [lang]: { ...current, [field]: value } });

  const insert = (placeholder: string) => {
    const field = lastField.current;
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = `{{${placeholder}}}`;
    const value = current[field];
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    update(field, value.slice(0, start) + text + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const written = (l: TemplateLang) => !!(templates[l]?.subject || templates[l]?.body);
  const langName = (l: TemplateLang) => t(LANGUAGE_LABEL_KEYS[l]);
  const generalError = fieldError(error, 'templates', t);

  return (
    <div className="m-template-editor">
      <h3 id={`${id}-title`}>{t('moments.template.title')}</h3>
      {generalError && <p className="field-error">{generalError}</p>}
      <LanguageTabs
        langs={TEMPLATE_LANGS}
        labelledBy={`${id}-title`}
        value={lang}
        onChange={setLang}
        written={written}
        notWritten={t('moments.template.notWritten')}
        note={(l) => l === 'de' && <span className="m-tab-note"> ({t('moments.template.optional')})</span>}
      >
        <TextField
          ref={subjectRef}
          label={t('moments.template.subject', { language: langName(lang) })}
          value={current.subject}
          maxLength={300}
          lang={lang}
          onChange={(e) => update('subject', e.target.value)}
          onFocus={() => (lastField.current = 'subject')}
          error={fieldError(error, `templates.${lang}.subject`, t)}
        />
        <TextAreaField
          ref={bodyRef}
          label={t('moments.template.body', { language: langName(lang) })}
          value={current.body}
          rows={10}
          maxLength={20000}
          lang={lang}
          onChange={(e) => update('body', e.target.value)}
          onFocus={() => (lastField.current = 'body')}
          error={fieldError(error, `templates.${lang}.body`, t)}
        />
        <div className="m-placeholders" role="group" aria-labelledby={`${id}-ph`}>
          <p id={`${id}-ph`} className="strong">
            {t('moments.template.placeholders')}
          </p>
          <p className="hint">{t('moments.template.placeholdersHint')}</p>
          <ul className="m-chip-list">
            {placeholders.map((p) => (
              <li key={p}>
                <button type="button" className="m-chip" onClick={() => insert(p)}>
                  <span className="visually-hidden">{t('moments.template.insert')} </span>
                  {`{{${p}}}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </LanguageTabs>
      <Preview journeyId={journeyId} stepId={stepId} lang={lang} langName={langName(lang)} dirty={dirty} />
    </div>
  );
}

function Preview({
  journeyId,
  stepId,
  lang,
  langName,
  dirty,
}: {
  journeyId: string;
  stepId: string | null;
  lang: TemplateLang;
  langName: string;
  dirty: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [asked, setAsked] = useState(0);
  // Once asked for, the preview follows the language tab and the chosen person.
  const preview = useApi<StepPreview>(
    asked && person && stepId ? `/journeys/${journeyId}/steps/${stepId}/preview${query({ personId: person.id, language: lang })}` : null,
  );
  const { error, loading } = preview;
  const result = error ? null : (preview.data ?? null);
  const ask = () => {
    // Asked again for the same person and language: ask the server again.
    if (asked) preview.reload();
    setAsked((n) => n + 1);
  };

  const otherLanguage = result && result.language !== lang;
  return (
    <section className="m-preview" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('moments.preview.title', { language: langName })}</h4>
      {!stepId ? (
        <p className="hint">{t('moments.preview.saveFirst')}</p>
      ) : (
        <>
          <PersonPicker label={t('moments.preview.person')} value={person} onChange={setPerson} />
          {dirty && <p className="hint">{t('moments.preview.unsaved')}</p>}
          <button type="button" className="button button-small" disabled={!person || loading} onClick={ask}>
            {t('moments.preview.show')}
          </button>
          <ErrorNotice error={error} />
          {loading && <Loading />}
          {result && !loading && (
            <div className="m-preview-result" aria-live="polite">
              {otherLanguage && <p className="hint">{t('moments.preview.fallback', { language: result.language.toUpperCase() })}</p>}
              <p className="m-preview-subject" lang={result.language}>
                <span className="visually-hidden">{t('moments.preview.subject')}: </span>
                {result.subject}
              </p>
              <p className="visually-hidden">{t('moments.preview.body')}:</p>
              <pre className="mail-body m-preview-body" lang={result.language}>
                {result.body}
              </pre>
            </div>
          )}
        </>
      )}
    </section>
  );
}
