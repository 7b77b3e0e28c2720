/**
 * Adding or changing one step of a journey: what it is, for whom, when (relative to its anchor),
 * and its message per language or its task. The server checks everything again; its messages
 * (400 and 422, by field path) are shown next to the fields they name.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, del, post, api } from '../../lib/api.ts';
import { errorText, fieldError, itemText } from '../../lib/errors.ts';
import { useApiMutation } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  ANCHORS,
  ANCHOR_KEYS,
  cleanText,
  EMPTY_STEP,
  KIND_KEYS,
  RECIPIENTS,
  RECIPIENT_KEYS,
  STEP_KINDS,
  stepToInput,
  type Journey,
  type JourneyStep,
  type StepInput,
  type StepTask,
  type StepTemplates,
} from '../../lib/moments.ts';
import { SelectField, TextField } from '../Field.tsx';
import { describeOffset } from './describe.ts';
import { LocalizedField } from './LocalizedField.tsx';
import { EMPTY_TASK, TaskFields } from './TaskFields.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { StepSurveyField } from './StepSurveyField.tsx';
import { StepChannelField } from './StepChannelField.tsx';
import { StepEventField } from './StepEventField.tsx';

/** The message texts without languages left empty: the server wants subject and text together. */
function cleanTemplates(t: StepTemplates): StepTemplates {
  return Object.fromEntries(Object.entries(t).filter(([, v]) => v && (v.subject.trim() || v.body.trim())));
}

/** JSON with sorted keys: the database returns JSON objects with its own key order. */
const stable = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );

/** Paths the form shows next to a field; anything else goes in the summary at the top. */
const FIELD_PATHS =
  /(^|\.)(name(\.\w+)?|kind|recipient|channelId|anchor|customKey|anniversaryYear|offsetDays|offsetUnit|sendTime|event(\.\w+)*|templates(\.\w+\.(subject|body))?|task(\.(title(\.\w+)?|owner|dueDays|checklist(\.\d+(\.\w+)?)?))?)$/;

interface Props {
  journey: Journey;
  /** Null: a new step. */
  step: JourneyStep | null;
  placeholders: string[];
  onSaved(journey: Journey, stepId: string): void;
  onDeleted(): void;
  onClose(): void;
}

export function StepEditor({ journey, step, placeholders, onSaved, onDeleted, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const saved = useMemo<StepInput>(
    () => (step ? stepToInput(step) : { ...EMPTY_STEP, position: journey.steps.length }),
    [step, journey.steps.length],
  );
  const [form, setForm] = useState<StepInput>(saved);
  const [days, setDays] = useState(String(Math.abs(saved.offsetDays)));
  const [direction, setDirection] = useState<'before' | 'after'>(saved.offsetDays < 0 ? 'before' : 'after');
  // A mistake found here, before asking the server.
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const saving = useApiMutation(
    ({ input }: { input: StepInput; before: Set<string> }) =>
      step ? api<Journey>('PUT', `/journeys/${journey.id}/steps/${step.id}`, input) : post<Journey>(`/journeys/${journey.id}/steps`, input),
    {
      invalidates: ['/journeys'],
      onSuccess: (next, { before }) => onSaved(next, step?.id ?? next.steps.find((s) => !before.has(s.id))?.id ?? ''),
    },
  );
  const removing = useApiMutation((stepId: string) => del(`/journeys/${journey.id}/steps/${stepId}`), {
    invalidates: ['/journeys'],
    onSuccess: () => onDeleted(),
  });
  const error = localError ?? saving.error ?? removing.error;
  // A removed step's editor closes: it stays busy until then.
  const busy = saving.isPending || removing.isPending || removing.isSuccess;
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    heading.current?.focus();
  }, [step?.id]);

  const daysNumber = /^\d+$/.test(days) ? Number(days) : NaN;
  const offsetDays = Number.isNaN(daysNumber) ? 0 : direction === 'before' ? -daysNumber : daysNumber;
  const task = form.task ?? EMPTY_TASK;
  const body = (): StepInput => ({
    ...form,
    name: cleanText(form.name),
    offsetDays: Number.isNaN(daysNumber) ? Number.NaN : offsetDays,
    customKey: form.anchor === 'custom' ? form.customKey || null : null,
    anniversaryYear: form.anchor === 'work_anniversary' ? form.anniversaryYear : null,
    templates:
      form.kind === 'message' || form.kind === 'survey_invitation'
        ? cleanTemplates(form.templates)
        : form.kind === 'task'
          ? {}
          : cleanTemplates(form.templates),
    task:
      form.kind === 'task'
        ? { ...task, title: cleanText(task.title), checklist: task.checklist.map(cleanText).filter((c) => Object.keys(c).length > 0) }
        : null,
    surveyId: form.kind === 'survey_invitation' ? form.surveyId : null,
    surveyTemplate: form.kind === 'survey_invitation' ? form.surveyTemplate : null,
    channelId: form.recipient === 'channel' ? form.channelId : null,
    event:
      form.kind === 'message' && form.event
        ? {
            ...form.event,
            location: Object.keys(cleanText(form.event.location ?? {})).length ? cleanText(form.event.location ?? {}) : null,
          }
        : null,
  });
  const dirty =
    stable(body()) !==
    stable({
      ...saved,
      templates: cleanTemplates(saved.templates),
      task: saved.kind === 'task' ? saved.task : null,
      surveyId: saved.kind === 'survey_invitation' ? saved.surveyId : null,
      surveyTemplate: saved.kind === 'survey_invitation' ? saved.surveyTemplate : null,
      channelId: saved.recipient === 'channel' ? saved.channelId : null,
      event: saved.kind === 'message' ? (saved.event ?? null) : null,
      customKey: saved.anchor === 'custom' ? saved.customKey : null,
      anniversaryYear: saved.anchor === 'work_anniversary' ? saved.anniversaryYear : null,
    });

  const set = <K extends keyof StepInput>(k: K, v: StepInput[K]) => setForm((f) => ({ ...f, [k]: v }));
  const setTask = (patch: Partial<StepTask>) => setForm((f) => ({ ...f, task: { ...(f.task ?? EMPTY_TASK), ...patch } }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setLocalError(null);
    removing.reset();
    saving.reset();
    if (Number.isNaN(daysNumber)) {
      setLocalError(
        new ApiError(422, {
          title: 'Invalid',
          status: 422,
          detail: t('moments.step.fixFields'),
          errors: [{ path: 'offsetDays', message: t('moments.step.daysWhole') }],
        }),
      );
      return;
    }
    saving.mutate({ input: body(), before: new Set(journey.steps.map((s) => s.id)) });
  };

  const remove = () => {
    if (!step) return;
    setLocalError(null);
    saving.reset();
    removing.mutate(step.id);
  };

  const fe = (path: string) => fieldError(error, path, t);
  const unplaced = error instanceof ApiError ? (error.problem.errors ?? []).filter((x) => !x.path || !FIELD_PATHS.test(x.path)) : [];
  const when = Number.isNaN(daysNumber)
    ? ''
    : describeOffset(i18n, {
        anchor: form.anchor,
        customKey: form.customKey,
        anniversaryYear: form.anniversaryYear,
        offsetDays,
        offsetUnit: form.offsetUnit,
      });

  return (
    <form className="m-step-editor card" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <div className="m-editor-head">
        <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
          {step ? t('moments.step.editTitle', { name: step.name }) : t('moments.step.newTitle')}
        </h3>
        <button type="button" className="button-link" onClick={onClose}>
          {t('moments.step.close')}
        </button>
      </div>
      {error !== null && (
        <div className="notice notice-error" role="alert">
          <p>{error instanceof ApiError ? errorText(error, t) : String(error)}</p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((x, i) => (
                <li key={i}>{x.path ? `${x.path}: ${itemText(x, t)}` : itemText(x, t)}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <LocalizedField
        legend={t('moments.step.name')}
        maxLength={200}
        value={form.name}
        onChange={(v) => set('name', v)}
        error={(l) => fe(l ? `name.${l}` : 'name')}
      />
      <div className="m-row">
        <SelectField
          label={t('moments.step.kind')}
          value={form.kind}
          onChange={(e) => set('kind', e.target.value as StepInput['kind'])}
          error={fe('kind')}
        >
          {STEP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_KEYS[k])}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('moments.step.recipient')}
          value={form.recipient}
          onChange={(e) => set('recipient', e.target.value as StepInput['recipient'])}
          error={fe('recipient')}
        >
          {RECIPIENTS.map((r) => (
            <option key={r} value={r}>
              {t(RECIPIENT_KEYS[r])}
            </option>
          ))}
        </SelectField>
      </div>
      {form.recipient === 'channel' && (
        <StepChannelField value={form.channelId} onChange={(v) => set('channelId', v)} error={fe('channelId')} />
      )}

      <fieldset className="m-fieldset">
        <legend>{t('moments.step.when')}</legend>
        <div className="m-row">
          <SelectField
            label={t('moments.step.anchor')}
            value={form.anchor}
            onChange={(e) => set('anchor', e.target.value as StepInput['anchor'])}
            error={fe('anchor')}
          >
            {ANCHORS.map((a) => (
              <option key={a} value={a}>
                {t(ANCHOR_KEYS[a])}
              </option>
            ))}
          </SelectField>
          {form.anchor === 'custom' && (
            <TextField
              label={t('moments.step.customKey')}
              hint={t('moments.step.customKeyHint')}
              value={form.customKey ?? ''}
              maxLength={41}
              onChange={(e) => set('customKey', e.target.value)}
              error={fe('customKey')}
            />
          )}
          {form.anchor === 'work_anniversary' && (
            <TextField
              label={t('moments.step.anniversaryYear')}
              hint={t('moments.step.anniversaryYearHint')}
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              value={form.anniversaryYear ?? ''}
              onChange={(e) => set('anniversaryYear', e.target.value === '' ? null : Number(e.target.value))}
              error={fe('anniversaryYear')}
            />
          )}
        </div>
        <div className="m-row m-row-3">
          <TextField
            label={t('moments.step.days')}
            type="number"
            inputMode="numeric"
            min={0}
            max={400}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            error={fe('offsetDays')}
          />
          <SelectField
            label={t('moments.step.direction')}
            value={direction}
            onChange={(e) => setDirection(e.target.value as 'before' | 'after')}
          >
            <option value="before">{t('moments.step.before')}</option>
            <option value="after">{t('moments.step.after')}</option>
          </SelectField>
          <SelectField
            label={t('moments.step.unit')}
            hint={t('moments.step.unitHint')}
            value={form.offsetUnit}
            onChange={(e) => set('offsetUnit', e.target.value as StepInput['offsetUnit'])}
            error={fe('offsetUnit')}
          >
            <option value="calendar">{t('moments.step.unitCalendar')}</option>
            <option value="working">{t('moments.step.unitWorking')}</option>
          </SelectField>
        </div>
        <TextField
          label={t('moments.step.sendTime')}
          hint={t('moments.step.sendTimeHint')}
          type="time"
          className="m-narrow"
          value={form.sendTime}
          onChange={(e) => set('sendTime', e.target.value)}
          error={fe('sendTime')}
        />
        <p className="m-when" aria-live="polite">
          {when && t('moments.step.summary', { when, time: form.sendTime })}
        </p>
      </fieldset>

      {form.kind === 'message' && <StepEventField value={form.event ?? null} onChange={(v) => set('event', v)} fe={fe} />}

      {form.kind === 'task' && <TaskFields task={task} onChange={setTask} fe={fe} />}

      {form.kind === 'ambassador_invitation' && <p className="hint">{t('moments.step.ambassadorHint')}</p>}
      {form.kind === 'survey_invitation' && (
        <StepSurveyField
          value={{ surveyId: form.surveyId, surveyTemplate: form.surveyTemplate }}
          onChange={(next) => setForm((f) => ({ ...f, ...next }))}
          error={fe('surveyId') ?? fe('surveyTemplate')}
        />
      )}
      {(form.kind === 'message' || form.kind === 'survey_invitation') && (
        <TemplateEditor
          templates={form.templates}
          onChange={(next) => set('templates', next)}
          placeholders={placeholders}
          error={error}
          journeyId={journey.id}
          stepId={step?.id ?? null}
          dirty={dirty}
        />
      )}

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {step ? t('moments.step.save') : t('moments.step.add')}
        </button>
        {step && !confirmDelete && (
          <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
            {t('moments.step.delete')}
          </button>
        )}
      </div>
      {step && confirmDelete && (
        <div className="m-confirm" role="group" aria-labelledby={`${id}-del`}>
          <p id={`${id}-del`}>{t('moments.step.confirmDelete', { name: step.name })}</p>
          <div className="button-row">
            <button type="button" className="button button-danger" disabled={busy} onClick={remove}>
              {t('moments.step.deleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              {t('moments.common.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
