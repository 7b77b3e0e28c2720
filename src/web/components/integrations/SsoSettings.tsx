/**
 * Settings → Integrations → Single sign-on (admins): the identity provider (Entra ID, Google
 * Workspace or any OpenID provider), how people are linked, roles from groups, and "required" with
 * break-glass admins. The client secret is write-only: the field stays empty and saving without it
 * keeps the stored one, as long as the issuer and client id stay the same (otherwise it is required again).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { del, post, put } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Schema, User } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../Notice.tsx';
import { entraIssuer, entraTenant, GOOGLE_ISSUER, PRESET_CLAIMS, SSO_PRESETS, type Preset } from '../../../modules/sso/sso.presets.ts';

type Settings = Schema<'SsoSettings'>;
type Check = Schema<'SsoCheckResult'>;
type Body = Schema<'SsoSettingsBody'>;
type MappedRole = Body['roleMap'][number]['role'];
const MAPPED_ROLES: MappedRole[] = ['admin', 'coordinator', 'manager', 'employee'];
const DEFAULT_ROLES: Body['defaultRole'][] = ['employee', 'manager', 'coordinator'];

const blank = (): Omit<Body, 'clientSecret'> => ({
  preset: 'entra',
  issuer: '',
  clientId: '',
  linkBy: 'email',
  employeeNumberClaim: null,
  groupsClaim: 'groups',
  roleMap: [],
  defaultRole: 'employee',
  enabled: false,
  required: false,
  breakGlassUserIds: [],
  googleDomain: null,
});

export function SsoSettings() {
  const { t } = useI18n();
  const id = useId();
  const loaded = useApi<Settings>('/sso');
  const users = useApi<{ items: User[] }>('/users');
  const [form, setForm] = useState(blank);
  const [tenant, setTenant] = useState('');
  const [secret, setSecret] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const c = loaded.data?.config;
    if (!c) return;
    const { clientSecretSet: _set, createdAt: _c, updatedAt: _u, ...rest } = c;
    setForm(rest);
    setTenant(entraTenant(c.issuer) ?? '');
  }, [loaded.data]);

  const saving = useApiMutation((body: Body) => put<Settings>('/sso', body), {
    invalidates: ['/sso'],
    onSuccess: () => {
      setSecret('');
      setStatus(t('sso.saved'));
    },
  });
  const removing = useApiMutation(() => del('/sso'), {
    invalidates: ['/sso'],
    onSuccess: () => {
      setForm(blank());
      setTenant('');
      setStatus(t('sso.removed'));
    },
  });
  const checking = useApiMutation((body: { issuer: string; preset: Preset }) => post<Check>('/sso/check', body), {
    onSuccess: (r) => setCheck(r),
    onMutate: () => setCheck(null),
  });

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const choosePreset = (preset: Preset) =>
    setForm((f) => ({
      ...f,
      preset,
      issuer: preset === 'google' ? GOOGLE_ISSUER : preset === 'entra' ? (tenant ? entraIssuer(tenant) : '') : f.issuer,
      groupsClaim: PRESET_CLAIMS[preset].groupsClaim,
    }));
  const chooseTenant = (value: string) => {
    setTenant(value);
    set('issuer', value.trim() ? entraIssuer(value) : '');
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate({
      ...form,
      employeeNumberClaim:
        form.linkBy === 'employee_number' ? (form.employeeNumberClaim ?? PRESET_CLAIMS[form.preset].employeeNumberClaim) : null,
      ...(secret ? { clientSecret: secret } : {}),
    });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(loaded.data?.redirectUri ?? '');
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  if (loaded.loading && !loaded.data) return <Loading />;
  const admins = (users.data?.items ?? []).filter((u) => u.role === 'admin' && !u.disabled);
  const err = saving.error;
  const saved = loaded.data?.config;
  const configured = Boolean(saved);
  // The stored secret only goes to the provider it was entered for: another issuer or client id needs it again.
  const providerChanged =
    saved !== undefined &&
    saved !== null &&
    (form.issuer.trim().replace(/\/+$/, '') !== saved.issuer || form.clientId.trim() !== saved.clientId);

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('sso.title')}</h2>
      <p className="hint">{t('sso.intro')}</p>
      <ErrorNotice error={loaded.error} />
      <div className="field">
        <label htmlFor={`${id}-redirect`}>{t('sso.redirectUri')}</label>
        <p className="hint" id={`${id}-redirect-hint`}>
          {t('sso.redirectUriHint')}
        </p>
        <div className="secret-row">
          <input id={`${id}-redirect`} readOnly value={loaded.data?.redirectUri ?? ''} aria-describedby={`${id}-redirect-hint`} />
          <button type="button" className="button" onClick={copy}>
            {t('tokens.copy')}
          </button>
        </div>
        <p role="status" className="hint">
          {copied ? t('tokens.copied') : ''}
        </p>
      </div>
      <form onSubmit={save} className="settings-form">
        <SelectField label={t('sso.preset')} value={form.preset} onChange={(e) => choosePreset(e.target.value as Preset)}>
          {SSO_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`sso.preset.${p}`)}
            </option>
          ))}
        </SelectField>
        {form.preset === 'entra' && (
          <TextField label={t('sso.tenant')} hint={t('sso.tenantHint')} value={tenant} onChange={(e) => chooseTenant(e.target.value)} />
        )}
        {form.preset === 'google' && (
          <TextField
            label={t('sso.googleDomain')}
            hint={t('sso.googleDomainHint')}
            required
            value={form.googleDomain ?? ''}
            onChange={(e) => set('googleDomain', e.target.value)}
            error={fieldError(err, 'googleDomain', t)}
          />
        )}
        <TextField
          label={t('sso.issuer')}
          required
          readOnly={form.preset !== 'generic'}
          value={form.issuer}
          onChange={(e) => set('issuer', e.target.value)}
          error={fieldError(err, 'issuer', t)}
        />
        <div>
          <button
            type="button"
            className="button"
            disabled={!form.issuer || checking.isPending}
            onClick={() => checking.mutate({ issuer: form.issuer, preset: form.preset })}
          >
            {checking.isPending ? t('sso.checking') : t('sso.check')}
          </button>
          <ErrorNotice error={checking.error} />
          <LiveStatus>
            {check
              ? t('sso.checkOk', {
                  issuer: check.issuer,
                  pkce: check.pkceS256 ? t('common.yes') : t('common.no'),
                  methods: check.tokenEndpointAuthMethods.join(', '),
                })
              : null}
          </LiveStatus>
        </div>
        <TextField label={t('sso.clientId')} required value={form.clientId} onChange={(e) => set('clientId', e.target.value)} />
        <TextField
          label={t('sso.clientSecret')}
          type="password"
          autoComplete="off"
          hint={providerChanged ? t('sso.clientSecretAgain') : configured ? t('sso.clientSecretKept') : t('sso.clientSecretHint')}
          required={!configured || providerChanged}
          error={fieldError(err, 'clientSecret', t)}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        <SelectField
          label={t('sso.linkBy')}
          hint={t(`sso.linkByHint.${form.preset}`)}
          value={form.linkBy}
          onChange={(e) => set('linkBy', e.target.value as Body['linkBy'])}
        >
          <option value="email">{t('sso.linkBy.email')}</option>
          <option value="employee_number">{t('sso.linkBy.employee_number')}</option>
        </SelectField>
        {form.linkBy === 'employee_number' && (
          <TextField
            label={t('sso.employeeNumberClaim')}
            required
            value={form.employeeNumberClaim ?? PRESET_CLAIMS[form.preset].employeeNumberClaim}
            onChange={(e) => set('employeeNumberClaim', e.target.value)}
          />
        )}
        <TextField label={t('sso.groupsClaim')} required value={form.groupsClaim} onChange={(e) => set('groupsClaim', e.target.value)} />
        <fieldset>
          <legend>{t('sso.roleMap')}</legend>
          <p className="hint">{t('sso.roleMapHint')}</p>
          {form.roleMap.map((m, i) => (
            <div key={i} className="secret-row">
              <TextField
                label={t('sso.group')}
                value={m.group}
                onChange={(e) =>
                  set(
                    'roleMap',
                    form.roleMap.map((x, j) => (j === i ? { ...x, group: e.target.value } : x)),
                  )
                }
              />
              <SelectField
                label={t('sso.role')}
                value={m.role}
                onChange={(e) =>
                  set(
                    'roleMap',
                    form.roleMap.map((x, j) => (j === i ? { ...x, role: e.target.value as MappedRole } : x)),
                  )
                }
              >
                {MAPPED_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </SelectField>
              <button
                type="button"
                className="button-link"
                onClick={() =>
                  set(
                    'roleMap',
                    form.roleMap.filter((_, j) => j !== i),
                  )
                }
              >
                {t('sso.removeMapping')}
              </button>
            </div>
          ))}
          <button type="button" className="button" onClick={() => set('roleMap', [...form.roleMap, { group: '', role: 'employee' }])}>
            {t('sso.addMapping')}
          </button>
        </fieldset>
        <SelectField
          label={t('sso.defaultRole')}
          value={form.defaultRole}
          onChange={(e) => set('defaultRole', e.target.value as Body['defaultRole'])}
        >
          {DEFAULT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
        <div className="amb-choice amb-choice-check">
          <input type="checkbox" id={`${id}-enabled`} checked={form.enabled} onChange={(e) => set('enabled', e.target.checked)} />
          <label htmlFor={`${id}-enabled`}>{t('sso.enabled')}</label>
        </div>
        <div className="amb-choice amb-choice-check">
          <input
            type="checkbox"
            id={`${id}-required`}
            checked={form.required}
            aria-describedby={`${id}-required-hint`}
            onChange={(e) => set('required', e.target.checked)}
          />
          <label htmlFor={`${id}-required`}>{t('sso.required')}</label>
          <p className="hint" id={`${id}-required-hint`}>
            {t('sso.requiredHint')}
          </p>
        </div>
        <fieldset>
          <legend>{t('sso.breakGlass')}</legend>
          <p className="hint">{t('sso.breakGlassHint')}</p>
          {admins.map((a) => (
            <div key={a.id} className="amb-choice amb-choice-check">
              <input
                type="checkbox"
                id={`${id}-bg-${a.id}`}
                checked={form.breakGlassUserIds.includes(a.id)}
                onChange={(e) =>
                  set(
                    'breakGlassUserIds',
                    e.target.checked ? [...form.breakGlassUserIds, a.id] : form.breakGlassUserIds.filter((x) => x !== a.id),
                  )
                }
              />
              <label htmlFor={`${id}-bg-${a.id}`}>{a.displayName ? `${a.displayName} (${a.email})` : a.email}</label>
            </div>
          ))}
        </fieldset>
        <ErrorNotice error={err} />
        <LiveStatus>{status}</LiveStatus>
        <button type="submit" className="button button-primary" disabled={saving.isPending}>
          {saving.isPending ? t('sso.saving') : t('common.save')}
        </button>
        {configured && (
          <button
            type="button"
            className="button"
            disabled={removing.isPending}
            onClick={() => {
              if (window.confirm(t('sso.removeConfirm'))) removing.mutate();
            }}
          >
            {t('sso.remove')}
          </button>
        )}
        <ErrorNotice error={removing.error} />
      </form>
    </section>
  );
}
