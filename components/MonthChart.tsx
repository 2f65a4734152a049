const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (key: string) => `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;

const BAR = 20;
const GAP = 4;
const HEIGHT = 60;

/** A light bar chart in SVG: one bar a month, the count in each bar's tooltip and in the label. */
export function MonthChart({ months }: { months: readonly { month: string; count: number }[] }) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const width = months.length * (BAR + GAP);
  const label = `Contributions per month: ${months.map((m) => `${monthName(m.month)} ${m.count}`).join(', ')}`;
  return (
    <svg className="month-chart" role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT + 14}`} preserveAspectRatio="none">
      {months.map((m, index) => {
        const height = m.count === 0 ? 1 : Math.max(3, (m.count / max) * HEIGHT);
        const x = index * (BAR + GAP);
        return (
          <g key={m.month}>
            <rect x={x} y={HEIGHT - height} width={BAR} height={height} className={m.count ? 'bar' : 'bar empty'}>
              <title>{`${monthName(m.month)}: ${m.count}`}</title>
            </rect>
            <text x={x + BAR / 2} y={HEIGHT + 11} textAnchor="middle">
              {MONTHS[Number(m.month.slice(5, 7)) - 1]![0]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
