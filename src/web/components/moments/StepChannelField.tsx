/** The chat channel a step with recipient "A chat channel" posts to (channels are connected in Settings → Integrations). */
import { SelectField } from '../Field.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import type { Schema } from '../../lib/types.ts';
import { useApi } from '../../lib/useApi.ts';

type Channel = Schema<'ChatChannel'>;

export function StepChannelField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange(next: string | null): void;
  error?: string;
}) {
  const { t } = useI18n();
  const channels = useApi<{ items: Channel[] }>('/chat-channels');
  // Until the channels are known the select could not show the step's own: nothing rather than a wrong value.
  if (!channels.data) return null;
  if (channels.data.items.length === 0)
    return (
      <p className="hint" role={error ? 'alert' : undefined}>
        <Link to="/settings/integrations/chat">{t('chat.stepNoChannels')}</Link>
      </p>
    );
  return (
    <SelectField
      label={t('chat.stepChannel')}
      hint={t('chat.stepChannelHint')}
      required
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
      error={error}
    >
      <option value="">{t('chat.stepChoose')}</option>
      {channels.data.items.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name} ({t(c.kind === 'teams' ? 'chat.kind.teams' : 'chat.kind.slack')})
        </option>
      ))}
    </SelectField>
  );
}
