/**
 * A survey's questions: add one from the library, edit its texts per language, move it up or
 * down, delete it. Once anyone answered, only the texts may change (the server refuses the rest
 * with 'survey-has-answers'): the other buttons are disabled and a sentence says why.
 */
import { useState, type FormEvent } from 'react';
import { del, post, put, patch } from '../../lib/api.ts';
import { invalidate } from '../../lib/queryClient.ts';
import { fieldError } from '../../lib/errors.ts';
import { LANGUAGE_NAMES, useI18n, type Lang } from '../../lib/i18n.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { LanguageTabs } from '../LanguageTabs.tsx';
import { paths, QUESTION_KIND_KEYS, TOPIC_KEYS, type Library, type LocalizedText, type Survey, type SurveyQuestion } from './model.ts';

export function QuestionsEditor({ survey, onSaved }: { survey: Survey; onSaved(s: Survey): void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const locked = survey.hasAnswers;
  const questions = [...survey.questions].sort((a, b) => a.position - b.position);

  const moving = useApiMutation((ids: string[]) => put<Survey>(paths.order(survey.id), { questionIds: ids }), {
    onSuccess: (s) => {
      onSaved(s);
      setStatus(t('surveys.questions.moved'));
    },
  });
  const removing = useApiMutation((q: SurveyQuestion) => del(paths.question(survey.id, q.id)), {
    onSuccess: (_, q) => {
      // 204: the survey is shown without it at once, and read again for its new positions.
      onSaved({ ...survey, questions: survey.questions.filter((x) => x.id !== q.id), questionCount: survey.questionCount - 1 });
      void invalidate(paths.survey(survey.id));
      setStatus(t('surveys.questions.deleted', { text: q.text }));
    },
  });
  const move = (i: number, by: number) => {
    const ids = questions.map((q) => q.id);
    const [id] = ids.splice(i, 1);
    ids.splice(i + by, 0, id);
    setStatus(null);
    removing.reset();
    moving.mutate(ids);
  };
  const remove = (q: SurveyQuestion) => {
    setStatus(null);
    moving.reset();
    removing.mutate(q);
  };

  return (
    <div>
      {locked && (
        <p className="notice sv-locked" id="questions-locked">
          {t('surveys.questions.locked')}
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={moving.error ?? removing.error} />
      {questions.length === 0 && <p className="empty">{t('surveys.questions.none')}</p>}
      <ol className="sv-questions">
        {questions.map((q, i) => {
          const text = q.text;
          return (
            <li key={q.id} className="sv-question">
              <div className="sv-question-head">
                <span className="sv-question-text">{text}</span>
                <span className="hint">
                  {t(QUESTION_KIND_KEYS[q.kind])}
                  {q.required ? '' : ` · ${t('surveys.questions.optional')}`}
                </span>
              </div>
              <div className="m-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-expanded={editing === q.id}
                  aria-controls={`q-edit-${q.id}`}
                  onClick={() => setEditing(editing === q.id ? null : q.id)}
                >
                  {t('surveys.questions.editTexts')}
                  <span className="visually-hidden">: {text}</span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={locked || i === 0 || moving.isPending}
                  aria-describedby={locked ? 'questions-locked' : undefined}
                  onClick={() => move(i, -1)}
                >
                  {t('surveys.questions.up')}
                  <span className="visually-hidden">: {text}</span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={locked || i === questions.length - 1 || moving.isPending}
                  aria-describedby={locked ? 'questions-locked' : undefined}
                  onClick={() => move(i, 1)}
                >
                  {t('surveys.questions.down')}
                  <span className="visually-hidden">: {text}</span>
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={locked || removing.isPending}
                  aria-describedby={locked ? 'questions-locked' : undefined}
                  onClick={() => remove(q)}
                >
                  {t('surveys.questions.delete')}
                  <span className="visually-hidden">: {text}</span>
                </button>
              </div>
              {editing === q.id && (
                <div id={`q-edit-${q.id}`}>
                  <QuestionTexts
                    surveyId={survey.id}
                    question={q}
                    onSaved={(s) => {
                      onSaved(s);
                      setEditing(null);
                      setStatus(t('surveys.questions.saved'));
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!locked && <AddQuestion survey={survey} onSaved={onSaved} onAdded={(text) => setStatus(t('surveys.questions.added', { text }))} />}
    </div>
  );
}

/** A question's text and its options' labels, per language. */
function QuestionTexts({
  surveyId,
  question,
  onSaved,
  onCancel,
}: {
  surveyId: string;
  question: SurveyQuestion;
  onSaved(s: Survey): void;
  onCancel(): void;
}) {
  const { t, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [text, setText] = useState<LocalizedText>(question.texts);
  const [options, setOptions] = useState(question.options.map((o) => ({ key: o.key, label: o.labels })));
  // Options only when their labels changed: their keys stay, so answers keep their meaning.
  const changed = JSON.stringify(options) !== JSON.stringify(question.options.map((o) => ({ key: o.key, label: o.labels })));
  const saving = useApiMutation(() => patch<Survey>(paths.question(surveyId, question.id), changed ? { text, options } : { text }), {
    onSuccess: onSaved,
  });
  const save = (e: FormEvent) => {
    e.preventDefault();
    saving.mutate();
  };
  const textError = fieldError(saving.error, `text.${lang}`, t) ?? fieldError(saving.error, 'text', t);
  return (
    <form className="sv-question-form" onSubmit={save} noValidate>
      <LanguageTabs
        className="sv-lang-tabs"
        notWritten={t('surveys.edit.notWritten')}
        label={t('surveys.questions.textsLanguage')}
        value={lang}
        onChange={setLang}
        written={(l) => !!text[l]?.trim() && options.every((o) => !!o.label[l]?.trim())}
      >
        <TextField
          label={t('surveys.questions.text', { language: LANGUAGE_NAMES[lang] })}
          lang={lang}
          maxLength={500}
          value={text[lang] ?? ''}
          onChange={(e) => setText({ ...text, [lang]: e.target.value })}
          error={textError}
        />
        {options.length > 0 && (
          <fieldset className="m-fieldset">
            <legend>{t('surveys.questions.options', { language: LANGUAGE_NAMES[lang] })}</legend>
            {options.map((o, i) => (
              <TextField
                key={o.key}
                label={t('surveys.questions.option', { n: i + 1 })}
                lang={lang}
                maxLength={200}
                value={o.label[lang] ?? ''}
                onChange={(e) =>
                  setOptions(options.map((x) => (x.key === o.key ? { ...x, label: { ...x.label, [lang]: e.target.value } } : x)))
                }
              />
            ))}
          </fieldset>
        )}
      </LanguageTabs>
      <ErrorNotice error={textError ? null : saving.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={saving.isPending}>
          {t('surveys.questions.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('surveys.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Pick a question from the library (grouped by kind) and add it at the end. */
function AddQuestion({ survey, onSaved, onAdded }: { survey: Survey; onSaved(s: Survey): void; onAdded(text: string): void }) {
  const { t } = useI18n();
  const library = useApi<Library>(paths.library);
  const [key, setKey] = useState('');
  const used = new Set(survey.questions.map((q) => q.libraryKey));
  const items = library.data?.questions ?? [];
  const adding = useApiMutation((libraryKey: string) => post<Survey>(paths.fromLibrary(survey.id), { keys: [libraryKey] }), {
    onSuccess: (s, libraryKey) => {
      onSaved(s);
      setKey('');
      onAdded(items.find((i) => i.key === libraryKey)?.text ?? '');
    },
  });
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (key) adding.mutate(key);
  };
  const topics = [...new Set(items.map((i) => i.topic))];
  return (
    <form className="inline-form sv-add-question" onSubmit={add}>
      <SelectField
        label={t('surveys.questions.fromLibrary')}
        hint={t('surveys.questions.fromLibraryHint')}
        value={key}
        onChange={(e) => setKey(e.target.value)}
      >
        <option value="">{t('common.choose')}</option>
        {topics.map((k) => (
          <optgroup key={k} label={TOPIC_KEYS[k] ? t(TOPIC_KEYS[k]) : k}>
            {items
              .filter((i) => i.topic === k)
              .map((i) => (
                <option key={i.key} value={i.key}>
                  {i.text} ({t(QUESTION_KIND_KEYS[i.kind])}){used.has(i.key) ? ` (${t('surveys.questions.alreadyIn')})` : ''}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <button type="submit" className="button" disabled={!key || adding.isPending}>
        {t('surveys.questions.add')}
      </button>
      <ErrorNotice error={adding.error ?? library.error} />
    </form>
  );
}
