import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { launcherLabel } from '../../../lib/autofill/launcher-label';

describe('the portal launcher’s label', () => {
  it('is panelLauncher of the locale the browser would pick for getMessage', () => {
    expect(launcherLabel('de')).toBe(de.panelLauncher.message);
    expect(launcherLabel('de-AT')).toBe(de.panelLauncher.message);
    expect(launcherLabel('en-GB')).toBe(en.panelLauncher.message);
    // A language without messages falls back to default_locale.
    expect(launcherLabel('fr-FR')).toBe(en.panelLauncher.message);
  });
});
