/**
 * "Ambassador", for every employee. Not (yet) an ambassador: what it means, a pending invitation
 * to answer, and joining with a scope of one's own choosing. An ambassador: the profile in their
 * own words, photo, scope, thanks, share link, reported posts, questions from candidates, and a
 * one-click way out that takes effect at once. Only the person decides any of this.
 */
import { useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { AmbassadorView } from '../../components/ambassadors/AmbassadorView.tsx';
import { Explanation, NotYetView } from '../../components/ambassadors/NotYetView.tsx';
import { NotLinked } from '../../components/shell/NotLinked.tsx';
import type { MyAmbassador } from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';

export function AmbassadorPage({ questionId }: { questionId?: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const linked = me.user.personId !== null;
  const mine = useApi<MyAmbassador>(linked ? '/me/ambassador' : null);
  const [status, setStatus] = useState<string | null>(null);
  // After joining or leaving, the page changes under the button: focus goes to the new view's heading.
  const [moved, setMoved] = useState(false);
  const wall = `/careers/${encodeURIComponent(me.organisation.slug)}`;
  const active = mine.data?.ambassador?.active ?? false;

  const wallLink = (
    <a className="button" href={wall}>
      {t('amb.toWall')}
    </a>
  );

  if (!linked) {
    return (
      <Page title={t('amb.title')} actions={wallLink}>
        <NotLinked me={me} about="ambassador" />
        <Explanation />
      </Page>
    );
  }

  return (
    <Page title={t('amb.title')} actions={wallLink}>
      <LiveStatus>{status}</LiveStatus>
      {mine.loading && !mine.data && <Loading />}
      <ErrorNotice error={mine.error} />
      {mine.data &&
        (active ? (
          <AmbassadorView
            data={mine.data}
            focusHeading={moved}
            questionId={questionId}
            onChange={(a) => mine.setData((d) => d && { ...d, ambassador: a })}
            onMilestones={(shareMilestones) => mine.setData((d) => d && { ...d, shareMilestones })}
            onLeft={() => {
              setStatus(t('amb.leftDone'));
              setMoved(true);
              // Immediate here as on the server; the refresh after leaving brings the rest (invitation, sensitive).
              mine.setData((d) => d && { ...d, ambassador: d.ambassador && { ...d.ambassador, active: false } });
            }}
          />
        ) : (
          <NotYetView
            data={mine.data}
            focusHeading={moved}
            questionId={questionId}
            onJoined={(a) => {
              setStatus(t('amb.joinedDone'));
              setMoved(true);
              mine.setData((d) => d && { ...d, ambassador: a, invitation: d.invitation && { ...d.invitation, answer: 'accepted' } });
            }}
            onAnswered={(answer) => mine.setData((d) => d && { ...d, invitation: d.invitation && { ...d.invitation, answer } })}
          />
        ))}
    </Page>
  );
}
