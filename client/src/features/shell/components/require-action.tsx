import { type Action, PERMISSIONS } from '@rapor/shared/permissions';
import { useMe } from '../../../api/get-me';
import { useCan } from '../../../hooks/use-can';
import { useI18n } from '../../../i18n/i18n';

/**
 * A page for whoever the permission table lets do `action`: others are told plainly whose
 * page it is (the API refuses them anyway; this keeps them from a screen full of 403s).
 */
export function RequireAction({ action, children }: { action: Action; children: React.ReactNode }) {
  const { t } = useI18n();
  const me = useMe().data;
  const can = useCan();
  if (me && !can(action)) {
    const roles = PERMISSIONS[action].roles.map((role) => t(`roleFor.${role}`)).join(', ');
    return (
      <div className="page">
        <p className="state empty">{t('only.roles', { roles })}</p>
      </div>
    );
  }
  return <>{children}</>;
}
