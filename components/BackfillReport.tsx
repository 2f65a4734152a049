import type { BackfillResult } from '../lib/backfill/runner';

/** Links shown are http(s) only; everything else in a report is rendered as text. */
const safeHref = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** What an import did: counts first, then what the person should know, then what was left out and why. */
export function BackfillReport({ result, year }: { result: BackfillResult; year: number }) {
  const { added, updated, duplicates, rejected, otherYears, warnings, counts } = result;
  const nothing = added + updated + duplicates === 0;
  return (
    <div className="backfill-report" role="status" aria-label="Import result">
      <p>
        {nothing
          ? `Nothing from ${year} was found to import.`
          : `Imported ${year}: ${added} added, ${updated} updated, ${duplicates} already saved (skipped).`}
        {otherYears > 0 && ` ${otherYears} from other years ${otherYears === 1 ? 'was' : 'were'} left out.`}
      </p>
      {counts.length > 0 && (
        <ul aria-label="Counts">
          {counts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {rejected.length > 0 && (
        <details>
          <summary>{rejected.length} not imported</summary>
          <ul aria-label="Not imported">
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
