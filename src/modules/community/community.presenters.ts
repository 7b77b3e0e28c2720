import type { Actor } from '../../platform/policy.ts';
import { ambassadorAsSeenBy } from '../ambassadors/ambassadors.service.ts';
import type { RecognitionRow } from './recognition.service.ts';

/** The thanked ambassador is named as the program names them to this viewer (behind the scenes included). */
export const presentRecognition = (viewer: Actor, r: RecognitionRow) => ({
  id: r.id,
  kind: r.kind,
  to: ambassadorAsSeenBy(viewer, r),
  from: r.from_first_name ? `${r.from_first_name} ${r.from_last_name}` : r.from_label,
  note: r.note,
  milestone: r.milestone,
  companyWide: r.company_wide,
  createdAt: r.created_at.toISOString(),
});
