import { useState } from 'react';
import { monthsOf, type DateRange } from '../lib/db/months';
import type { EntryFilter } from '../lib/db/queries';

/**
 * What the glance and the list share: the filters and search (so both count the same entries) and
 * the month picked on the chart. A month outside the shown period is dropped.
 */
export function useYearView(period: DateRange) {
  const [filter, setFilter] = useState<EntryFilter>({});
  const [picked, setMonth] = useState<string>();
  const month = picked && monthsOf(period).includes(picked) ? picked : undefined;
  return { filter, setFilter, month, setMonth, clearMonth: () => setMonth(undefined) };
}
