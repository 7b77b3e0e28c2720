/** A labelled textarea with hint and error wired up, like the fields in ../Field.tsx. */
import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';

export function TextAreaField({
  label,
  hint,
  error,
  className,
  textareaRef,
  ...area
}: { label: ReactNode; hint?: ReactNode; error?: string; textareaRef?: Ref<HTMLTextAreaElement> } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={textareaRef} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...area} />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
