/** Invite everyone of a segment who has no account yet, in their language, with progress. (To be built.) */
export function BulkInvite({ canManage }: { canManage: boolean }) {
  return canManage ? null : null;
}
