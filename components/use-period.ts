import { useMemo, useState } from 'react';
import { periodOptions } from '../lib/periods';
import { programs } from '../lib/programs';

/** The period selector's options and choice: the calendar year by default. */
export function usePeriod(now: Date) {
  const options = useMemo(() => periodOptions(now, programs), [now]);
  const [period, setPeriod] = useState(options[0]!);
  return { options, period, setPeriod };
}
