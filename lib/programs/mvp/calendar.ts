import type { ProgramCalendar } from '../define';

export const MVP_CALENDAR: ProgramCalendar = {
  id: 'mvp',
  name: 'Microsoft MVP',
  // Awards renew on July 1 and count contributions logged by March 31 [3P: renewal posts, e.g. jenkuntz.ca 2021].
  period: (year) => ({ id: `mvp-${year}`, label: `MVP ${year} (Apr ${year - 1} – Mar ${year})`, from: `${year - 1}-04-01T00:00:00.000Z`, to: `${year}-04-01T00:00:00.000Z` }),
};
