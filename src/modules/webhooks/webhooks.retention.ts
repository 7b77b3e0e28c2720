/**
 * The delivery log is kept for 30 days: a message (whose payload may name a person) and its
 * deliveries and attempts are deleted once every delivery of it has ended (delivered, failed or
 * stopped) and it is older than that. A delivery still pending keeps its message.
 */
import type { AppContext } from '../../platform/context.ts';

export const WEBHOOK_LOG_DAYS = 30;

/** Deletes what has passed the retention; how many messages it deleted. */
export async function pruneWebhookLog(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - WEBHOOK_LOG_DAYS * 86400_000);
  const rows = await ctx.db.query(
    `delete from webhook_messages m
      where m.created_at < $1
        and not exists (select 1 from webhook_deliveries d where d.message_id = m.id and d.status in ('pending', 'sending'))
      returning m.id`,
    [before],
  );
  return rows.length;
}
