/**
 * A journey's steps laid out in time, one group per anchor (start date, birthday, ...). Each group
 * is an ordered list, earliest first, with its anchor day marked between the steps before and after
 * it; a scaled axis above it shows the spacing (decorative: the list says the same in words).
 */
import { useI18n } from '../../lib/i18n.tsx';
import { ANCHORS, ANCHOR_KEYS, axisDays, KIND_KEYS, RECIPIENT_KEYS, type JourneyStep } from '../../lib/moments.ts';
import { describeOffset } from './describe.ts';

interface Group {
  key: string;
  title: string;
  steps: JourneyStep[];
}

function groupSteps(steps: JourneyStep[], title: (s: JourneyStep) => string): Group[] {
  const groups = new Map<string, Group>();
  const order = (s: JourneyStep) => ANCHORS.indexOf(s.anchor);
  const sorted = [...steps].sort(
    (a, b) => order(a) - order(b) || axisDays(a) - axisDays(b) || a.position - b.position || a.name.localeCompare(b.name),
  );
  for (const s of sorted) {
    const key =
      s.anchor === 'custom' ? `custom:${s.customKey}` : s.anchor === 'work_anniversary' ? `wa:${s.anniversaryYear ?? ''}` : s.anchor;
    const g = groups.get(key) ?? { key, title: title(s), steps: [] };
    g.steps.push(s);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function Axis({ steps }: { steps: JourneyStep[] }) {
  const { t } = useI18n();
  const days = steps.map(axisDays);
  const min = Math.min(0, ...days);
  const max = Math.max(0, ...days);
  const span = max - min || 1;
  const at = (d: number) => `${4 + ((d - min) / span) * 92}%`;
  const byTime = [...steps].sort((a, b) => axisDays(a) - axisDays(b));
  const first = byTime[0];
  const last = byTime[byTime.length - 1];
  const short = (s: JourneyStep) =>
    `${s.offsetDays > 0 ? '+' : ''}${s.offsetDays} ${t(s.offsetUnit === 'working' ? 'moments.timeline.workingShort' : 'moments.timeline.daysShort')}`;
  // Steps on the same day stack upwards instead of hiding each other.
  const seen = new Map<number, number>();
  return (
    <div className="m-axis" aria-hidden="true">
      <div className="m-axis-line" />
      <div className="m-axis-zero" style={{ left: at(0) }} />
      {steps.map((s) => {
        const d = axisDays(s);
        const row = seen.get(d) ?? 0;
        seen.set(d, row + 1);
        return (
          <span
            key={s.id}
            className={`m-axis-dot m-kind-${s.kind}`}
            style={{ left: at(d), bottom: `${1.1 + row * 0.9}rem` }}
            title={`${s.name} (${t(KIND_KEYS[s.kind])})`}
          />
        );
      })}
      <span className="m-axis-end m-axis-min">{first && axisDays(first) < 0 ? short(first) : ''}</span>
      <span className="m-axis-end m-axis-max">{last && axisDays(last) > 0 ? short(last) : ''}</span>
    </div>
  );
}

export function StepTimeline({
  steps,
  selectedId,
  onSelect,
}: {
  steps: JourneyStep[];
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const title = (s: JourneyStep) => {
    const base = t(ANCHOR_KEYS[s.anchor]);
    if (s.anchor === 'custom') return `${base}: ${s.customKey ?? ''}`;
    if (s.anchor === 'work_anniversary' && s.anniversaryYear) return t('moments.timeline.anniversaryYear', { year: s.anniversaryYear });
    return base;
  };
  if (steps.length === 0) return <p className="empty">{t('moments.timeline.none')}</p>;
  return (
    <div className="m-timeline">
      {groupSteps(steps, title).map((g) => {
        const beforeCount = g.steps.filter((s) => axisDays(s) < 0).length;
        const item = (s: JourneyStep) => (
          <li key={s.id} className={`m-step m-kind-${s.kind}`} data-selected={s.id === selectedId}>
            <span className="m-step-when">{describeOffset(i18n, s)}</span>
            <button type="button" className="m-step-open" aria-pressed={s.id === selectedId} onClick={() => onSelect(s.id)}>
              {s.name}
            </button>
            <span className="m-step-meta">
              {t(KIND_KEYS[s.kind])} · {t('moments.timeline.to', { recipient: t(RECIPIENT_KEYS[s.recipient]) })} · {s.sendTime}
              {s.event && ` · ${t('calendars.timeline.event', { time: s.event.startTime })}`}
            </span>
          </li>
        );
        return (
          <section key={g.key} className="m-timeline-group" aria-labelledby={`tl-${g.key}`}>
            <h3 id={`tl-${g.key}`}>{g.title}</h3>
            <Axis steps={g.steps} />
            <ol className="m-step-list">
              {g.steps.slice(0, beforeCount).map(item)}
              <li className="m-anchor-mark" aria-hidden="true">
                {g.title}
              </li>
              {g.steps.slice(beforeCount).map(item)}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
