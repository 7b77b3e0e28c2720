/**
 * For an account without a directory entry (often an admin or a coordinator): what on this page
 * needs one, and how to get it, instead of an error. Admins can add themselves; others ask HR.
 */
import { useId } from 'react';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { can, type Me } from '../../lib/types.ts';
import './shell.css';

const WHAT: Record<'home' | 'moments' | 'ambassador' | 'data' | 'stories', MessageKey> = {
  home: 'notLinked.home',
  moments: 'notLinked.moments',
  ambassador: 'notLinked.ambassador',
  data: 'notLinked.data',
  stories: 'notLinked.stories',
};

export function NotLinked({ me, about }: { me: Me; about: keyof typeof WHAT }) {
  const { t } = useI18n();
  const heading = useId();
  const canAdd = can(me, 'people.import');
  return (
    <section className="notice not-linked" aria-labelledby={heading}>
      <h2 id={heading}>{t('notLinked.title')}</h2>
      <p>{t(WHAT[about])}</p>
      <p>{t(canAdd ? 'notLinked.fixHr' : 'notLinked.fixOther', { email: me.user.email })}</p>
      {canAdd && (
        <p>
          <Link to="/import">{t('notLinked.toImport')}</Link>
        </p>
      )}
    </section>
  );
}
