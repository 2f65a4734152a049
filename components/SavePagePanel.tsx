import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Kind } from '../lib/schema/contribution';
import { formatDay, safeHref } from '../lib/format';
import { t } from '../lib/i18n';
import type { ReplyOf } from '../lib/schema/messages';
import type { SavePageApi } from '../lib/save-page-client';
import { Field, invalidProps } from './Field';
import { KindSelect } from './KindSelect';

type Preview = Extract<ReplyOf<'previewCurrentPage'>, { ok: true }>['draft'];

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'editing'; preview: Preview }
  | { step: 'saving'; preview: Preview };

// Functions, so each message is read when shown rather than when the module loads.
const SAVED = {
  created: () => t('pageSaved'),
  updated: () => t('pageUpdated'),
  duplicate: () => t('pageDuplicate'),
  'not-tracked': () => t('pageNotTracked'),
} as const;

/**
 * "Save this page": reads the page's structured data, shows what it found so the user can correct
 * the guessed kind and the title, then saves. Everything read from the page is shown as text.
 */
export function SavePagePanel({ api, onSaved }: { api: SavePageApi; onSaved?: (id: string) => void }) {
  const base = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('other');
  const [screenshots, setScreenshots] = useState<boolean>();
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();

  useEffect(() => {
    if (state.step !== 'editing' || screenshots !== undefined) return;
    void api.screenshots.get().then(setScreenshots, () => setScreenshots(true));
  }, [api, state.step, screenshots]);

  async function read() {
    setStatus(undefined);
    setState({ step: 'reading' });
    try {
      const reply = await api.preview();
      if (!reply.ok || !reply.draft) {
        setState({ step: 'idle' });
        setStatus({ text: reply.ok ? t('pageNothing') : reply.error, error: true });
        return;
      }
      setTitle(reply.draft.title);
      setKind(reply.draft.kind);
      setState({ step: 'editing', preview: reply.draft });
    } catch (error) {
      setState({ step: 'idle' });
      setStatus({ text: t('pageUnreadable', error instanceof Error ? error.message : String(error)), error: true });
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (state.step !== 'editing' || !title.trim()) return;
    const { preview } = state;
    setState({ step: 'saving', preview });
    try {
      const reply = await api.save({ kind, title: title.trim() });
      setState(reply.ok ? { step: 'idle' } : { step: 'editing', preview });
      setStatus(reply.ok ? { text: SAVED[reply.status ?? 'created']() } : { text: reply.error, error: true });
      if (reply.ok && reply.id) onSaved?.(reply.id);
    } catch (error) {
      setState({ step: 'editing', preview });
      setStatus({ text: t('saveFailed', error instanceof Error ? error.message : String(error)), error: true });
    }
  }

  async function toggleScreenshots(on: boolean) {
    setScreenshots(on);
    await api.screenshots.set(on).catch(() => setScreenshots(!on));
  }

  const id = (name: string) => `${base}-${name}`;
  const form = state.step === 'editing' || state.step === 'saving' ? state : undefined;
  const titleError = form && !title.trim() ? t('titleRequired') : undefined;
  return (
    <section className="save-page" aria-label={t('savePage')}>
      {!form && (
        <button type="button" onClick={read} disabled={state.step === 'reading'} aria-busy={state.step === 'reading'}>
          {t('savePage')}
        </button>
      )}
      {form && (
        <form className="save-page-form" aria-label={t('checkBeforeSaving')} onSubmit={save} noValidate>
          <p className="hint">
            <a href={safeHref(form.preview.url)} target="_blank" rel="noreferrer noopener">
              {form.preview.url}
            </a>
            {form.preview.publishedAt && <> · {t('publishedOn', formatDay(form.preview.publishedAt))}</>}
          </p>
          <Field label={t('fieldTitle')} id={id('title')} error={titleError}>
            <input id={id('title')} value={title} onChange={(e) => setTitle(e.target.value)} {...invalidProps(id('title'), titleError)} />
          </Field>
          <Field label={t('fieldKind')} id={id('kind')}>
            <KindSelect id={id('kind')} value={kind} onChange={setKind} />
          </Field>
          {form.preview.excerpt && <p className="hint excerpt">{form.preview.excerpt}</p>}
          <label className="check">
            <input type="checkbox" checked={screenshots ?? true} disabled={screenshots === undefined} onChange={(e) => void toggleScreenshots(e.target.checked)} />{' '}
            {t('keepScreenshot')}
          </label>
          <div className="actions">
            <button type="submit" disabled={state.step === 'saving' || Boolean(titleError)}>
              {t('save')}
            </button>
            <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })} disabled={state.step === 'saving'}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'status error' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
