import { useState, type FormEvent } from 'react';
import { t } from '../lib/i18n';
import type { PlanItem } from '../lib/programs/define';
import oracleAce from '../lib/programs/oracle-ace';
import { ACE_LEVELS, DEFAULT_ACE_POINTS, pointsSummary } from '../lib/programs/oracle-ace/points';
import type { AcePoints as Points } from '../lib/schema/settings';
import type { AcePointsState } from './use-ace-points';

/**
 * The Oracle ACE plan's points: the period's total against the level's threshold, what is left out
 * for want of a value, and the table itself, which the user corrects from their own scorecard.
 */
export function AcePoints({ items, points }: { items: readonly PlanItem[]; points: AcePointsState }) {
  const summary = pointsSummary(items, points.table);
  const types = oracleAce.categories.map((category) => category.id);
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(types.map((type) => [type, String(points.table[type] ?? '')])));
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();

  async function save(event: FormEvent) {
    event.preventDefault();
    // A value equal to the default is not stored, so a corrected default reaches the user later.
    const own: Points = {};
    for (const type of types) {
      const text = draft[type]?.trim() ?? '';
      if (text !== '' && Number(text) !== DEFAULT_ACE_POINTS[type]) own[type] = Number(text);
    }
    try {
      await points.save(own);
      setStatus({ text: t('acePointsSaved') });
    } catch (error) {
      setStatus({ text: t('notSaved', error instanceof Error ? error.message : String(error)), error: true });
    }
  }

  const names = summary.unknownTypes.map((type) => type || t('acePointsNoType')).join(', ');
  return (
    <section className="ace-points" aria-label={t('acePointsTitle')}>
      <h3>{t('acePointsTitle')}</h3>
      <p className="hint">{t('acePointsSource')}</p>
      {ACE_LEVELS.map(({ level, points: needed }) => (
        <p key={level}>{t('acePointsTotal', String(summary.total), String(needed))}</p>
      ))}
      {summary.uncounted > 0 && <p>{t('acePointsUncounted', String(summary.uncounted), names)}</p>}
      <details>
        <summary>{t('acePointsEdit')}</summary>
        <form onSubmit={(event) => void save(event)}>
          {types.map((type) => (
            <label key={type}>
              {type}{' '}
              <input type="number" min={0} max={1000} step={1} value={draft[type] ?? ''} onChange={(event) => setDraft({ ...draft, [type]: event.currentTarget.value })} />
            </label>
          ))}
          <button type="submit">{t('acePointsSave')}</button>
        </form>
        {status && (
          <p role={status.error ? 'alert' : 'status'} className={status.error ? 'status error' : 'status'}>
            {status.text}
          </p>
        )}
      </details>
    </section>
  );
}
