import type { PanelState } from '../models/use-panel.ts';
import { t } from '../i18n.ts';

interface Props {
  panel: PanelState;
}

/** The marks made so far, and their export for the crawler's config. */
export function MarksBox({ panel }: Props) {
  const { marks } = panel;
  return (
    <section class="box marks">
      <h2>{t('marks')}</h2>
      <p class="summary marks-summary">
        {marks.notTypo.length} {t('termsMarked')} · {marks.confirmed.length} {t('findingsConfirmed')}
      </p>
      <button class="export-marks" onClick={panel.exportMarks}>
        {t('exportMarks')}
      </button>
    </section>
  );
}
