import { t } from '../lib/i18n';

/** A month's short name in the UI's language, from `YYYY-MM`. */
const shortMonth = (key: string) => t('monthNamesShort').split(',')[Number(key.slice(5, 7)) - 1] ?? key;
export const monthName = (key: string) => `${shortMonth(key)} ${key.slice(0, 4)}`;

export interface MonthChartProps {
  months: readonly { month: string; count: number }[];
  /** The same months a year earlier, oldest first; drawn as a thin bar beside each month's. */
  previous?: readonly number[];
  /** The month the list is narrowed to. */
  selected?: string;
  /** Narrows the list to a month, or back to the whole period (undefined). */
  onSelect?: (month: string | undefined) => void;
}

/**
 * One bar a month with its number on top, over an axis that names the months and the scale. Each
 * bar is a button: it narrows the list to that month (pressed again, back to the period).
 */
export function MonthChart({ months, previous, selected, onSelect }: MonthChartProps) {
  const max = Math.max(1, ...months.map((m) => m.count), ...(previous ?? []));
  const height = (count: number) => `${(count / max) * 100}%`;
  return (
    <figure className="month-chart">
      <figcaption className="visually-hidden">{previous ? t('chartCaptionCompared') : t('chartLabel')}</figcaption>
      <div className="chart-axis" aria-hidden="true">
        <span>{max}</span>
        <span>0</span>
      </div>
      <div className="chart-bars" role="group" aria-label={t('chartLabel')}>
        {months.map((m, index) => {
          const before = previous?.[index];
          const name = before === undefined ? `${monthName(m.month)}: ${m.count}` : t('chartBarCompared', monthName(m.month), String(m.count), String(before));
          return (
            <button
              key={m.month}
              type="button"
              className="chart-month"
              aria-label={name}
              aria-pressed={selected === m.month}
              title={name}
              onClick={() => onSelect?.(selected === m.month ? undefined : m.month)}
            >
              <span className="chart-count">{m.count}</span>
              <span className="chart-plot">
                {before !== undefined && <span className="bar previous" style={{ height: height(before) }} />}
                <span className={m.count ? 'bar' : 'bar empty'} style={{ height: m.count ? height(m.count) : undefined }} />
              </span>
              <span className="chart-label">{shortMonth(m.month)[0]}</span>
            </button>
          );
        })}
      </div>
    </figure>
  );
}
