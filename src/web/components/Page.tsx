/** A page's frame: its <h1>, the document title, and focus on the heading after navigation. */
import { useEffect, useRef, type ReactNode } from 'react';
import { takeFocusRequest } from '../lib/router.tsx';

export function Page({ title, actions, children, narrow }: { title: string; actions?: ReactNode; children?: ReactNode; narrow?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Embassy`;
  }, [title]);
  useEffect(() => {
    if (takeFocusRequest()) heading.current?.focus();
  }, []);
  return (
    <div className={narrow ? 'page page-narrow' : 'page'}>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
