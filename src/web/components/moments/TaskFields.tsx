/**
 * A task step's task: its title and checklist items, each in every language (the organisation's
 * required), who owns it and when it is due. Errors the server gives by path (task.title.nl,
 * task.checklist.2.fr) show next to their field.
 */
import { useI18n } from '../../lib/i18n.tsx';
import { OWNER_KEYS, TASK_OWNERS, type StepTask, type TaskOwner } from '../../lib/moments.ts';
import { SelectField, TextField } from '../Field.tsx';
import { LocalizedField } from './LocalizedField.tsx';

export const EMPTY_TASK: StepTask = { title: {}, owner: 'manager', dueDays: 5, checklist: [] };

export function TaskFields({
  task,
  onChange,
  fe,
}: {
  task: StepTask;
  onChange(patch: Partial<StepTask>): void;
  /** The server's message for a path of the step body. */
  fe(path: string): string | undefined;
}) {
  const { t } = useI18n();
  const at = (path: string) => (l: string) => fe(l ? `${path}.${l}` : path);
  return (
    <fieldset className="m-fieldset">
      <legend>{t('moments.task.legend')}</legend>
      {fe('task') && <p className="field-error">{fe('task')}</p>}
      <LocalizedField
        legend={t('moments.task.title')}
        hint={t('moments.task.titleHint')}
        maxLength={200}
        value={task.title}
        onChange={(title) => onChange({ title })}
        error={at('task.title')}
      />
      <div className="m-row">
        <SelectField
          label={t('moments.task.owner')}
          value={task.owner}
          onChange={(e) => onChange({ owner: e.target.value as TaskOwner })}
          error={fe('task.owner')}
        >
          {TASK_OWNERS.map((o) => (
            <option key={o} value={o}>
              {t(OWNER_KEYS[o])}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('moments.task.dueDays')}
          hint={t('moments.task.dueDaysHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          value={task.dueDays}
          onChange={(e) => onChange({ dueDays: e.target.value === '' ? 0 : Number(e.target.value) })}
          error={fe('task.dueDays')}
        />
      </div>
      <p className="strong">{t('moments.task.checklist')}</p>
      {task.checklist.length === 0 && <p className="empty">{t('moments.task.noItems')}</p>}
      {task.checklist.map((item, i) => (
        <LocalizedField
          key={i}
          legend={t('moments.task.item', { n: i + 1 })}
          maxLength={300}
          value={item}
          onChange={(next) => onChange({ checklist: task.checklist.map((c, j) => (j === i ? next : c)) })}
          error={at(`task.checklist.${i}`)}
          actions={
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => onChange({ checklist: task.checklist.filter((_, j) => j !== i) })}
            >
              {t('moments.task.removeItem')}
              <span className="visually-hidden"> {t('moments.task.item', { n: i + 1 })}</span>
            </button>
          }
        />
      ))}
      <button type="button" className="button button-small" onClick={() => onChange({ checklist: [...task.checklist, {}] })}>
        {t('moments.task.addItem')}
      </button>
    </fieldset>
  );
}
