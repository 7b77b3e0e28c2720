/** A step's timing in words: "3 working days before the start date", in the interface language. */
import type { I18n, MessageKey } from '../../lib/i18n.tsx';
import type { Anchor, OffsetUnit } from '../../lib/moments.ts';

export interface Timing {
  anchor: Anchor;
  customKey: string | null;
  anniversaryYear: number | null;
  offsetDays: number;
  offsetUnit: OffsetUnit;
}

const PHRASES: Record<Anchor, MessageKey> = {
  start_date: 'moments.anchorPhrase.start_date',
  end_date: 'moments.anchorPhrase.end_date',
  birthday: 'moments.anchorPhrase.birthday',
  work_anniversary: 'moments.anchorPhrase.work_anniversary',
  retirement: 'moments.anchorPhrase.retirement',
  custom: 'moments.anchorPhrase.custom',
};

/** "the start date", "the 5th work anniversary" (as "work anniversary, year 5 only"), "the date move_date". */
export function anchorPhrase(t: I18n['t'], s: Pick<Timing, 'anchor' | 'customKey' | 'anniversaryYear'>): string {
  if (s.anchor === 'work_anniversary' && s.anniversaryYear)
    return t('moments.anchorPhrase.work_anniversaryYear', { year: s.anniversaryYear });
  return t(PHRASES[s.anchor], { key: s.customKey ?? '' });
}

/** Also takes a step as the API returns it: its timing fields have these names. */
export function describeOffset(i18n: Pick<I18n, 't' | 'tp'>, s: Timing): string {
  const anchor = anchorPhrase(i18n.t, s);
  const n = Math.abs(s.offsetDays);
  if (n === 0) return i18n.t(s.offsetUnit === 'working' ? 'moments.offset.onWorking' : 'moments.offset.on', { anchor });
  const before = s.offsetDays < 0;
  if (s.offsetUnit === 'working') return i18n.tp(before ? 'moments.offset.workingBefore' : 'moments.offset.workingAfter', n, { anchor });
  return i18n.tp(before ? 'moments.offset.calendarBefore' : 'moments.offset.calendarAfter', n, { anchor });
}
