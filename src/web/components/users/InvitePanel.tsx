/** Inviting someone by email with a role, and the invitations still waiting for an answer. */
import { useState, type FormEvent } from 'react';
import { del, post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { roleKey } from '../../lib/labels.ts';
import { useSession } from '../../lib/session.tsx';
import { ROLES, type Invitation, type Role } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { RoleOptions } from './RoleOptions.tsx';
import { TableScroll } from '../TableScroll.tsx';

export function InvitePanel({ canManage }: { canManage: boolean }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const invitations = useApi<{ items: Invitation[] }>('/invitations');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('employee');
  const [status, setStatus] = useState<string | null>(null);

  const inviting = useApiMutation((body: { email: string; role: Role }) => post<Invitation>('/invitations', body), {
    onSuccess: (inv) => {
      invitations.setData((d) => ({ items: [inv, ...(d?.items ?? [])] }));
      setStatus(t('users.invited', { email: inv.email }));
      setEmail('');
    },
  });
  const withdrawing = useApiMutation((inv: Invitation) => del(`/invitations/${inv.id}`), {
    onSuccess: (_, inv) => {
      invitations.setData((d) => d && { items: d.items.filter((x) => x.id !== inv.id) });
      setStatus(t('users.withdrawn', { email: inv.email }));
    },
  });
  const busy = inviting.isPending;
  const error = inviting.error ?? withdrawing.error;

  const invite = (e: FormEvent) => {
    e.preventDefault();
    withdrawing.reset();
    setStatus(null);
    inviting.mutate({ email, role });
  };

  const withdraw = (inv: Invitation) => {
    setStatus(null);
    inviting.reset();
    withdrawing.mutate(inv);
  };

  const emailError = fieldError(error, 'email', t);
  return (
    <>
      {canManage && (
        <section className="card" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('users.invite')}</h2>
          <form className="inline-form" onSubmit={invite}>
            <TextField
              label={t('auth.email')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={emailError}
            />
            <SelectField label={t('users.role')} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              <RoleOptions roles={ROLES} />
            </SelectField>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('users.sendInvite')}
            </button>
          </form>
          <ErrorNotice error={emailError ? null : error} />
        </section>
      )}
      <LiveStatus>{status}</LiveStatus>
      <section>
        <h2 id="pending-heading">{t('users.pending')}</h2>
        <ErrorNotice error={invitations.error} />
        {invitations.data?.items.length === 0 && <p className="empty">{t('users.noPending')}</p>}
        {!!invitations.data?.items.length && (
          <TableScroll label={t('users.pending')}>
            <table className="data-table responsive-table">
              <caption className="visually-hidden">{t('users.pending')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('auth.email')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.expires')}</th>
                  {canManage && <th scope="col">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {invitations.data.items.map((inv) => (
                  <tr key={inv.id}>
                    <th scope="row">{inv.email}</th>
                    <td data-label={t('users.role')}>{t(roleKey(inv.role))}</td>
                    <td data-label={t('users.expires')}>{formatDateTime(inv.expiresAt, lang, me.organisation.timeZone)}</td>
                    {canManage && (
                      <td data-label={t('common.actions')}>
                        <button type="button" className="button button-small" onClick={() => withdraw(inv)}>
                          {t('users.withdraw')}
                          <span className="visually-hidden"> {inv.email}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
