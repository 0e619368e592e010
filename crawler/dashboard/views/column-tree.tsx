import type { ColumnAnalysis, ColumnState } from '../../../shared/columns/analyse.ts';
import { safeHref } from '../../../shared/report/escape.ts';

const STATE_LABEL: Record<ColumnState['state'], [string, string]> = {
  ok: ['正常', 'ok'], missing: ['缺失', 'bad'], 'non-standard': ['名称不规范', 'warn'], 'not-on-home': ['首页无入口', 'warn'],
  empty: ['空白', 'bad'], dead: ['无法打开', 'bad'], explained: ['已说明', 'ok'], stale: ['未按时更新', 'bad'],
  undated: ['无日期', 'warn'], 'no-list': ['无信息列表', 'warn'], unvisited: ['未访问', 'muted'],
};

/**
 * The column tree of a run, coloured by state: the catalog's columns nested by their parent column, then the
 * site's other menu columns. Read defensively: the column check owns report.sections['column-missing'].
 */
export function ColumnTree({ section }: { section: unknown }) {
  const analysis = section as Partial<ColumnAnalysis> | undefined;
  const columns = Array.isArray(analysis?.columns) ? analysis.columns : [];
  const others = Array.isArray(analysis?.otherColumns) ? analysis.otherColumns : [];
  if (!columns.length && !others.length) return <p class="muted">—</p>;
  const ids = new Set(columns.map((c) => c.id));
  const childrenOf = (parent?: string) => columns.filter((c) => (c.parent && ids.has(c.parent) ? c.parent : undefined) === parent);
  const renderLevel = (parent?: string) => {
    const level = childrenOf(parent);
    return level.length > 0 && (
      <ul>{level.map((c) => <ColumnNode key={c.id} column={c}>{renderLevel(c.id)}</ColumnNode>)}</ul>
    );
  };
  return (
    <div class="column-tree">
      {renderLevel(undefined)}
      {others.length > 0 && (
        <details>
          <summary>其他栏目 / other columns（{others.length}）</summary>
          <ul>{others.map((c) => <li key={c.url} class="col-other">{c.parent ? `${c.parent} › ` : ''}{linkOrText(c.name, c.url)}</li>)}</ul>
        </details>
      )}
    </div>
  );
}

function ColumnNode({ column, children }: { column: ColumnState; children?: unknown }) {
  const [label, tone] = STATE_LABEL[column.state] ?? [column.state, 'muted'];
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
  return href ? <a href={href} rel="noreferrer noopener" target="_blank">{text}</a> : text;
}
