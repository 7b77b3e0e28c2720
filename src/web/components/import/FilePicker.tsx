/**
 * A file input inside a drop zone. The input itself stays focusable and labelled, so keyboard
 * and screen reader users pick a file the usual way; dropping is an extra for mouse users.
 */
import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

export function FilePicker({ label, onFile, error }: { label: string; onFile(file: File): void; error?: string }) {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('import.dropHint')}
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Reset so choosing the same (fixed) file again still fires a change.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
