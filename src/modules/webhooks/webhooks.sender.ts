/** Sends due webhook deliveries (to be built). Returns how many it claimed. */
import type { AppContext } from '../../platform/context.ts';

export async function sendDueWebhooks(ctx: AppContext): Promise<number> {
  void ctx;
  return 0;
}
