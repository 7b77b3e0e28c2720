/**
 * A wide table's horizontal scroller. It is focusable and named, so keyboard users can scroll it
 * with the arrow keys (WCAG 2.1.1) and screen readers announce what it holds.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
