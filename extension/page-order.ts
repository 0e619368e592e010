import type { Finding } from '../shared/model/finding.ts';

/** Findings in the order their ids appear in `order` (page order); those not placed keep their order, last. */
export function inPageOrder(findings: readonly Finding[], order: readonly string[]): Finding[] {
  const position = new Map(order.map((id, i) => [id, i]));
  const at = (f: Finding) => position.get(f.id) ?? order.length;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => at(a.f) - at(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
