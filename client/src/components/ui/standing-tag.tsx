import type { Standing } from '@rapor/shared/standing';
import { useI18n } from '../../i18n/i18n';

/**
 * Says how far a figure can be read as the result: nothing for a final one, "sementara" for
 * a provisional one, "belum lengkap · n dari N butir terisi" for an incomplete one.
 */
export function StandingTag({
  standing,
  answered,
  total,
}: {
  standing: Standing;
  answered?: number | null;
  total?: number | null;
}) {
  const { t } = useI18n();
  if (standing === 'final') return null;
  const counted =
    answered !== undefined && answered !== null && total !== undefined && total !== null;
  return (
    <span className={`tag standing-${standing}`} data-standing={standing}>
      {t(`standing.${standing}`)}
      {standing === 'incomplete' && counted && ` · ${t('standing.answered', { answered, total })}`}
    </span>
  );
}
