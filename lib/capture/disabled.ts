import { settingKey } from '../schema/settings-key';

/**
 * Which of these adapters the user switched off in the popup (one `setting:disabled:<id>` key each),
 * among values the runtime read for the adapters that found their page (no zod, so content scripts
 * stay small); a key whose value is not `true` switches nothing off.
 */
export function disabledAdapters(stored: Record<string, unknown>, ids: readonly string[]): ReadonlySet<string> {
  return new Set(ids.filter((id) => stored[settingKey.disabled(id)] === true));
}
