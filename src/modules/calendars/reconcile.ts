/** Cancels or updates calendar invitations already sent whose date or time changed (to be built). Returns how many it changed. */
import type { AppContext } from '../../platform/context.ts';

export async function reconcileCalendarInvitations(ctx: AppContext): Promise<number> {
  void ctx;
  return 0;
}
