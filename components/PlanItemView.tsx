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
  const whole = item.fields.length > 2 ? 'activity' : 'list';
  return (
    <section className="plan-item" aria-label={item.heading}>
      <header>
        <h3>{item.heading}</h3>
        {points !== undefined && <span className="points">{t('acePointsEach', String(points))}</span>}
        <CopyButton text={item.text} what={`${whole}: ${item.heading}`} copy={copy} label={`Copy ${whole}`} name={`Copy ${whole}: ${item.heading}`} />
      </header>
      {item.warnings.length > 0 && (
        <ul className="warnings" aria-label="Check before pasting">
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
              <CopyButton text={field.value} what={`${field.label} of ${item.heading}`} copy={copy} />
            </dd>
          </div>
        ))}
      </dl>
      {whole === 'activity' && (
        <details className="preview">
          <summary>Preview of “Copy activity”</summary>
          <pre tabIndex={0}>{item.text}</pre>
        </details>
      )}
      {onFill && (
        <button type="button" onClick={onFill} aria-label={`Fill on the portal: ${item.heading}`}>
          Fill on the portal
        </button>
      )}
      <button type="button" className="secondary" onClick={onMarkSubmitted}>
        {submitLabel}
      </button>
    </section>
  );
}
