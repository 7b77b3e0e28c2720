/**
 * A Markdown text area where typing "@" and a few letters offers colleagues to mention (from
 * GET /community/people: the people who take part, someone behind the scenes by their stand-in id,
 * as mentions expect; alumni ambassadors only when writing in the alumni topic). Choosing one
 * writes "@Full Name" in the text; only names still in the text are sent.
 * The suggestions are plain buttons after the field: Arrow down reaches them, Escape closes them.
 */
import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { query } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/useApi.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { TextAreaField } from '../Field.tsx';
import { insertMention, mentionQuery, type Mention } from './exchange.ts';

interface Suggestion {
  personId: string;
  firstName: string;
  lastName: string;
}

export function MentionTextArea({
  label,
  hint,
  value,
  onChange,
  onMention,
  rows = 4,
  areaRef,
  topicId = null,
  children,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange(text: string): void;
  onMention(m: Mention): void;
  rows?: number;
  areaRef?: RefObject<HTMLTextAreaElement | null>;
  /** The topic written in (a comment: its post's), so the alumni are offered in the alumni topic only. */
  topicId?: string | null;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = areaRef ?? ownRef;
  const listRef = useRef<HTMLUListElement>(null);
  const [typing, setTyping] = useState<{ start: number; term: string } | null>(null);
  const term = useDebounced(typing?.term ?? '', 200);
  // An alumni account reads the alumni topic only and no list of colleagues (alumni.gate.ts): plain text.
  const alumni = useSession().me.user.role === 'alumni';
  const found = useApi<{ items: Suggestion[] }>(
    !alumni && typing && term ? `/community/people${query({ q: term, limit: '6', topicId })}` : null,
  );
  const suggestions = typing && term ? (found.data?.items ?? []) : [];

  const track = (text: string, caret: number) => setTyping(mentionQuery(text, caret));
  const choose = (s: Suggestion) => {
    const area = ref.current;
    if (!typing || !area) return;
    const name = `${s.firstName} ${s.lastName}`.trim();
    const next = insertMention(value, typing.start, area.selectionStart ?? value.length, name);
    onChange(next.text);
    onMention({ id: s.personId, name });
    setTyping(null);
    // Back to the text, after the name, to go on writing.
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <div className="exchange-mention">
      <TextAreaField
        ref={ref}
        label={label}
        hint={hint ?? t('exchange.mention.hint')}
        value={value}
        rows={rows}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target.value, e.target.selectionStart ?? e.target.value.length);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && suggestions.length) {
            e.preventDefault();
            listRef.current?.querySelector('button')?.focus();
          } else if (e.key === 'Escape') setTyping(null);
        }}
        aria-controls={suggestions.length ? `${id}-mentions` : undefined}
      />
      {children}
      {suggestions.length > 0 && (
        <ul
          id={`${id}-mentions`}
          ref={listRef}
          className="exchange-mention-list"
          aria-label={t('exchange.mention.label')}
          onKeyDown={(e) => {
            const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === 'ArrowDown') buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
            else if (e.key === 'ArrowUp') (at <= 0 ? ref.current : buttons[at - 1])?.focus();
            else if (e.key === 'Escape') {
              setTyping(null);
              ref.current?.focus();
            } else return;
            e.preventDefault();
          }}
        >
          {suggestions.map((s) => (
            <li key={s.personId}>
              <button type="button" className="button button-small" onClick={() => choose(s)}>
                {t('exchange.mention.choose', { name: `${s.firstName} ${s.lastName}` })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
