/** Step 2: one row per column of the file, with the field it feeds (recognised, chosen or ignored). */
import { useState, type FormEvent } from 'react';
import { formatBytes } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { checkMapping, PERSON_FIELDS, REQUIRED_FIELDS, type Choice, type PersonField } from '../../lib/import-mapping.ts';
import type { LoadedFile } from './loaded-file.ts';
import { TableScroll } from '../TableScroll.tsx';

export const fieldKey = (f: PersonField): MessageKey => `field.${f}`;

export function MappingStep(props: {
  file: LoadedFile;
  choices: Choice[];
  onChange(c: Choice[]): void;
  onSubmit(): void;
  onCancel(): void;
}) {
  const { file, choices, onChange } = props;
  const { t, lang } = useI18n();
  const [tried, setTried] = useState(false);
  const check = checkMapping(choices);
  const recognised = file.proposed;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (check.ok) props.onSubmit();
  };
  const set = (i: number, c: Choice) => onChange(choices.map((old, k) => (k === i ? c : old)));

  return (
    <form onSubmit={submit}>
      <p>
        {t('import.fileInfo', { name: file.name, size: formatBytes(file.size, lang), columns: file.split.headers.length })}{' '}
        <span className="file-encoding">{t('import.encoding', { encoding: t(`import.encoding.${file.encoding}`) })}</span>
      </p>
      <p className="hint">{t('import.mappingIntro')}</p>
      <TableScroll label={t('import.mappingCaption')}>
        <table className="data-table mapping-table responsive-table">
          <caption className="visually-hidden">{t('import.mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.example')}</th>
              <th scope="col">{t('import.field')}</th>
            </tr>
          </thead>
          <tbody>
            {file.split.headers.map((h, i) => {
              const problem = tried ? check.columns[i] : null;
              const selectId = `map-${i}`;
              return (
                <tr key={i}>
                  <th scope="row" id={`${selectId}-name`}>
                    {h.trim() || <em>{t('import.emptyHeader')}</em>}
                  </th>
                  <td className="sample" data-label={t('import.example')}>
                    {file.sample[i]}
                  </td>
                  <td className="mapping-choice">
                    <label className="visually-hidden" htmlFor={selectId}>
                      {t('import.fieldFor', { column: h.trim() || t('import.emptyHeader') })}
                    </label>
                    <select
                      id={selectId}
                      value={choices[i]}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={
                        problem ? `${selectId}-error` : recognised[i] && recognised[i] === choices[i] ? `${selectId}-ok` : undefined
                      }
                      onChange={(e) => set(i, e.target.value as Choice)}
                    >
                      <option value="">{t('common.choose')}</option>
                      {PERSON_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(fieldKey(f))}
                          {REQUIRED_FIELDS.includes(f) ? ` (${t('import.required')})` : ''}
                        </option>
                      ))}
                      <option value="ignore">{t('import.ignore')}</option>
                    </select>
                    {recognised[i] && recognised[i] === choices[i] && !problem && (
                      <span className="badge" id={`${selectId}-ok`}>
                        {t('import.recognised')}
                      </span>
                    )}
                    {problem && (
                      <p className="field-error" id={`${selectId}-error`}>
                        {t(problem === 'undecided' ? 'import.undecided' : 'import.duplicate')}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {tried && !check.ok && (
        <div className="notice notice-error" role="alert">
          {check.missing.length > 0
            ? t('import.missing', { fields: check.missing.map((f) => t(fieldKey(f))).join(', ') })
            : t('import.fixMapping')}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('import.start')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('import.otherFile')}
        </button>
      </div>
    </form>
  );
}
