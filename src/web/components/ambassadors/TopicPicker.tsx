/** Topics as chips: the suggested ones to toggle, plus topics in one's own words. */
import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { topicLabel } from './program.ts';

const MAX_TOPICS = 12;

export function TopicPicker({ suggested, value, onChange }: { suggested: string[]; value: string[]; onChange(v: string[]): void }) {
  const { t } = useI18n();
  const id = useId();
  const [own, setOwn] = useState('');
  const toggle = (topic: string) => onChange(value.includes(topic) ? value.filter((x) => x !== topic) : [...value, topic]);
  const free = value.filter((x) => !suggested.includes(x));
  const full = value.length >= MAX_TOPICS;
  const add = () => {
    const topic = own.trim().slice(0, 60);
    if (!topic || full) return;
    if (!value.some((x) => x.toLowerCase() === topic.toLowerCase())) onChange([...value, topic]);
    setOwn('');
  };
  return (
    <fieldset className="amb-topics">
      <legend>{t('amb.topics')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('amb.topicsHint', { n: MAX_TOPICS })}
      </p>
      <ul className="amb-chips" aria-describedby={`${id}-hint`}>
        {suggested.map((topic) => (
          <li key={topic}>
            <button
              type="button"
              className="amb-chip"
              aria-pressed={value.includes(topic)}
              disabled={full && !value.includes(topic)}
              onClick={() => toggle(topic)}
            >
              {topicLabel(t, topic)}
            </button>
          </li>
        ))}
        {free.map((topic) => (
          <li key={topic}>
            <span className="amb-chip amb-chip-own">
              {topic}
              <button type="button" className="amb-chip-remove" onClick={() => toggle(topic)} aria-label={t('amb.removeTopic', { topic })}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="amb-inline-add">
        <label htmlFor={`${id}-own`}>{t('amb.ownTopic')}</label>
        <div className="amb-row">
          <input
            id={`${id}-own`}
            value={own}
            maxLength={60}
            disabled={full}
            onChange={(e) => setOwn(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button" onClick={add} disabled={full || !own.trim()}>
            {t('amb.addTopic')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
