import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { dayToIso, updateEntry, type EditResult, type FieldErrors } from '../lib/db/edit';
import { describeStorageProblem } from '../lib/db/storage-problems';
import { parseTags } from '../lib/format';
import { t } from '../lib/i18n';
import { type Contribution, type Kind } from '../lib/schema/contribution';
import { EvidenceView } from './EvidenceView';
import { EventTimesFields } from './EventTimesFields';
import { eventFromText, eventText } from './event-times-text';
import { Field, invalidProps } from './Field';
import { closeOnEscape, useFocusFirstInvalid } from './focus';
import { KindSelect } from './KindSelect';
import { PLATFORM_NAMES } from '../lib/sites/names';
import { futureNote } from './future-date';

/** Every known site, plus the entry's own if it is not one of them. */
const siteChoices = (current: string) =>
  Object.entries(PLATFORM_NAMES)
    .concat(current in PLATFORM_NAMES ? [] : [[current, current]])
    .sort((a, b) => a[1].localeCompare(b[1]));

const COUNTS = [
  ['votes', 'countVotes'],
  ['views', 'countViews'],
  ['comments', 'countComments'],
  ['attendees', 'countAttendees'],
  ['sessions', 'countSessions'],
  ['subscribers', 'countSubscribers'],
] as const;
type CountName = (typeof COUNTS)[number][0];

/** A number typed by the user: empty means unknown; anything else goes to the schema as typed. */
const count = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The message for a field: its own, or the first of its parts (`tags.2`, `metrics.views`). */
const errorFor = (errors: FieldErrors, key: string) => errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];

/** Inline edit of one entry; every save is checked by the record's schema and refusals shown per field. */
export interface EntryEditorProps {
  db: TrackerDb;
  entry: Contribution;
  onDone: () => void;
}

export function EntryEditor({ db, entry, onDone }: EntryEditorProps) {
  const base = useId();
  const [title, setTitle] = useState(entry.title);
  const [day, setDay] = useState(entry.publishedAt.slice(0, 10));
  const [kind, setKind] = useState<Kind>(entry.kind);
  const [url, setUrl] = useState(entry.url ?? '');
  const [platform, setPlatform] = useState(entry.platform);
  const [own, setOwn] = useState(entry.own);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [notes, setNotes] = useState(entry.notes);
  const [privateNotes, setPrivateNotes] = useState(entry.privateNotes);
  const [counts, setCounts] = useState<Record<CountName, string>>(
    Object.fromEntries(COUNTS.map(([name]) => [name, entry.metrics?.[name]?.toString() ?? ''])) as Record<CountName, string>,
  );
  const [accepted, setAccepted] = useState(entry.metrics?.accepted ?? false);
  const [times, setTimes] = useState(eventText(entry.event));
  // Events and talks have a time and place; another kind shows them only when it already has some.
  const timed = kind === 'event' || kind === 'talk' || entry.event !== undefined;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  /** The write itself failed (full disk, database closed): said apart from the field errors. */
  const [writeError, setWriteError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useFocusFirstInvalid(form, errors);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setWriteError(undefined);
    let result: EditResult;
    try {
      result = await updateEntry(db, entry.id, {
        title,
        publishedAt: dayToIso(day, entry.publishedAt),
        kind,
        url: url.trim() || undefined,
        platform,
        own,
        tags: parseTags(tags),
        notes,
        privateNotes,
        ...(timed ? { event: eventFromText(times) } : {}),
        metrics: {
          ...Object.fromEntries(COUNTS.map(([name]) => [name, count(counts[name])])),
          accepted: accepted || entry.metrics?.accepted !== undefined ? accepted : undefined,
        },
      });
    } catch (error) {
      const problem = describeStorageProblem(error);
      setWriteError(t('editNotSaved', problem.message, problem.action));
      return;
    } finally {
      setSaving(false);
    }
    if (result.ok) onDone();
    else setErrors(result.errors);
  }

  const id = (name: string) => `${base}-${name}`;
  const err = (key: string) => errorFor(errors, key);
  return (
    <form ref={form} className="editor" aria-label={t('entryEditLabel', entry.title)} onSubmit={save} onKeyDown={closeOnEscape(onDone)} noValidate>
      <Field label={t('fieldTitle')} id={id('title')} error={err('title')}>
        <input ref={first} id={id('title')} value={title} onChange={(e) => setTitle(e.target.value)} {...invalidProps(id('title'), err('title'))} />
      </Field>
      <Field label={t('fieldLink')} id={id('url')} error={err('url')}>
        <input id={id('url')} type="url" value={url} onChange={(e) => setUrl(e.target.value)} {...invalidProps(id('url'), err('url'))} />
      </Field>
      <div className="row">
        <Field label={t('fieldDate')} id={id('date')} error={err('publishedAt')} note={futureNote(day)}>
          <input id={id('date')} type="date" value={day} onChange={(e) => setDay(e.target.value)} {...invalidProps(id('date'), err('publishedAt'))} />
        </Field>
        <Field label={t('fieldKind')} id={id('kind')} error={err('kind')}>
          <KindSelect id={id('kind')} value={kind} onChange={setKind} />
        </Field>
      </div>
      <div className="row">
        <Field label={t('fieldSite')} id={id('platform')} error={err('platform')}>
          <select id={id('platform')} value={platform} onChange={(e) => setPlatform(e.target.value)}>
            {siteChoices(entry.platform).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('fieldWhose')} id={id('own')}>
          <select id={id('own')} value={own ? 'mine' : 'others'} onChange={(e) => setOwn(e.target.value === 'mine')}>
            <option value="mine">{t('whoseMine')}</option>
            <option value="others">{t('whoseOthers')}</option>
          </select>
        </Field>
      </div>
      <Field label={t('fieldTags')} id={id('tags')} error={err('tags')}>
        <input id={id('tags')} value={tags} onChange={(e) => setTags(e.target.value)} {...invalidProps(id('tags'), err('tags'))} />
      </Field>
      <Field label={t('fieldNotes')} id={id('notes')} error={err('notes')}>
        <textarea id={id('notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} {...invalidProps(id('notes'), err('notes'))} />
      </Field>
      <Field label={t('fieldPrivateNotes')} id={id('private')} error={err('privateNotes')}>
        <textarea id={id('private')} rows={2} value={privateNotes} onChange={(e) => setPrivateNotes(e.target.value)} {...invalidProps(id('private'), err('privateNotes'))} />
      </Field>
      {timed && <EventTimesFields value={times} onChange={setTimes} id={id} error={err} />}
      <fieldset className="counts-edit">
        <legend>{t('countsLegend')}</legend>
        {COUNTS.map(([name, label]) => (
          <Field key={name} label={t(label)} id={id(name)} error={err(`metrics.${name}`)}>
            <input
              id={id(name)}
              type="number"
              inputMode="numeric"
              value={counts[name]}
              onChange={(e) => setCounts({ ...counts, [name]: e.target.value })}
              {...invalidProps(id(name), err(`metrics.${name}`))}
            />
          </Field>
        ))}
        <label className="check">
          <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} /> {t('acceptedAnswer')}
        </label>
      </fieldset>
      <EvidenceView db={db} entry={entry} />
      {errors.form && <p className="field-error">{errors.form}</p>}
      {writeError && (
        <p className="field-error" role="alert">
          {writeError}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {t('saveChanges')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
