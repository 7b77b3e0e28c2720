/** What the webhook screens share: types, the event type labels and the checkbox list of event types. */
import '../ambassadors/ambassadors.css';
import { en } from '../../i18n/en.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import type { Schema } from '../../lib/types.ts';

export type WebhookEndpoint = Schema<'WebhookEndpoint'>;
export type WebhookDelivery = Schema<'WebhookDelivery'>;
export type WebhookDeliveryDetail = WebhookDelivery & { payload?: unknown; attemptLog: Schema<'WebhookAttempt'>[] };
export type WebhookEventType = Schema<'WebhookEventType'>;

/** An event type's name in the interface language; a type this app does not know yet shows as it is. */
export function useEventLabel() {
  const { t } = useI18n();
  return (type: string) => {
    const key = `webhooks.event.${type}`;
    return Object.hasOwn(en, key) ? t(key as MessageKey) : type;
  };
}

export function statusText(t: (k: MessageKey) => string, e: WebhookEndpoint): string {
  return e.enabled ? t('webhooks.enabled') : t(`webhooks.disabled.${e.disabledReason ?? 'manual'}` as MessageKey);
}

export function EventTypePicker({
  types,
  value,
  onChange,
}: {
  types: WebhookEventType[];
  value: string[];
  onChange(next: string[]): void;
}) {
  const { t } = useI18n();
  const label = useEventLabel();
  return (
    <fieldset className="amb-topics">
      <legend>{t('webhooks.events')}</legend>
      <p className="hint">{t('webhooks.eventsHint')}</p>
      <div className="amb-checks">
        {types.map((e) => (
          <label key={e.type} className="amb-check" title={e.description}>
            <input
              type="checkbox"
              checked={value.includes(e.type)}
              onChange={(ev) => onChange(ev.target.checked ? [...value, e.type] : value.filter((x) => x !== e.type))}
            />
            {label(e.type)} <code>{e.type}</code>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
