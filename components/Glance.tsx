import type { TrackerDb } from '../lib/db/database';
import { monthsOf, summarize, summarizeMonths, type DateRange, type EntryFilter } from '../lib/db/queries';
import { formatDay, safeHref } from '../lib/format';
import { t } from '../lib/i18n';
import { groupMissing, groupName, kindName } from '../lib/kind-names';
import { KIND_GROUPS } from '../lib/kinds';
import { MonthChart } from './MonthChart';
import { useLive } from './use-live';

export interface GlanceProps {
  /** Undefined on the popup's first screen, before Dexie loads: the glance counts once it is there. */
  db: TrackerDb | undefined;
  range: DateRange;
  label: string;
  /**
   * False until the list's first rows are on screen: the summary reads every row of the period, and
   * with 10,000 entries that read would otherwise delay them.
   */
  start?: boolean;
  /** The list's filters and search: the glance counts what the list shows. */
  filter?: EntryFilter;
  /** The month the list is narrowed to, and how to change it (the chart's bars). */
  month?: string;
  onMonth?: (month: string | undefined) => void;
}

const yearEarlier = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;

/** The same span a year earlier, for periods of a year or less ("All time" has none). */
function earlier(range: DateRange): DateRange | undefined {
  return monthsOf(range).length <= 12 ? { from: yearEarlier(range.from), to: yearEarlier(range.to) } : undefined;
}

const NO_FILTER: EntryFilter = {};

/** The period at a glance: counts by category, a month-by-month chart, the latest entries, what is missing. */
export function Glance({ db, range, label, start = true, filter = NO_FILTER, month, onMonth }: GlanceProps) {
  const before = earlier(range);
  const [summary, previous] =
    useLive(
      db,
      (db) => (start ? Promise.all([summarize(db, range, filter), before ? summarizeMonths(db, before, filter) : undefined]) : undefined),
      [range.from, range.to, start, filter, before?.from],
    ) ?? [];
  if (!summary) return <p className="empty" aria-busy="true">{t('glanceCounting')}</p>;

  const groups = KIND_GROUPS.map((group) => ({ ...group, count: group.kinds.reduce((sum, kind) => sum + (summary.byKind[kind] ?? 0), 0) }));
  const missing = groups.filter((group) => group.count === 0 && group.missing).map((group) => groupMissing(group)!);

  return (
    <section className="glance" aria-label={t('glanceLabel', label)}>
      <p className="total">
        <strong>{summary.own}</strong> {summary.own === 1 ? t('glanceContribution') : t('glanceContributions')}
        {summary.others > 0 && <span className="others"> · {t('glanceOthers', String(summary.others))}</span>}
        {previous && <span className="others"> · {t('glanceYearEarlier', String(previous.own))}</span>}
      </p>
      <ul className="counts" aria-label={t('glanceCounts')}>
        {groups
          .filter((group) => group.count > 0)
          .map((group) => (
            <li key={group.id}>
              <span>{groupName(group)}</span> <strong>{group.count}</strong>
            </li>
          ))}
      </ul>
      <MonthChart months={summary.byMonth} previous={previous?.byMonth.map((m) => m.count)} selected={month} onSelect={onMonth} />
      {missing.length > 0 && (
        <p className="missing">
          {t('glanceMissing', missing.join(', '))}
        </p>
      )}
      {summary.latest.length > 0 && (
        <>
          <h2>{t('glanceLatest')}</h2>
          <ul className="latest" aria-label={t('glanceLatestLabel')}>
            {summary.latest.map((entry) => (
              <li key={entry.id}>
                {safeHref(entry.url) ? (
                  <a href={safeHref(entry.url)} target="_blank" rel="noreferrer noopener">
                    {entry.title}
                  </a>
                ) : (
                  <span>{entry.title}</span>
                )}{' '}
                <span className="entry-meta">
                  {kindName(entry.kind)} · <time dateTime={entry.publishedAt}>{formatDay(entry.publishedAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
