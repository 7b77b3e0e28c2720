/**
 * How many answered of those invited, as HR sees it: below the survey's minimum the server gives no
 * number (it would count a group smaller than the minimum), and this says "fewer than 5".
 */
import { formatNumber } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

export function Participation({ answered, invited, minGroup }: { answered: number | null; invited: number | null; minGroup: number }) {
  const { t, lang } = useI18n();
  if (invited === null) return null;
  const n = formatNumber(invited, lang);
  return (
    <>
      {answered === null
        ? t('surveys.list.answeredFew', { min: formatNumber(minGroup, lang), invited: n })
        : t('surveys.list.answeredOf', { answered: formatNumber(answered, lang), invited: n })}
    </>
  );
}
