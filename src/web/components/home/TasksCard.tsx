/** Home: the open tasks journeys gave you (HR: also HR's), the overdue ones first. */
import { useId } from 'react';
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Task } from '../../lib/moments.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';

const SHOWN = 5;

export function TasksCard({ today }: { today: string }) {
  const { t, tp, lang } = useI18n();
  const heading = useId();
  const tasks = useApi<{ items: Task[] }>('/me/tasks');
  const open = (tasks.data?.items ?? [])
    .filter((x) => !x.completedAt)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const overdue = (x: Task) => x.dueDate !== null && x.dueDate < today;
  return (
    <section className="card home-card" aria-labelledby={heading} data-testid="home-tasks">
      <h2 id={heading}>{t('home.tasks.title')}</h2>
      {tasks.loading && !tasks.data && <Loading />}
      <ErrorNotice error={tasks.error} />
      {tasks.data &&
        (open.length === 0 ? (
          <p className="empty">{t('home.tasks.none')}</p>
        ) : (
          <>
            <p className="home-count">{tp('home.tasks.count', open.length)}</p>
            <ul className="home-list">
              {open.slice(0, SHOWN).map((task) => (
                <li key={task.id}>
                  <span className="strong">{task.title}</span>{' '}
                  <span className="hint-inline">
                    {t('home.tasks.about', { name: task.person.name })}
                    {task.dueDate && <> · {t('home.tasks.due', { date: formatDate(task.dueDate, lang) })}</>}
                  </span>
                  {overdue(task) && <span className="badge badge-danger">{t('home.tasks.overdue')}</span>}
                </li>
              ))}
            </ul>
          </>
        ))}
      <p>
        <Link to="/tasks">{t('home.tasks.all')}</Link>
      </p>
    </section>
  );
}
