/**
 * The audit log as people read it: who did what to what, by name, with links to the object; filtered
 * by person (as actor or target), action and days, a page at a time; and the same selection as CSV.
 * Action names come from the server's own table (audit.labels.ts), the one the CSV is written with.
 */
import { useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, AUDIT_GROUPS, actionLabel, type AuditLang } from '../../modules/accounts/audit.labels.ts';
import { API_BASE, get, query } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import type { AuditEntry } from '../lib/types.ts';
import { SelectField, TextField } from '../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { PersonPicker, type PickedPerson } from '../components/moments/PersonPicker.tsx';
import { usePagedList } from '../lib/usePagedList.ts';
import '../components/moments/moments.css';

const PAGE_SIZE = 50;

interface Filters {
  action: string;
  person: PickedPerson | null;
  from: string;
  to: string;
}
const NONE: Filters = { action: '', person: null, from: '', to: '' };

/** Details as "key: value" lines; nested values stay JSON, which is what an admin would search for. */
function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <ul className="details">
      {entries.map(([k, v]) => (
        <li key={k}>
          <span className="hint">{k}:</span> <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
        </li>
      ))}
    </ul>
  );
}

function Actor({ a }: { a: AuditEntry }) {
  if (!a.actorName) return <>{a.actor}</>;
  return (
    <>
      {a.actorPersonId ? <Link to={`/people/${a.actorPersonId}`}>{a.actorName}</Link> : a.actorName}
      <br />
      <span className="hint">{a.actor}</span>
    </>
  );
}

const TARGET_TYPES: Record<string, MessageKey> = {
  person: 'audit.type.person',
  user: 'audit.type.user',
  journey: 'audit.type.journey',
  journey_step: 'audit.type.journey_step',
  story: 'audit.type.story',
  resource: 'audit.type.resource',
  api_token: 'audit.type.api_token',
  invitation: 'audit.type.invitation',
  site: 'audit.type.site',
  organisation: 'audit.type.organisation',
  delivery: 'audit.type.delivery',
};

function Target({ a }: { a: AuditEntry }) {
  const { t } = useI18n();
  if (!a.targetType) return null;
  const name = a.targetLabel ?? a.targetId ?? '';
  return (
    <>
      {a.targetLink ? <Link to={a.targetLink}>{name}</Link> : name}
      <br />
      <span className="hint">
        {Object.hasOwn(TARGET_TYPES, a.targetType) ? t(TARGET_TYPES[a.targetType]) : a.targetType}
        {a.targetLabel && !a.targetLink ? ` · ${t('audit.gone')}` : ''}
      </span>
    </>
  );
}

export function AuditPage() {
  const { t, tp, lang } = useI18n();
  const { me } = useSession();
  const l = lang as AuditLang;
  const [draft, setDraft] = useState<Filters>(NONE);
  const [applied, setApplied] = useState<Filters>(NONE);
  const params = {
    action: applied.action || undefined,
    person: applied.person?.id,
    from: applied.from || undefined,
    to: applied.to || undefined,
    lang,
  };
  const { items, next, loading, error, loadMore } = usePagedList<AuditEntry, number>('/audit-log', params, async (before, signal) => {
    const page = await get<{ items: AuditEntry[]; nextBefore: number | null }>(
      `/audit-log${query({ ...params, before, limit: PAGE_SIZE })}`,
      signal,
    );
    return { items: page.items, next: page.nextBefore };
  });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setApplied(draft);
  };
  const clear = () => {
    setDraft(NONE);
    setApplied(NONE);
  };
  const set = (k: 'action' | 'from' | 'to') => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  const exportLink = (
    <a className="button" href={`${API_BASE}/audit-log/export.csv${query(params)}`} download>
      {t('audit.export')}
    </a>
  );
  const byLabel = (a: [string, Record<AuditLang, string>], b: [string, Record<AuditLang, string>]) => a[1][l].localeCompare(b[1][l], lang);

  return (
    <Page title={t('audit.title')} actions={exportLink}>
      <form className="filters" role="search" aria-label={t('audit.filter')} onSubmit={apply}>
        <SelectField label={t('audit.action')} value={draft.action} onChange={set('action')}>
          <option value="">{t('audit.anyAction')}</option>
          <optgroup label={t('audit.groups')}>
            {Object.entries(AUDIT_GROUPS)
              .sort(byLabel)
              .map(([prefix, label]) => (
                <option key={prefix} value={prefix}>
                  {label[l]}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('audit.actions')}>
            {Object.entries(AUDIT_ACTIONS)
              .sort(byLabel)
              .map(([action, label]) => (
                <option key={action} value={action}>
                  {label[l]}
                </option>
              ))}
          </optgroup>
        </SelectField>
        <PersonPicker
          label={t('audit.person')}
          hint={t('audit.personHint')}
          value={draft.person}
          onChange={(person) => setDraft({ ...draft, person })}
        />
        <TextField label={t('audit.from')} type="date" value={draft.from} onChange={set('from')} />
        <TextField label={t('audit.to')} type="date" value={draft.to} onChange={set('to')} error={fieldError(error, 'query.to', t)} />
        <div className="button-row filters-clear">
          <button type="submit" className="button button-primary">
            {t('audit.apply')}
          </button>
          <button type="button" className="button" onClick={clear}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <LiveStatus className="result-count">{!loading ? tp('audit.shown', items.length) : null}</LiveStatus>
      <ErrorNotice error={fieldError(error, 'query.to', t) ? null : error} />
      {items.length > 0 && (
        <TableScroll label={t('audit.title')}>
          <table className="data-table audit-table responsive-table">
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.details')}</th>
                <th scope="col">{t('audit.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td data-label={t('audit.when')} className="nowrap">
                    {formatDateTime(a.at, lang, me.organisation.timeZone)}
                  </td>
                  <td data-label={t('audit.who')}>
                    <Actor a={a} />
                  </td>
                  <th scope="row" data-label={t('audit.action')}>
                    {actionLabel(a.action, l)}
                    <br />
                    <code className="hint">{a.action}</code>
                  </th>
                  <td data-label={t('audit.target')}>
                    <Target a={a} />
                  </td>
                  <td data-label={t('audit.details')}>
                    <Details details={a.details} />
                  </td>
                  <td data-label={t('audit.ip')}>{a.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {!loading && !error && items.length === 0 && <p className="empty">{t('audit.none')}</p>}
      {loading && <Loading />}
      {next && !loading && (
        <div className="load-more">
          <button type="button" className="button" onClick={loadMore}>
            {t('common.loadMore')}
          </button>
        </div>
      )}
    </Page>
  );
}
