import { useErrorBoundary } from 'preact/hooks';
import type { Finding } from '@/shared/model/finding.ts';
import { isWhitelisted, type Marks } from '@/shared/ext/marks.ts';
import { categoryLabel, pick, t } from '../i18n.ts';
import { groupByCategory } from '../models/group-findings.ts';

interface Props {
  findings: Finding[];
  marks: Marks;
  onFocus: (id: string) => void;
  onNotTypo: (term: string) => void;
  onConfirmed: (id: string) => void;
}

/** Findings by category with counts; clicking one scrolls the page to it. */
export function FindingGroups({ findings, marks, onFocus, onNotTypo, onConfirmed }: Props) {
  // One malformed finding (e.g. from an edited report) must not blank the whole panel.
  const [renderError] = useErrorBoundary();
  if (renderError) return <p class="error">{t('error')}: {String(renderError)}</p>;
  if (!findings.length) return <p class="summary">{t('noFindings')}</p>;
  return (
    <div class="groups">
      {groupByCategory(findings).map(({ category, findings: list }) => (
        <details open key={category} data-category={category}>
          <summary>{categoryLabel(category)}<span class="count">{list.length}</span></summary>
          <ul class="findings">
            {list.map((f) => (
              <FindingItem key={f.id} finding={f} marks={marks} onFocus={onFocus} onNotTypo={onNotTypo}
                onConfirmed={onConfirmed} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

interface ItemProps extends Omit<Props, 'findings'> {
  finding: Finding;
}

export function FindingItem({ finding, marks, onFocus, onNotTypo, onConfirmed }: ItemProps) {
  const notTypo = isWhitelisted(finding, marks.notTypo);
  const confirmed = marks.confirmed.includes(finding.id);
  const stop = (action: () => void) => (e: Event) => {
    e.stopPropagation();
    action();
  };
  return (
    <li class={`finding severity-${finding.severity}${notTypo || confirmed ? ' marked' : ''}`}
      data-finding-id={finding.id} onClick={() => onFocus(finding.id)}>
      <div class="message">{pick(finding.message)}</div>
      <div class="fix">{t('fix')}：{pick(finding.fix)}</div>
      <div class="actions">
        {finding.category === 'typo' && finding.text ? (
          <button class="not-typo" aria-pressed={notTypo} onClick={stop(() => onNotTypo(finding.text!))}>
            {notTypo ? '✓ ' : ''}{t('notTypo')}
          </button>
        ) : null}
        <button class="confirm" aria-pressed={confirmed} onClick={stop(() => onConfirmed(finding.id))}>
          {confirmed ? '✓ ' : ''}{t('confirmed')}
        </button>
      </div>
    </li>
  );
}
