/** Findings per run as a tiny inline SVG line (oldest left); one point needs no line, so it draws a dot. */
export function Sparkline({
  values,
  label,
  width = 120,
  height = 28,
}: {
  values: number[];
  label: string;
  width?: number;
  height?: number;
}) {
  if (values.length === 0) return null;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const points = values.map((v, i) => [2 + i * step, height - 2 - (v / max) * (height - 4)] as const);
  const [lastX, lastY] = points[points.length - 1];
  return (
    <svg
      class="sparkline"
      role="img"
      aria-label={`${label}：${values.join(' → ')}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-values={values.join(',')}
    >
      <polyline fill="none" stroke="#1f5fa8" stroke-width={1.5} points={points.map((p) => p.join(',')).join(' ')} />
      <circle cx={lastX} cy={lastY} r={2.5} fill="#b4232a" />
    </svg>
  );
}
