/** The shared labelled textarea (../Field.tsx), taking its ref as `textareaRef` as these screens do. */
import type { ComponentProps, Ref } from 'react';
import { TextAreaField as Shared } from '../Field.tsx';

export function TextAreaField({ textareaRef, ...props }: ComponentProps<typeof Shared> & { textareaRef?: Ref<HTMLTextAreaElement> }) {
  return <Shared ref={textareaRef} {...props} />;
}
