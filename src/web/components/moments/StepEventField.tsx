/**
 * A message step that is an event with a time (welcome day, feedback conversation): its day
 * relative to the anchor date, its start time in the organisation's zone, how long it lasts and
 * where. Its mail then carries a calendar invitation; a changed time or place sends an update, a
 * changed date a cancellation (the server does that).
 */
import { useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import type { StepInput } from '../../lib/moments.ts';
import { SelectField, TextField } from '../Field.tsx';
import { CheckboxField } from './fields.tsx';
import { LocalizedField } from './LocalizedField.tsx';

type StepEvent = NonNullable<StepInput['event']>;

export const NEW_EVENT: StepEvent = { offsetDays: 0, startTime: '09:00', durationMinutes: 60, location: null };

export function StepEventField({
  value,
  onChange,
  fe,
}: {
  value: StepEvent | null;
  onChange(next: StepEvent | null): void;
  fe(path: string): string | undefined;
}) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(Math.abs(value?.offsetDays ?? 0)));
  const [direction, setDirection] = useState<'before' | 'after'>((value?.offsetDays ?? 0) < 0 ? 'before' : 'after');
  const setDay = (d: string, dir: 'before' | 'after') => {
    setDays(d);
    setDirection(dir);
    const n = /^\d+$/.test(d) ? Number(d) : Number.NaN;
    if (value) onChange({ ...value, offsetDays: dir === 'before' ? -n : n });
  };
  return (
    <fieldset className="m-fieldset">
      <legend>{t('calendars.event.legend')}</legend>
      <CheckboxField
        label={t('calendars.event.enabled')}
        hint={t('calendars.event.hint')}
        checked={value !== null}
        onChange={(e) => onChange(e.target.checked ? NEW_EVENT : null)}
        error={fe('event')}
      />
      {value && (
        <>
          <div className="m-row m-row-3">
            <TextField
              label={t('calendars.event.days')}
              hint={t('calendars.event.daysHint')}
              type="number"
              inputMode="numeric"
              min={0}
              max={400}
              value={days}
              onChange={(e) => setDay(e.target.value, direction)}
              error={fe('event.offsetDays')}
            />
            <SelectField
              label={t('calendars.event.direction')}
              value={direction}
              onChange={(e) => setDay(days, e.target.value as 'before' | 'after')}
            >
              <option value="after">{t('calendars.event.after')}</option>
              <option value="before">{t('calendars.event.before')}</option>
            </SelectField>
          </div>
          <div className="m-row">
            <TextField
              label={t('calendars.event.startTime')}
              hint={t('calendars.event.startTimeHint')}
              type="time"
              value={value.startTime}
              onChange={(e) => onChange({ ...value, startTime: e.target.value })}
              error={fe('event.startTime')}
            />
            <TextField
              label={t('calendars.event.duration')}
              type="number"
              inputMode="numeric"
              min={5}
              max={1440}
              step={5}
              value={value.durationMinutes}
              onChange={(e) => onChange({ ...value, durationMinutes: Number(e.target.value) })}
              error={fe('event.durationMinutes')}
            />
          </div>
          <LocalizedField
            legend={t('calendars.event.location')}
            hint={t('calendars.event.locationHint')}
            optional
            maxLength={300}
            value={value.location ?? {}}
            onChange={(v) => onChange({ ...value, location: v })}
            error={(l) => fe(l ? `event.location.${l}` : 'event.location')}
          />
        </>
      )}
    </fieldset>
  );
}
