import type { Contribution } from '../lib/schema/contribution';
import { PLATFORM_NAMES } from '../lib/adapters/names';
import { KIND_LABELS } from '../lib/kinds';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** Links are only ever http(s); everything captured is rendered as text by React. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

export function EntryList({ entries }: { entries: Contribution[] }) {
  return (
    <ol className="entries" aria-label="Contributions, newest first">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a className="entry-title" href={safeHref(entry.url)} target="_blank" rel="noreferrer noopener">
            {entry.title}
          </a>
          <div className="entry-meta">
            <span>{PLATFORM_NAMES[entry.platform] ?? entry.platform}</span>
            <span>{KIND_LABELS[entry.kind]}</span>
            <time dateTime={entry.publishedAt}>{dateFormat.format(new Date(entry.publishedAt))}</time>
          </div>
        </li>
      ))}
    </ol>
  );
}
