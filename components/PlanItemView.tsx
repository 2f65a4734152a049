import { t } from '../lib/i18n';
import type { PlanItem } from '../lib/programs/define';
import { CopyButton, type Copy } from './CopyButton';

/** One thing to paste: its fields as they will be pasted, a Copy button each, and the whole item. */
export function PlanItemView({
  item,
  copy,
  onMarkSubmitted,
  submitLabel,
  onFill,
  points,
}: {
  item: PlanItem;
  copy: Copy;
  onMarkSubmitted: () => void;
  submitLabel: string;
  /** Fills the portal open in the tab behind the popup (lib/autofill/send-to-portal.ts). */
  onFill?: () => void;
  /** What the activity earns where the program counts points (Oracle ACE); absent when unknown. */
  points?: number | undefined;
}) {
  const activity = item.fields.length > 2;
  return (
    <section className="plan-item" aria-label={item.heading}>
      <header>
        <h3>{item.heading}</h3>
        {points !== undefined && <span className="points">{t('acePointsEach', String(points))}</span>}
        <CopyButton
          text={item.text}
          what={activity ? t('planWhatActivity', item.heading) : t('planWhatList', item.heading)}
          copy={copy}
          label={activity ? t('planCopyActivity') : t('planCopyList')}
        />
      </header>
      {item.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('planCheckBeforePasting')}>
          {item.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <dl className="plan-fields">
        {item.fields.map((field) => (
          <div key={field.name} className="plan-field">
            <dt>
              {field.label}
              {field.maxLength !== undefined && (
                <span className={field.trimmedFrom !== undefined ? 'limit trimmed' : 'limit'}>
                  {' '}
                  {field.value.length}/{field.maxLength}
                </span>
              )}
            </dt>
            <dd>
              <pre tabIndex={0}>{field.value}</pre>
              <CopyButton text={field.value} what={t('planFieldOf', field.label, item.heading)} copy={copy} />
            </dd>
          </div>
        ))}
      </dl>
      {activity && (
        <details className="preview">
          <summary>{t('planPreviewActivity')}</summary>
          <pre tabIndex={0}>{item.text}</pre>
        </details>
      )}
      {onFill && (
        <button type="button" onClick={onFill} aria-label={t('planFillOnPortalNamed', item.heading)}>
          {t('planFillOnPortal')}
        </button>
      )}
      <button type="button" className="secondary" onClick={onMarkSubmitted}>
        {submitLabel}
      </button>
    </section>
  );
}
