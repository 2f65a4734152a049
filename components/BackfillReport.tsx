import type { BackfillResult } from '../lib/backfill/runner';
import { t } from '../lib/i18n';

/** Links shown are http(s) only; everything else in a report is rendered as text. */
const safeHref = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** What an import did: counts first, then what the person should know, then what was left out and why. */
export function BackfillReport({ result, year }: { result: BackfillResult; year: number }) {
  const { added, updated, duplicates, rejected, otherYears, warnings, counts } = result;
  const nothing = added + updated + duplicates === 0;
  return (
    <div className="backfill-report" role="status" aria-label={t('backfillResult')}>
      <p>
        {nothing ? t('backfillNothing', String(year)) : t('backfillImported', String(year), String(added), String(updated), String(duplicates))}
        {otherYears > 0 && ` ${otherYears === 1 ? t('backfillOtherYear') : t('backfillOtherYears', String(otherYears))}`}
      </p>
      {counts.length > 0 && (
        <ul aria-label={t('countsLegend')}>
          {counts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label={t('backfillWarnings')}>
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {rejected.length > 0 && (
        <details>
          <summary>{t('backfillNotImportedCount', String(rejected.length))}</summary>
          <ul aria-label={t('backfillNotImported')}>
            {rejected.map((item, index) => (
              <li key={`${item.url ?? item.title}-${index}`}>
                {safeHref(item.url) ? (
                  <a href={safeHref(item.url)} target="_blank" rel="noreferrer noopener">
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
                : {item.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
