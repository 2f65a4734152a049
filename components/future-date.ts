import { t } from '../lib/i18n';

/** A warning for a day after today (`YYYY-MM-DD`): allowed, since a talk can be planned, but often a typo. */
export function futureNote(day: string, today: string = new Date().toISOString().slice(0, 10)): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day > today ? t('futureDate') : undefined;
}
