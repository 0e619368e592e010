import type { ColumnState } from '../../../../shared/columns/analyse.ts';
import type { ColumnTreeEntry, ColumnTreeSection } from '../../../../shared/columns/tree-section.ts';
import { safeHref } from '../../../../shared/report/escape.ts';
import type { TextKey, Translate } from '../i18n.ts';

const STATE_LABEL: Record<ColumnState['state'], [TextKey, string]> = {
  ok: ['stateOk', 'ok'],
  missing: ['stateMissing', 'bad'],
  'non-standard': ['stateNonStandard', 'warn'],
  'not-on-home': ['stateNotOnHome', 'warn'],
  empty: ['stateEmpty', 'bad'],
  dead: ['stateDead', 'bad'],
  explained: ['stateExplained', 'ok'],
  stale: ['stateStale', 'bad'],
  undated: ['stateUndated', 'warn'],
  'no-list': ['stateNoList', 'warn'],
  unvisited: ['stateUnvisited', 'muted'],
};

/**
 * The column tree of a run, coloured by state: the catalog's columns nested by their parent column, then the
 * site's other menu columns (report.sections['column-missing']; absent when the check did not run).
 */
export function ColumnTree({ section, t }: { section: ColumnTreeSection | undefined; t: Translate }) {
  const columns = section?.columns ?? [];
  const others = section?.otherColumns ?? [];
  if (!columns.length && !others.length) return <p class="muted">—</p>;
  const ids = new Set(columns.map((c) => c.id));
  const childrenOf = (parent?: string) =>
    columns.filter((c) => (c.parent && ids.has(c.parent) ? c.parent : undefined) === parent);
  const renderLevel = (parent?: string) => {
    const level = childrenOf(parent);
    return (
      level.length > 0 && (
        <ul>
          {level.map((c) => (
            <ColumnNode key={c.id} column={c} t={t}>
              {renderLevel(c.id)}
            </ColumnNode>
          ))}
        </ul>
      )
    );
  };
  return (
    <div class="column-tree">
      {renderLevel(undefined)}
      {others.length > 0 && (
        <details>
          <summary>
            {t('otherColumns')} ({others.length})
          </summary>
          <ul>
            {others.map((c) => (
              <li key={c.url} class="col-other">
                {c.parent ? `${c.parent} › ` : ''}
                {linkOrText(c.name, c.url)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function ColumnNode({ column, t, children }: { column: ColumnTreeEntry; t: Translate; children?: unknown }) {
  const known = STATE_LABEL[column.state];
  const [label, tone] = known ? [t(known[0]), known[1]] : [column.state, 'muted'];
  return (
    <li class={`col-${tone}`} data-state={column.state}>
      {column.match ? linkOrText(column.name, column.match.url) : column.name}
      <span class="badge">{label}</span>
      {children}
    </li>
  );
}

function linkOrText(text: string, url: string) {
  const href = safeHref(url);
  return href ? (
    <a href={href} rel="noreferrer noopener" target="_blank">
      {text}
    </a>
  ) : (
    text
  );
}
