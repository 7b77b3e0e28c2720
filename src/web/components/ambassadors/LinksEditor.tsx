/** Profile links (LinkedIn and the like): a network name and an https:// address per row. */
import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import type { ProfileLink } from './types.ts';

const MAX_LINKS = 6;
const NETWORKS = ['LinkedIn', 'Instagram', 'Facebook', 'X', 'TikTok', 'YouTube', 'Blog'];

export function LinksEditor({
  value,
  onChange,
  errors,
}: {
  value: ProfileLink[];
  onChange(v: ProfileLink[]): void;
  errors?: (string | undefined)[];
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (i: number, patch: Partial<ProfileLink>) => onChange(value.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="amb-links">
      <legend>{t('amb.links')}</legend>
      <p className="hint">{t('amb.linksHint')}</p>
      <datalist id={`${id}-networks`}>
        {NETWORKS.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {value.map((link, i) => (
        <div className="amb-link-row" key={i}>
          <div className="field">
            <label htmlFor={`${id}-net-${i}`}>{t('amb.linkNetwork', { n: i + 1 })}</label>
            <input
              id={`${id}-net-${i}`}
              list={`${id}-networks`}
              required
              maxLength={40}
              value={link.network}
              onChange={(e) => set(i, { network: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-url-${i}`}>{t('amb.linkUrl', { n: i + 1 })}</label>
            <input
              id={`${id}-url-${i}`}
              type="url"
              required
              maxLength={500}
              pattern="https://.*"
              placeholder="https://"
              value={link.url}
              aria-invalid={errors?.[i] ? true : undefined}
              aria-describedby={errors?.[i] ? `${id}-err-${i}` : undefined}
              onChange={(e) => set(i, { url: e.target.value })}
            />
            {errors?.[i] && (
              <p className="field-error" id={`${id}-err-${i}`}>
                {errors[i]}
              </p>
            )}
          </div>
          <button type="button" className="button button-small button-danger" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('amb.removeLink')}
            <span className="visually-hidden"> {link.network || i + 1}</span>
          </button>
        </div>
      ))}
      {value.length < MAX_LINKS && (
        <button type="button" className="button button-small" onClick={() => onChange([...value, { network: '', url: '' }])}>
          {t('amb.addLink')}
        </button>
      )}
    </fieldset>
  );
}
