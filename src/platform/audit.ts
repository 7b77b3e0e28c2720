/** The audit log: sign-ins (failed ones too) and every admin action, written here, read by admins (modules/accounts/audit.*). */
import type { Queryable } from '../db/db.ts';
import type { Clock } from './clock.ts';

export interface AuditEvent {
  orgId: string | null;
  actorUserId?: string | null;
  /** Who, as a person reads it: an email address, "api token 'payroll sync'", "cli". */
  actorLabel?: string;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

export async function audit(db: Queryable, clock: Clock, e: AuditEvent): Promise<void> {
  await db.query(
    `insert into audit_log (org_id, actor_user_id, actor_label, action, target_type, target_id, details, ip, at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      e.orgId,
      e.actorUserId ?? null,
      e.actorLabel ?? '',
      e.action,
      e.targetType ?? null,
      e.targetId ?? null,
      JSON.stringify(e.details ?? {}),
      e.ip ?? null,
      clock.now(),
    ],
  );
}
