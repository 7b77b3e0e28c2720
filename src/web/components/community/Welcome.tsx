/**
 * The welcome of a new ambassador at the top of the exchange, until they close it: private (only
 * they see it), with the first steps. Mount it once at the top of the exchange page: <Welcome />.
 * It renders nothing for anyone else (not linked to a person, not an ambassador, already closed).
 */
import { useState } from 'react';
import { del } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';
import type { MyAmbassador } from '../ambassadors/types.ts';

export function Welcome() {
  const { t } = useI18n();
  const { me } = useSession();
  const mine = useApi<MyAmbassador>(me.user.personId ? '/me/ambassador' : null);
  const [closed, setClosed] = useState(false);
  const closing = useApiMutation(() => del('/me/ambassador/welcome'), {
    onSuccess: () => {
      setClosed(true);
      mine.setData((d) => d && { ...d, showWelcome: false });
    },
  });
  const a = mine.data?.ambassador;
  if (closed || !mine.data?.showWelcome || !a) return null;

  return (
    <section className="card notice amb-notice-info exchange-welcome" aria-labelledby="exchange-welcome">
      <h2 id="exchange-welcome">{t('welcome.title', { name: a.firstName })}</h2>
      <p>{t('welcome.intro')}</p>
      <ul>
        <li>{t('welcome.stepPost')}</li>
        <li>
          <Link to="/community/events">{t('welcome.stepEvents')}</Link>
        </li>
        <li>
          <Link to="/learning">{t('welcome.stepLearning')}</Link>
        </li>
        {!mine.data.shareMilestones && (
          <li>
            <Link to="/ambassador#amb-milestones">{t('welcome.stepMilestones')}</Link>
          </li>
        )}
      </ul>
      <button type="button" className="button" onClick={() => closing.mutate()} disabled={closing.isPending}>
        {t('welcome.dismiss')}
      </button>
      <ErrorNotice error={closing.error} />
    </section>
  );
}
