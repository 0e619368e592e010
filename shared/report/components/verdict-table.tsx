import type { IndicatorVerdict } from '../summary.ts';

/** Verdict by inspection indicator (对应指标). */
export function VerdictTable({ verdicts }: { verdicts: IndicatorVerdict[] }) {
  if (verdicts.length === 0) return <p class="empty">各检查指标均未发现问题。</p>;
  return (
    <table class="verdicts">
      <thead>
        <tr>
          <th>指标</th>
          <th>指标名称</th>
          <th>问题数</th>
          <th>结论</th>
        </tr>
      </thead>
      <tbody>
        {verdicts.map((v) => (
          <tr key={v.id} class={v.veto ? 'veto' : undefined}>
            <td>{v.id}</td>
            <td>{v.title}</td>
            <td class="num">{v.count}</td>
            <td>{v.verdict}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
