import { PLATFORM_NAMES } from '../lib/sites/names';
import { formatDay, safeHref } from '../lib/format';
import { t } from '../lib/i18n';
import { kindName } from '../lib/kind-names';
import type { Contribution } from '../lib/schema/contribution';

/** One entry in the list: its link, where and when, and what can be done with it. */
export function EntryRow({ entry, onEdit, onDelete }: { entry: Contribution; onEdit: () => void; onDelete: () => void }) {
  const submitted = Object.keys(entry.programs).filter((id) => entry.programs[id]?.status === 'submitted');
  return (
    <>
      <div className="entry-main">
        {safeHref(entry.url) ? (
          <a className="entry-title" href={safeHref(entry.url)} target="_blank" rel="noreferrer noopener" title={entry.title}>
            {entry.title}
          </a>
        ) : (
          <span className="entry-title" title={entry.title}>
            {entry.title}
          </span>
        )}
        <div className="entry-meta">
          <span>{PLATFORM_NAMES[entry.platform] ?? entry.platform}</span>
          <span>{kindName(entry.kind)}</span>
          <time dateTime={entry.publishedAt}>{formatDay(entry.publishedAt)}</time>
          {!entry.own && <span className="tag">{t('entryOthers')}</span>}
          {entry.publishedAt > new Date().toISOString() && <span className="tag warn">{t('entryFuture')}</span>}
          {submitted.length > 0 && <span className="tag">{t('entrySubmitted', submitted.join(', '))}</span>}
        </div>
      </div>
      <div className="entry-actions">
        <button type="button" className="icon" onClick={onEdit} aria-label={t('entryEditLabel', entry.title)}>
          {t('entryEdit')}
        </button>
        <button type="button" className="icon danger" onClick={onDelete} aria-label={t('entryDeleteLabel', entry.title)}>
          {t('entryDelete')}
        </button>
      </div>
    </>
  );
}
