/** Users and roles: change a role, disable or enable someone, invite, withdraw invitations. */
import { useState } from 'react';
import { patch } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { roleKey } from '../lib/labels.ts';
import { useSession } from '../lib/session.tsx';
import { can, ROLES, type Role, type User } from '../lib/types.ts';
import { useApi, useApiMutation } from '../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { InvitePanel } from '../components/users/InvitePanel.tsx';
import { BulkInvite } from '../components/users/BulkInvite.tsx';
import { RoleOptions } from '../components/users/RoleOptions.tsx';
import { TableScroll } from '../components/TableScroll.tsx';

export function UsersPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const users = useApi<{ items: User[] }>('/users');
  const manage = can(me, 'users.manage');
  const [status, setStatus] = useState<string | null>(null);
  const tz = me.organisation.timeZone;

  const updating = useApiMutation(
    ({ u, change }: { u: User; change: { role?: Role; disabled?: boolean } }) => patch<User>(`/users/${u.id}`, change),
    {
      onSuccess: (saved, { u, change }) => {
        users.setData((d) => d && { items: d.items.map((x) => (x.id === saved.id ? saved : x)) });
        setStatus(
          change.role
            ? t('users.roleChanged', { email: u.email, role: t(roleKey(change.role)) })
            : t(change.disabled ? 'users.disabledDone' : 'users.enabledDone', { email: u.email }),
        );
      },
      // Put the select back to what the server has.
      onError: () => users.reload(),
    },
  );
  const { error } = updating;

  const update = (u: User, change: { role?: Role; disabled?: boolean }) => {
    setStatus(null);
    updating.mutate({ u, change });
  };

  return (
    <Page title={t('users.title')}>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={error ?? users.error} />
      {users.loading && !users.data && <Loading />}
      {users.data && (
        <TableScroll label={t('users.title')}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{t('users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.user')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.lastSignIn')}</th>
                {manage && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.displayName && <span className="strong">{u.displayName} </span>}
                    <span className="hint">{u.email}</span>
                  </th>
                  <td data-label={t('users.role')}>
                    {manage ? (
                      <>
                        <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                          {t('users.roleOf', { email: u.email })}
                        </label>
                        <select id={`role-${u.id}`} value={u.role} onChange={(e) => update(u, { role: e.target.value as Role })}>
                          <RoleOptions roles={ROLES} />
                        </select>
                      </>
                    ) : (
                      t(roleKey(u.role))
                    )}
                  </td>
                  <td data-label={t('users.status')}>{u.disabled ? t('users.disabled') : t('users.active')}</td>
                  <td data-label={t('users.lastSignIn')}>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, lang, tz) : t('users.never')}</td>
                  {manage && (
                    <td data-label={t('common.actions')}>
                      <button type="button" className="button button-small" onClick={() => update(u, { disabled: !u.disabled })}>
                        {u.disabled ? t('users.enable') : t('users.disable')}
                        <span className="visually-hidden"> {u.email}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <InvitePanel canManage={manage} />
      <BulkInvite canManage={manage} />
    </Page>
  );
}
