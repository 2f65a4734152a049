import { useEffect, useState } from 'react';
import { t } from '../lib/i18n';
import { sites } from '../lib/sites';
import { loadSettings, updateSettings } from '../lib/settings';

/** Per-site capture on/off, kept in settings.disabledAdapters; the capture scripts read it on each page. */
export function CaptureToggles() {
  const [disabled, setDisabled] = useState<readonly string[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    void loadSettings().then((settings) => live && setDisabled(settings.disabledAdapters));
    return () => {
      live = false;
    };
  }, []);

  /** Shows the change at once (a checkbox must follow the click), then stores it; a failed write is undone. */
  async function toggle(id: string, on: boolean) {
    const before = disabled ?? [];
    const change = (list: readonly string[]) => (on ? list.filter((other) => other !== id) : [...new Set([...list, id])]);
    setError(undefined);
    setDisabled(change(before));
    try {
      const next = await updateSettings((settings) => ({ ...settings, disabledAdapters: change(settings.disabledAdapters) }));
      setDisabled(next.disabledAdapters);
    } catch (cause) {
      setDisabled(before);
      setError(t('settingFailed', cause instanceof Error ? cause.message : String(cause)));
    }
  }

  if (!disabled) return null;
  return (
    <fieldset className="capture-toggles">
      <legend>{t('captureLegend')}</legend>
      <p className="hint">{t('captureHint')}</p>
      {[...sites]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((adapter) => (
          <label key={adapter.id} className="check">
            <input type="checkbox" checked={!disabled.includes(adapter.id)} onChange={(event) => void toggle(adapter.id, event.target.checked)} /> {adapter.name}
          </label>
        ))}
      {error && (
        <p role="alert" className="status error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
