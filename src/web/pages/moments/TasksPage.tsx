/** The tasks journeys gave you (HR also sees HR's): tick checklist items, complete, reopen. */
import { useState } from 'react';
import { patch, query } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { todayIn, type ChecklistItem, type Task } from '../../lib/moments.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { CheckboxField } from '../../components/moments/fields.tsx';
import '../../components/moments/moments.css';

export function TasksPage() {
  const { t, tp, lang } = useI18n();
  const { me } = useSession();
  const [includeDone, setIncludeDone] = useState(false);
  const tasks = useApi<{ items: Task[] }>(`/me/tasks${query({ done: includeDone ? 'true' : undefined })}`);
  const [status, setStatus] = useState<string | null>(null);
  const today = todayIn(me.organisation.timeZone);

  type Change = { checklist?: ChecklistItem[]; completed?: boolean };
  const completedAtAfter = (task: Task, change: Change) =>
    change.completed === undefined
      ? change.checklist && change.checklist.every((c) => c.done)
        ? (task.completedAt ?? new Date().toISOString())
        : change.checklist
          ? null
          : task.completedAt
      : change.completed
        ? new Date().toISOString()
        : null;
  const saving = useApiMutation(({ task, change }: { task: Task; change: Change }) => patch(`/tasks/${task.id}`, change), {
    // Ticking feels instant; the server's answer confirms or the tick is undone.
    onMutate: ({ task, change }) => {
      const before = tasks.data;
      const completedAt = completedAtAfter(task, change);
      tasks.setData(
        (d) =>
          d && { items: d.items.map((x) => (x.id === task.id ? { ...x, checklist: change.checklist ?? x.checklist, completedAt } : x)) },
      );
      return { before, completedAt };
    },
    onSuccess: (_, { task, change }, context) => {
      if (change.completed !== undefined)
        setStatus(t(change.completed ? 'moments.tasks.completedNews' : 'moments.tasks.reopenedNews', { title: task.title }));
      else if (context?.completedAt && !task.completedAt) setStatus(t('moments.tasks.completedNews', { title: task.title }));
    },
    onError: (_, __, context) => tasks.setData(() => context?.before),
  });
  const { error } = saving;

  const save = (task: Task, change: Change) => {
    setStatus(null);
    saving.mutate({ task, change });
  };

  const items = tasks.data?.items ?? [];
  const open = items.filter((x) => !x.completedAt).length;
  return (
    <Page title={t('moments.tasks.title')}>
      <p>{t('moments.tasks.intro')}</p>
      <CheckboxField label={t('moments.tasks.includeDone')} checked={includeDone} onChange={(e) => setIncludeDone(e.target.checked)} />
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={error ?? tasks.error} />
      {tasks.loading && !tasks.data && <Loading />}
      {tasks.data && open > 0 && <p className="result-count hint">{tp('moments.tasks.open', open)}</p>}
      {tasks.data && items.length === 0 && <p className="empty">{includeDone ? t('moments.tasks.noneAtAll') : t('moments.tasks.none')}</p>}
      <ul className="m-task-list">
        {items.map((task) => {
          const done = task.checklist.filter((c) => c.done).length;
          const late = !task.completedAt && task.dueDate !== null && task.dueDate < today;
          return (
            <li key={task.id} className={task.completedAt ? 'card m-task m-task-done' : 'card m-task'}>
              <h2 id={`task-${task.id}`} className="m-task-title">
                {task.title}
              </h2>
              <p className="hint">
                {t('moments.tasks.about')} <Link to={`/people/${task.person.id}`}>{task.person.name}</Link>
                {task.dueDate && (
                  <>
                    {' · '}
                    <span className={late ? 'm-error-text' : undefined}>
                      {t(late ? 'moments.tasks.overdue' : 'moments.tasks.due', { date: formatDate(task.dueDate, lang) })}
                    </span>
                  </>
                )}
                {task.completedAt &&
                  ` · ${t('moments.tasks.doneOn', { date: formatDateTime(task.completedAt, lang, me.organisation.timeZone) })}`}
              </p>
              {task.checklist.length > 0 && (
                <fieldset className="m-fieldset m-checklist">
                  <legend>
                    {t('moments.tasks.checklist')}{' '}
                    <span className="hint">({t('moments.tasks.progress', { done, total: task.checklist.length })})</span>
                  </legend>
                  {task.checklist.map((c, i) => (
                    <CheckboxField
                      key={i}
                      label={c.label}
                      checked={c.done}
                      onChange={(e) =>
                        save(task, { checklist: task.checklist.map((x, j) => (j === i ? { ...x, done: e.target.checked } : x)) })
                      }
                    />
                  ))}
                </fieldset>
              )}
              <button
                type="button"
                className="button button-small"
                onClick={() => save(task, { completed: !task.completedAt })}
                aria-describedby={`task-${task.id}`}
              >
                {task.completedAt ? t('moments.tasks.reopen') : t('moments.tasks.complete')}
              </button>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
