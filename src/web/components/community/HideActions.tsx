/**
 * Hiding a post or a comment for a legal reason, the same for both: the coordinator's hide/unhide
 * button (in the item's button row) and the form asking for the reason (below it).
 */
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { HideForm } from './HideForm.tsx';

/** The state of hiding one item: PUT `path` with the reason (null unhides), then `invalidates`. */
export function useHiding(path: string, invalidates: string[]) {
  const [asking, setAsking] = useState(false);
  const mutation = useApiMutation((reason: string | null) => api<unknown>('PUT', path, { reason }), {
    invalidates,
    onSuccess: () => setAsking(false),
  });
  return { asking, setAsking, mutation };
}

export type Hiding = ReturnType<typeof useHiding>;

/** "Unhide" for a hidden item; else "Hide", which asks for the reason (not shown while asking). */
export function HideButton({ hiding, hidden }: { hiding: Hiding; hidden: boolean }) {
  const { t } = useI18n();
  const { asking, setAsking, mutation } = hiding;
  return hidden ? (
    <button type="button" className="button button-small" disabled={mutation.isPending} onClick={() => mutation.mutate(null)}>
      {t('exchange.unhide')}
    </button>
  ) : (
    !asking && (
      <button type="button" className="button button-small" onClick={() => setAsking(true)}>
        {t('exchange.hide')}
      </button>
    )
  );
}

/** The reason form, while a coordinator is hiding the item. */
export function HidePrompt({ hiding }: { hiding: Hiding }) {
  const { asking, setAsking, mutation } = hiding;
  return asking && <HideForm pending={mutation.isPending} onHide={(reason) => mutation.mutate(reason)} onCancel={() => setAsking(false)} />;
}
