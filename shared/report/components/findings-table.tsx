import { safeHref, safeImageDataUrl } from '../escape.ts';
import type { FindingRow } from '../rows.ts';
import { uiText, type UiKey, type UiLang } from './ui-text.ts';

export interface FindingsTableProps {
  rows: FindingRow[];
  /** Id the filter controls and the host's script address the table by. */
  tableId: string;
  /** Show filter / search controls (the report page's script makes them work). */
  controls?: boolean;
  /** Interface language (the dashboard's en mode); zh by default. Row content stays as the report has it. */
  lang?: UiLang;
}

const SEVERITY_RANK = { veto: 0, major: 1, minor: 2, info: 3 } as const;
const SORTABLE: [string, UiKey][] = [
  ['index', 'index'],
  ['category', 'category'],
  ['severity', 'severity'],
  ['column', 'column'],
  ['url', 'page'],
  ['description', 'description'],
  ['suggestion', 'suggestion'],
  ['deadline', 'deadline'],
  ['status', 'status'],
];

/** The 问题清单 as a table; every value is page-derived text, rendered as escaped text by Preact. */
export function FindingsTable({ rows, tableId, controls = true, lang }: FindingsTableProps) {
  const ui = uiText(lang);
  const categories = [...new Set(rows.map((r) => r.category))];
  const statuses = [...new Set(rows.map((r) => r.status))];
  return (
    <div class="findings">
      {controls && (
        <div class="controls" data-for={tableId}>
          <input type="search" placeholder={ui('search')} aria-label={ui('searchLabel')} data-filter="text" />
          <FilterSelect label={ui('category')} all={ui('all')} name="category" values={categories} />
          <FilterSelect
            label={ui('severity')}
            all={ui('all')}
            name="severity"
            values={['单项否决', '严重', '一般', '提示']}
          />
          <FilterSelect label={ui('status')} all={ui('all')} name="status" values={statuses} />
          <span class="shown" aria-live="polite">
            {ui('total', rows.length)}
          </span>
        </div>
      )}
      <table id={tableId} class="finding-table">
        <thead>
          <tr>
            {SORTABLE.map(([key, label]) => (
              <th key={key} data-sort={key} scope="col">
                {ui(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FindingTr key={row.id} row={row} ui={ui} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FilterSelect({ label, all, name, values }: { label: string; all: string; name: string; values: string[] }) {
  return (
    <select aria-label={label} data-filter={name}>
      <option value="">
        {all}
        {label}
      </option>
      {values.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </select>
  );
}

function FindingTr({ row, ui }: { row: FindingRow; ui: ReturnType<typeof uiText> }) {
  const href = safeHref(row.url);
  const image = safeImageDataUrl(row.evidence);
  return (
    <tr
      data-category={row.category}
      data-severity={row.severity}
      data-status={row.status}
      class={`sev-${row.severityId}`}
    >
      <td class="num">{row.index}</td>
      <td>
        {row.category}
        <div class="muted" title={row.indicators}>
          {row.indicatorIds}
        </div>
      </td>
      <td data-rank={SEVERITY_RANK[row.severityId]}>{row.severity}</td>
      <td>{row.column}</td>
      <td class="page">
        {row.pageTitle && <div>{row.pageTitle}</div>}
        {href ? (
          <a href={href} rel="noreferrer noopener" target="_blank">
            {row.url}
          </a>
        ) : (
          row.url
        )}
        {row.pageCount > 1 && <div class="muted">{ui('pages', row.pageCount)}</div>}
      </td>
      <td>
        {row.description}
        {row.count > 1 && <span class="muted">{ui('places', row.count)}</span>}
        {row.contextParts ? (
          <div class="original">
            {ui('original')}
            {row.contextParts.before}
            <mark>{row.contextParts.marked}</mark>
            {row.contextParts.after}
          </div>
        ) : (
          row.original && (
            <div class="original">
              {ui('original')}
              <code>{row.original}</code>
            </div>
          )
        )}
        {image && <img class="evidence" src={image} alt={ui('evidence')} />}
        {!image && row.evidence && (
          <div class="muted">
            {ui('evidence')}：{row.evidence}
          </div>
        )}
      </td>
      <td>{row.suggestion}</td>
      <td class="nowrap">{row.deadline}</td>
      <td class={`status-${row.statusId}`}>{row.status}</td>
    </tr>
  );
}
