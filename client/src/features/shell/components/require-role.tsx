import type { Role } from '@rapor/shared/permissions';
import { useMe } from '../../../api/get-me';
import { useI18n } from '../../../i18n/i18n';

/**
 * A page for one role: others are told plainly whose page it is (the API refuses them
 * anyway; this keeps them from a screen full of 403s).
 */
export function RequireRole({ only, children }: { only: Role; children: React.ReactNode }) {
  const { t } = useI18n();
  const me = useMe().data;
  if (me && me.role !== only) {
    return (
      <div className="page">
        <p className="state empty">{t(`only.${only}`)}</p>
      </div>
    );
  }
  return <>{children}</>;
}
