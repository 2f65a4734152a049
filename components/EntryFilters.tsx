import { useEffect, useState } from 'react';
import type { EntryFilter } from '../lib/db/queries';
import { PLATFORM_NAMES } from '../lib/sites/names';
import { t } from '../lib/i18n';
import { kindName } from '../lib/kind-names';
import { KIND_LIST } from '../lib/kinds';
// Names only: the programs' forms and plans load with the Applications tab.
import { PROGRAM_CALENDARS as programs } from '../lib/programs/calendars';
import type { Kind } from '../lib/schema/contribution';

const SEARCH_DELAY_MS = 200;

export interface EntryFiltersProps {
  filter: EntryFilter;
  onChange: (filter: EntryFilter) => void;
  platforms: readonly string[];
  tags: readonly string[];
  /**
   * How long typing pauses before the search runs: a search that reads the database waits for a
   * pause; one answered in memory can run at each keystroke (0).
   */
  searchDelayMs?: number;
  /** The search box got the keyboard: a search is likely, so what it needs can load. */
  onSearchFocus?: () => void;
}

/** Search and filters; typing waits for a pause before it queries. */
export function EntryFilters({ filter, onChange, platforms, tags, searchDelayMs = SEARCH_DELAY_MS, onSearchFocus }: EntryFiltersProps) {
  const [search, setSearch] = useState(filter.search ?? '');
  useEffect(() => {
    if ((filter.search ?? '') === search) return;
    const timer = setTimeout(() => onChange({ ...filter, search: search || undefined }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [search, filter, onChange, searchDelayMs]);

  const submitted = filter.submitted ? `${filter.submitted.programId}:${filter.submitted.value ? 'yes' : 'no'}` : '';
  return (
    <div className="filters" role="search">
      <input
        type="search"
        aria-label={t('filterSearch')}
        placeholder={t('filterSearchPlaceholder')}
        value={search}
        onFocus={onSearchFocus}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select aria-label={t('fieldKind')} value={filter.kind ?? ''} onChange={(event) => onChange({ ...filter, kind: (event.target.value || undefined) as Kind | undefined })}>
        <option value="">{t('filterAllKinds')}</option>
        {KIND_LIST.map((kind) => (
          <option key={kind} value={kind}>
            {kindName(kind)}
          </option>
        ))}
      </select>
      <select aria-label={t('fieldSite')} value={filter.platform ?? ''} onChange={(event) => onChange({ ...filter, platform: event.target.value || undefined })}>
        <option value="">{t('filterAllSites')}</option>
        {platforms.map((platform) => (
          <option key={platform} value={platform}>
            {PLATFORM_NAMES[platform] ?? platform}
          </option>
        ))}
      </select>
      {tags.length > 0 && (
        <select aria-label={t('filterTag')} value={filter.tag ?? ''} onChange={(event) => onChange({ ...filter, tag: event.target.value || undefined })}>
          <option value="">{t('filterAllTags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      )}
      <select
        aria-label={t('fieldWhose')}
        value={filter.own === undefined ? '' : filter.own ? 'mine' : 'others'}
        onChange={(event) => onChange({ ...filter, own: event.target.value === '' ? undefined : event.target.value === 'mine' })}
      >
        <option value="">{t('filterMineAndSaved')}</option>
        <option value="mine">{t('whoseMine')}</option>
        <option value="others">{t('whoseOthers')}</option>
      </select>
      <select
        aria-label={t('filterSubmitted')}
        value={submitted}
        onChange={(event) => {
          const [programId, value] = event.target.value.split(':');
          onChange({ ...filter, submitted: programId ? { programId, value: value === 'yes' } : undefined });
        }}
      >
        <option value="">{t('filterSubmittedAny')}</option>
        {programs.flatMap((program) => [
          <option key={`${program.id}:no`} value={`${program.id}:no`}>
            {t('filterNotSubmittedTo', program.name)}
          </option>,
          <option key={`${program.id}:yes`} value={`${program.id}:yes`}>
            {t('filterSubmittedTo', program.name)}
          </option>,
        ])}
      </select>
    </div>
  );
}
