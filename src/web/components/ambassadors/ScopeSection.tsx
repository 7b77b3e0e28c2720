/** How far an ambassador's voice reaches (internal or external, behind the scenes), changed at any time. */
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { put } from '../../lib/api.ts';
import { ScopeChooser, type ScopeChoice } from './ScopeChooser.tsx';
import type { Ambassador } from './types.ts';

export function ScopeSection({ a, sensitive, onSaved }: { a: Ambassador; sensitive: boolean; onSaved(a: Ambassador): void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<ScopeChoice>({ scope: a.effectiveScope, behindTheScenes: a.behindTheScenes });
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setChoice({ scope: a.effectiveScope, behindTheScenes: a.behindTheScenes }), [a.effectiveScope, a.behindTheScenes]);
  const changed = choice.scope !== a.effectiveScope || choice.behindTheScenes !== a.behindTheScenes;
  const saving = useApiMutation((body: ScopeChoice) => put<Ambassador>('/me/ambassador', body), {
    invalidates: ['/ambassadors'],
    onSuccess: (saved) => {
      onSaved(saved);
      setStatus(saved.effectiveScope === 'external' ? t('amb.scopeSavedExternal') : t('amb.scopeSavedInternal'));
    },
  });

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate({ scope: choice.scope, behindTheScenes: choice.behindTheScenes });
  };

  return (
    <section className="card" aria-labelledby="amb-scope">
      <h2 id="amb-scope">{t('amb.scopeTitle')}</h2>
      <form onSubmit={save}>
        <ScopeChooser value={choice} sensitive={sensitive} onChange={setChoice} />
        <ErrorNotice error={saving.error} />
        <button type="submit" className="button" disabled={saving.isPending || !changed}>
          {t('amb.saveScope')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </section>
  );
}
