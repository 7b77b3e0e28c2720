/** On a person's page, for coordinators: invite them personally to become an ambassador. */
import { useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { LiveStatus } from '../Notice.tsx';
import { InviteForm } from './InviteForm.tsx';
import { canManageProgram } from './program.ts';
import './ambassadors.css';

export function AmbassadorInvite({ person }: { person: { id: string; firstName: string } }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  if (!canManageProgram(me) || me.user.personId === person.id) return null;
  return (
    <section className="card amb-invite-card" aria-labelledby="amb-invite-h">
      <h2 id="amb-invite-h">{t('amb.inviteTitle')}</h2>
      <p className="hint">{t('amb.inviteHint', { name: person.firstName })}</p>
      {open ? (
        <InviteForm
          personId={person.id}
          firstName={person.firstName}
          onCancel={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      ) : (
        !sent && (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('amb.inviteButton')}
          </button>
        )
      )}
      <LiveStatus>{sent ? t('amb.inviteSent', { name: person.firstName }) : null}</LiveStatus>
    </section>
  );
}
