import { safeHref, safeImageDataUrl } from '../escape.ts';
import type { FindingRow } from '../rows.ts';

export interface FindingsTableProps {
  rows: FindingRow[];
  /** Id the filter controls and the host's script address the table by. */
  tableId: string;
  /** Show filter / search controls (the report page's script makes them work). */
  controls?: boolean;
}

const SEVERITY_RANK = { veto: 0, major: 1, minor: 2, info: 3 } as const;
const SORTABLE: [string, string][] = [['index', '序号'], ['category', '问题类别'], ['severity', '严重程度'],
  ['column', '所属栏目'], ['url', '页面'], ['description', '问题描述与原文'], ['suggestion', '建议修改'],
  ['deadline', '整改时限'], ['status', '整改状态']];

/** The 问题清单 as a table; every value is page-derived text, rendered as escaped text by Preact. */
export function FindingsTable({ rows, tableId, controls = true }: FindingsTableProps) {
  const categories = [...new Set(rows.map((r) => r.category))];
  const statuses = [...new Set(rows.map((r) => r.status))];
  return (
    <div class="findings">
      {controls && (
        <div class="controls" data-for={tableId}>
          <input type="search" placeholder="搜索问题、页面、原文…" aria-label="搜索" data-filter="text" />
          <FilterSelect label="问题类别" name="category" values={categories} />
          <FilterSelect label="严重程度" name="severity" values={['单项否决', '严重', '一般', '提示']} />
          <FilterSelect label="整改状态" name="status" values={statuses} />
          <span class="shown" aria-live="polite">共 {rows.length} 条</span>
        </div>
      )}
      <table id={tableId} class="finding-table">
        <thead>
          <tr>{SORTABLE.map(([key, label]) => <th key={key} data-sort={key} scope="col">{label}</th>)}</tr>
        </thead>
        <tbody>{rows.map((row) => <FindingTr key={row.id} row={row} />)}</tbody>
      </table>
    </div>
  );
}

function FilterSelect({ label, name, values }: { label: string; name: string; values: string[] }) {
  return (
    <select aria-label={label} data-filter={name}>
      <option value="">全部{label}</option>
      {values.map((v) => <option key={v} value={v}>{v}</option>)}
    </select>
  );
}

function FindingTr({ row }: { row: FindingRow }) {
  const href = safeHref(row.url);
  const image = safeImageDataUrl(row.evidence);
  return (
    <tr data-category={row.category} data-severity={row.severity} data-status={row.status} class={`sev-${row.severityId}`}>
      <td class="num">{row.index}</td>
      <td>{row.category}<div class="muted" title={row.indicators}>{row.indicatorIds}</div></td>
      <td data-rank={SEVERITY_RANK[row.severityId]}>{row.severity}</td>
      <td>{row.column}</td>
      <td class="page">
        {row.pageTitle && <div>{row.pageTitle}</div>}
        {href ? <a href={href} rel="noreferrer noopener" target="_blank">{row.url}</a> : row.url}
        {row.pageCount > 1 && <div class="muted">共 {row.pageCount} 个页面</div>}
      </td>
      <td>
        {row.description}
        {row.count > 1 && <span class="muted">（共 {row.count} 处）</span>}
        {row.contextParts ? (
          <div class="original">原文：{row.contextParts.before}<mark>{row.contextParts.marked}</mark>{row.contextParts.after}</div>
        ) : row.original && <div class="original">原文：<code>{row.original}</code></div>}
        {image && <img class="evidence" src={image} alt="证据截图" />}
        {!image && row.evidence && <div class="muted">证据截图：{row.evidence}</div>}
      </td>
      <td>{row.suggestion}</td>
      <td class="nowrap">{row.deadline}</td>
      <td class={`status-${row.statusId}`}>{row.status}</td>
    </tr>
  );
}
