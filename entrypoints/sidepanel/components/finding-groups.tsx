import { useErrorBoundary } from 'preact/hooks';
import type { Finding } from '@/shared/model/finding.ts';
import { SEVERITIES } from '@/shared/model/finding.ts';
import { hiddenHowLabel } from '@/extension/hidden-how.ts';
import { isWhitelisted, type Marks } from '@/extension/marks.ts';
import { occurrenceCount } from '@/extension/severity.ts';
import { categoryLabel, pick, t } from '../i18n.ts';
import { countBySeverity, groupByCategory, suspectsByConfidence } from '../models/group-findings.ts';

interface Props {
  findings: Finding[];
  marks: Marks;
  onFocus: (id: string) => void;
  onNotTypo: (term: string) => void;
  onConfirmed: (id: string) => void;
}

/** Problems by severity, then by category with counts, then the 疑似 apart; clicking one scrolls the page to it. */
export function FindingGroups({ findings, ...itemProps }: Props) {
  // One malformed finding (e.g. from an edited report) must not blank the whole panel.
  const [renderError] = useErrorBoundary();
  if (renderError)
    return (
      <p class="error">
        {t('error')}: {String(renderError)}
      </p>
    );
  if (!findings.length) return <p class="summary">{t('noFindings')}</p>;
  const counts = countBySeverity(findings);
  const suspects = suspectsByConfidence(findings);
  return (
    <div class="groups">
      <p class="severity-counts">
        {SEVERITIES.filter((s) => counts[s]).map((s) => (
          <span key={s} class={`sev sev-${s}`} data-severity={s}>
            {t(`severity_${s}`)} {counts[s]}
          </span>
        ))}
      </p>
      {groupByCategory(findings).map(({ category, findings: list }) => (
        <details open key={category} data-category={category}>
          <summary>
            {categoryLabel(category)}
            <span class="count">{list.length}</span>
          </summary>
          <ul class="findings">
            {list.map((f) => (
              <FindingItem key={f.id} finding={f} {...itemProps} />
            ))}
          </ul>
        </details>
      ))}
      {suspects.length ? (
        <details open class="suspects" data-category="suspect">
          <summary>
            {t('suspects')}
            <span class="count suspect">{suspects.length}</span>
          </summary>
          <ul class="findings">
            {suspects.map((f) => (
              <FindingItem key={f.id} finding={f} {...itemProps} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

interface ItemProps extends Omit<Props, 'findings'> {
  finding: Finding;
}

/**
 * What the webmaster cannot see on the page: why it is a veto (C4), the hidden text, or the link's words and
 * where it points.
 */
function Evidence({ finding }: { finding: Finding }) {
  const how = hiddenHowLabel(finding.data.hiddenHow);
  const words = finding.location?.snippet;
  const veto = finding.data.vetoEvidence;
  return (
    <>
      {typeof veto === 'string' ? (
        <div class="evidence veto">
          {t('vetoEvidence')}：{veto}
        </div>
      ) : null}
      {how ? (
        <div class="evidence hidden-how">
          {t('hiddenHow')}：{how}
        </div>
      ) : null}
      {finding.target ? (
        <div class="evidence link">
          {words && words !== finding.target ? `${t('linkText')}：「${words}」→ ` : ''}
          {finding.target}
        </div>
      ) : how && (finding.location?.context ?? words) ? (
        <div class="evidence hidden-text">
          {t('hiddenText')}：{finding.location?.context ?? words}
        </div>
      ) : null}
    </>
  );
}

export function FindingItem({ finding, marks, onFocus, onNotTypo, onConfirmed }: ItemProps) {
  const notTypo = isWhitelisted(finding, marks.notTypo);
  const confirmed = marks.confirmed.includes(finding.id);
  const count = occurrenceCount(finding);
  const confidence = finding.data.suspect === true ? Number(finding.data.confidence ?? 0) : undefined;
  const stop = (action: () => void) => (e: Event) => {
    e.stopPropagation();
    action();
  };
  return (
    <li
      class={`finding severity-${finding.severity}${notTypo || confirmed ? ' marked' : ''}`}
      data-finding-id={finding.id}
      onClick={() => onFocus(finding.id)}
    >
      <div class="meta">
        <span class={`sev sev-${finding.severity}`}>{t(`severity_${finding.severity}`)}</span>
        {count > 1 ? <span class="occurrences">{t('occurrences', { n: count })}</span> : null}
        {finding.data.scope === 'page' ? <span class="page-wide">{t('pageWide')}</span> : null}
        {confidence !== undefined ? (
          <span class="confidence">
            {t('confidence')} {confidence.toFixed(2)}
          </span>
        ) : null}
      </div>
      <div class="message">{pick(finding.message)}</div>
      <Evidence finding={finding} />
      <div class="fix">
        {t('fix')}：{pick(finding.fix)}
      </div>
      <div class="actions">
        {finding.category === 'typo' && finding.text ? (
          <button class="not-typo" aria-pressed={notTypo} onClick={stop(() => onNotTypo(finding.text!))}>
            {notTypo ? '✓ ' : ''}
            {t('notTypo')}
          </button>
        ) : null}
        <button class="confirm" aria-pressed={confirmed} onClick={stop(() => onConfirmed(finding.id))}>
          {confirmed ? '✓ ' : ''}
          {t('confirmed')}
        </button>
      </div>
    </li>
  );
}
