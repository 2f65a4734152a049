import { useRef, useState, type FormEvent } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { runBackfill, type BackfillResult } from '../lib/backfill/runner';
import type { RecordStorage } from '../lib/backfill/borrowed-hosts';
import { allowedBy, borrowHosts, type HostPermissions } from '../lib/backfill/permissions';
import { backfillSources } from '../lib/backfill/sources';
import { BackfillError, type Progress } from '../lib/backfill/types';
import { t } from '../lib/i18n';
import { BackfillReport } from './BackfillReport';

export interface BackfillPanelProps {
  db: TrackerDb;
  now?: Date;
  /**
   * Optional host permissions, asked for synchronously inside the submit (the browser shows its
   * prompt only during the user's gesture) and given back afterwards.
   */
  permissions: HostPermissions;
  /** Where the borrowed access is noted while an import runs, so the background can give it back if this page closes first. */
  borrowRecord?: RecordStorage;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

type State =
  | { phase: 'idle' }
  | { phase: 'running'; progress: Progress }
  | { phase: 'done'; result: BackfillResult; year: number }
  | { phase: 'failed'; message: string };

const hostsOf = (origins: string[]) => origins.map((origin) => origin.replace(/^https:\/\//, '').replace(/\/\*$/, '')).join(' and ');

/** Dashboard → “Import from…”: bring in a year already published elsewhere, all at once or not at all. */
export function BackfillPanel({ db, now = new Date(), permissions, borrowRecord, fetch, sleep }: BackfillPanelProps) {
  const thisYear = now.getUTCFullYear();
  const [sourceId, setSourceId] = useState(backfillSources[0]!.id);
  const [values, setValues] = useState<Record<string, string>>({});
  const [year, setYear] = useState(thisYear);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const controller = useRef<AbortController>(undefined);
  const source = backfillSources.find((candidate) => candidate.id === sourceId)!;
  const running = state.phase === 'running';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (running) return;
    let input: unknown;
    try {
      input = source.parseInput(values);
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const origins = source.origins(input);
    // No await before this line: the permission prompt needs the click that is running now.
    const access = borrowHosts(permissions, origins, borrowRecord);
    void run(input, origins, access);
  }

  async function run(input: unknown, origins: string[], access: ReturnType<typeof borrowHosts>) {
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', progress: { message: t('backfillAsking', hostsOf(origins)), requests: 0, found: 0 } });
    try {
      if (!(await access.granted)) {
        setState({ phase: 'failed', message: t('backfillRefused', hostsOf(origins)) });
        return;
      }
      const result = await runBackfill({
        db,
        source,
        input,
        year,
        signal: abort.signal,
        fetch,
        sleep,
        allowed: allowedBy(permissions),
        onProgress: (progress) => {
          if (!abort.signal.aborted) setState({ phase: 'running', progress });
        },
      });
      setState({ phase: 'done', result, year });
    } catch (error) {
      const message = abort.signal.aborted
        ? t('backfillCancelled')
        : error instanceof BackfillError
          ? error.message
          : t('backfillFailed', error instanceof Error ? error.message : String(error));
      setState({ phase: 'failed', message });
    } finally {
      controller.current = undefined;
      await access.giveBack();
    }
  }

  return (
    <section className="backfill" aria-labelledby="backfill-title">
      <h2 id="backfill-title">{t('backfillHeading')}</h2>
      <p className="hint">{t('backfillHint')}</p>
      <form onSubmit={onSubmit} aria-label={t('backfillForm')}>
        <fieldset className="choices" disabled={running}>
          <legend>{t('backfillSource')}</legend>
          {backfillSources.map((candidate) => (
            <label key={candidate.id} className="choice">
              <input
                type="radio"
                name="backfill-source"
                value={candidate.id}
                checked={candidate.id === sourceId}
                onChange={() => {
                  setSourceId(candidate.id);
                  setState({ phase: 'idle' });
                }}
              />
              {t(candidate.label)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices" disabled={running}>
          <legend>{t(source.label)}</legend>
          {source.fields.map((field) => {
            const id = `backfill-${source.id}-${field.name}`;
            return (
              <div className="field" key={id}>
                <label htmlFor={id}>
                  {t(field.label)}
                  {field.optional ? ` ${t('optionalField')}` : ''}
                </label>
                <input
                  id={id}
                  type="text"
                  inputMode="url"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={field.placeholder}
                  value={values[field.name] ?? ''}
                  aria-describedby={field.hint ? `${id}-hint` : undefined}
                  onChange={(event) => setValues((old) => ({ ...old, [field.name]: event.target.value }))}
                />
                {field.hint && (
                  <small id={`${id}-hint`} className="hint">
                    {t(field.hint)}
                  </small>
                )}
              </div>
            );
          })}
          <div className="field">
            <label htmlFor="backfill-year">{t('backfillYear')}</label>
            <select id="backfill-year" value={String(year)} onChange={(event) => setYear(Number(event.target.value))}>
              {[thisYear, thisYear - 1, thisYear - 2].map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={running}>
            {t('backfillStart')}
          </button>
        </fieldset>
      </form>
      {state.phase === 'running' && (
        <div className="backfill-progress">
          <progress aria-label={t('backfillProgress')} />
          <p role="status">
            {state.progress.message} {state.progress.found > 0 && t('backfillFound', String(state.progress.found))}
          </p>
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="status error">
          {state.message}
        </p>
      )}
      {state.phase === 'done' && <BackfillReport result={state.result} year={state.year} />}
    </section>
  );
}
