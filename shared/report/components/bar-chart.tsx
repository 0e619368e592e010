export interface BarDatum {
  label: string;
  /** One value per series (one bar each). */
  values: number[];
}

export interface BarChartProps {
  title: string;
  data: BarDatum[];
  /** Series names, for the legend; one series needs none. */
  series?: string[];
  width?: number;
}

const COLORS = ['#b4232a', '#1f5fa8', '#8a8f98'];
const LABEL_WIDTH = 150;
const BAR_HEIGHT = 16;
const GAP = 10;

/** Horizontal bar chart as inline SVG: no script, no network, prints as vectors. */
export function BarChart({ title, data, series = [], width = 560 }: BarChartProps) {
  const max = Math.max(1, ...data.flatMap((d) => d.values));
  const groupHeight = BAR_HEIGHT * Math.max(1, data[0]?.values.length ?? 1) + GAP;
  const legendHeight = series.length > 1 ? 22 : 0;
  const height = legendHeight + Math.max(1, data.length) * groupHeight + 4;
  const scale = (width - LABEL_WIDTH - 50) / max;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={title} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {series.length > 1 &&
          series.map((name, s) => (
            <g key={name} transform={`translate(${LABEL_WIDTH + s * 110},4)`}>
              <rect width={12} height={12} fill={COLORS[s % COLORS.length]} />
              <text x={16} y={11} font-size={12}>
                {name}
              </text>
            </g>
          ))}
        {data.map((d, i) => {
          const top = legendHeight + i * groupHeight;
          return (
            <g key={d.label}>
              <text
                x={LABEL_WIDTH - 6}
                y={top + (BAR_HEIGHT * d.values.length) / 2 + 4}
                text-anchor="end"
                font-size={12}
              >
                {d.label}
              </text>
              {d.values.map((value, s) => (
                <g key={s}>
                  <rect
                    x={LABEL_WIDTH}
                    y={top + s * BAR_HEIGHT}
                    width={Math.max(1, value * scale)}
                    height={BAR_HEIGHT - 2}
                    fill={COLORS[s % COLORS.length]}
                  />
                  <text x={LABEL_WIDTH + value * scale + 4} y={top + s * BAR_HEIGHT + 12} font-size={12}>
                    {value}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
