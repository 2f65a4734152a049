import { useEffect, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { t } from '../lib/i18n';
import { sites } from '../lib/sites';
import { loadSettings, updateSettings } from '../lib/settings';

/**
 * The user's name on each site. The capture scripts learn it from the first page that shows the user
 * signed in; the user can correct it here. It marks posts as the user's on pages that show nobody
 * signed in.
 */
export function HandlesEditor() {
  const [handles, setHandles] = useState<Record<string, string>>();
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();

  useEffect(() => {
    let live = true;
    void loadSettings().then((settings) => live && setHandles(settings.handles));
    return () => {
      live = false;
    };
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const kept = Object.fromEntries(Object.entries(handles ?? {}).map(([id, name]) => [id, name.trim()]).filter(([, name]) => name));
    try {
      const next = await updateSettings((settings) => ({ ...settings, handles: kept }));
      setHandles(next.handles);
      setStatus({ text: t('handlesSaved') });
    } catch (cause) {
      const text = cause instanceof z.ZodError ? z.prettifyError(cause) : cause instanceof Error ? cause.message : String(cause);
      setStatus({ text: t('notSaved', text), error: true });
    }
  }

  if (!handles) return null;
  return (
    <form className="handles" onSubmit={(event) => void save(event)}>
      <fieldset>
        <legend>{t('handlesLegend')}</legend>
        <p className="hint">{t('handlesHint')}</p>
        {[...sites]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((adapter) => (
            <label key={adapter.id} className="field">
              <span>{adapter.name}</span>
              <input
                value={handles[adapter.id] ?? ''}
                maxLength={200}
                placeholder={t('handleUnknown')}
                onChange={(event) => setHandles({ ...handles, [adapter.id]: event.target.value })}
              />
            </label>
          ))}
        <button type="submit">{t('handlesSave')}</button>
      </fieldset>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'status error' : 'status'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
