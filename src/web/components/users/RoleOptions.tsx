/** The options of a role select, each role by its name in the reader's language. */
import { roleKey } from '../../lib/labels.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Role } from '../../lib/types.ts';

export function RoleOptions({ roles }: { roles: readonly Role[] }) {
  const { t } = useI18n();
  return (
    <>
      {roles.map((r) => (
        <option key={r} value={r}>
          {t(roleKey(r))}
        </option>
      ))}
    </>
  );
}
