/**
 * Home: what needs the signed-in person's attention today, by what their role does. Everyone: their
 * open tasks; someone in the directory: an ambassador invitation to answer or candidates' questions
 * waiting; managers: their team's moments this week; HR: everyone's, and the deliveries that failed.
 * An account without a directory entry is told what needs one, instead of meeting errors.
 */
import { useI18n } from '../lib/i18n.tsx';
import { isHr, seesCalendar, todayIn } from '../lib/moments.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../components/Page.tsx';
import { FailedDeliveriesCard } from '../components/home/FailedDeliveriesCard.tsx';
import { ProgramCard } from '../components/home/ProgramCard.tsx';
import { TasksCard } from '../components/home/TasksCard.tsx';
import { WeekCard } from '../components/home/WeekCard.tsx';
import { NotLinked } from '../components/shell/NotLinked.tsx';
import { usePersonName } from '../components/shell/UserMenu.tsx';
import '../components/home/home.css';

export function HomePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const name = usePersonName(me);
  const firstName = name.includes('@') ? '' : name.split(' ')[0];
  const today = todayIn(me.organisation.timeZone);
  const linked = me.user.personId !== null;
  const hr = isHr(me);
  return (
    <Page title={firstName ? t('home.hello', { name: firstName }) : t('home.helloNoName')}>
      <p>{t('home.intro')}</p>
      {!linked && <NotLinked me={me} about="home" />}
      <div className="home-grid">
        <TasksCard today={today} />
        {hr && <FailedDeliveriesCard />}
        {seesCalendar(me) && <WeekCard today={today} everyone={hr} />}
        {linked && <ProgramCard />}
        {linked && !seesCalendar(me) && (
          <section className="card home-card" aria-labelledby="home-mine" data-testid="home-mine">
            <h2 id="home-mine">{t('home.mine.title')}</h2>
            <p>{t('home.mine.body')}</p>
            <p>
              <Link to="/me/moments">{t('home.mine.link')}</Link>
            </p>
          </section>
        )}
      </div>
    </Page>
  );
}
