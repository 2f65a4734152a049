import { useId, useRef, useState, type FormEvent } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { dayToIso, type FieldErrors } from '../lib/db/edit';
import { addManual } from '../lib/db/manual';
import { manualKindLink, manualKindName } from '../lib/kind-names';
import { MANUAL_KINDS } from '../lib/kinds';
import { LINK_OPTIONAL_KINDS, type Kind } from '../lib/schema/contribution';
import { parseTags } from '../lib/format';
import { Field, invalidProps } from './Field';
import { useFocusFirstInvalid } from './focus';
import { futureNote } from './future-date';
import { t } from '../lib/i18n';

const count = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Adds what cannot be captured: talks, user groups, events, books, mentoring… Checked by the same schema as captures. */
export interface AddEntryFormProps {
  db: TrackerDb;
  today: string;
  /** Called with the new entry's id, so the page can show it whatever its date. */
  onAdded?: (id: string) => void;
  /** Shows the entries (the popup's Year tab), where the new entry heads the list. */
  onShow?: () => void;
}

export function AddEntryForm({ db, today, onAdded, onShow }: AddEntryFormProps) {
  const base = useId();
  const [kind, setKind] = useState<Kind>('talk');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(today);
  const [url, setUrl] = useState('');
  const [where, setWhere] = useState('');
  const [tags, setTags] = useState('');
  const [notes, setNotes] = useState('');
  const [attendees, setAttendees] = useState('');
  const [views, setViews] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(undefined);
    const result = await addManual(db, {
      kind,
      title,
      url,
      publishedAt: day ? dayToIso(day) : undefined,
      contextTitle: where.trim() || undefined,
      tags: parseTags(tags),
      metrics: { attendees: count(attendees), views: count(views) },
      notes,
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setAdded(result.entry.title);
    onAdded?.(result.entry.id);
    setTitle('');
    setUrl('');
    setWhere('');
    setNotes('');
    setAttendees('');
    setViews('');
  }

  const id = (name: string) => `${base}-${name}`;
  const choice = MANUAL_KINDS.find((option) => option.kind === kind);
  const hint = choice ? manualKindLink(choice) : t('addLinkOther');
  return (
    <form ref={form} className="add-form" aria-label={t('sectionAddByHand')} onSubmit={submit} noValidate>
      <p className="hint">{t('addHint')}</p>
      <Field label={t('fieldWhat')} id={id('kind')} error={errors.kind}>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {MANUAL_KINDS.map((option) => (
            <option key={option.kind} value={option.kind}>
              {manualKindName(option)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('fieldTitle')} id={id('title')} error={errors.title}>
        <input id={id('title')} value={title} onChange={(e) => setTitle(e.target.value)} {...invalidProps(id('title'), errors.title)} />
      </Field>
      <div className="row">
        <Field label={t('fieldDate')} id={id('date')} error={errors.publishedAt} note={futureNote(day, today)}>
          <input id={id('date')} type="date" value={day} onChange={(e) => setDay(e.target.value)} {...invalidProps(id('date'), errors.publishedAt)} />
        </Field>
        <Field label={t('fieldWhere')} id={id('where')} error={errors.contextTitle}>
          <input id={id('where')} value={where} onChange={(e) => setWhere(e.target.value)} {...invalidProps(id('where'), errors.contextTitle)} />
        </Field>
      </div>
      <Field label={LINK_OPTIONAL_KINDS.includes(kind) ? t('fieldLinkOptional', hint) : t('fieldLinkHint', hint)} id={id('url')} error={errors.url}>
        <input id={id('url')} type="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} {...invalidProps(id('url'), errors.url)} />
      </Field>
      <div className="row">
        <Field label={t('countAttendees')} id={id('attendees')} error={errors['metrics.attendees']}>
          <input id={id('attendees')} type="number" value={attendees} onChange={(e) => setAttendees(e.target.value)} {...invalidProps(id('attendees'), errors['metrics.attendees'])} />
        </Field>
        <Field label={t('countViews')} id={id('views')} error={errors['metrics.views']}>
          <input id={id('views')} type="number" value={views} onChange={(e) => setViews(e.target.value)} {...invalidProps(id('views'), errors['metrics.views'])} />
        </Field>
      </div>
      <Field label={t('fieldTags')} id={id('tags')} error={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]}>
        <input id={id('tags')} value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <Field label={t('fieldNotesDescription')} id={id('notes')} error={errors.notes}>
        <textarea id={id('notes')} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} {...invalidProps(id('notes'), errors.notes)} />
      </Field>
      <button type="submit">{t('addEntry')}</button>
      {added && (
        <p role="status" className="status">
          {t('entryAdded', added)}
          {onShow && (
            <>
              {' '}
              <button type="button" className="link" onClick={onShow}>
                {t('showIt')}
              </button>
            </>
          )}
        </p>
      )}
    </form>
  );
}
