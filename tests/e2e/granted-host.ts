import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type Harness } from './harness';

/**
 * The browser's permission prompt is browser UI that no test can click (Playwright leaves extension
 * prompts out of scope, and Chromium has no switch to answer them). So the user's "Allow" is recorded
 * where Chromium itself keeps it, in the profile's extension settings, before the browser starts.
 * The extension then runs its real code: `permissions.request` resolves true without a prompt, as it
 * does for a host already granted, `permissions.remove` takes it back, and Chromium only injects the
 * registered script where the grant holds.
 */
function recordGrantedHost(profileDir: string, extensionId: string, pattern: string): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`the profile has no settings for extension ${extensionId}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const permissions = (settings[key] ??= {});
    for (const kind of ['explicit_host', 'scriptable_host']) permissions[kind] = [...new Set([...(permissions[kind] ?? []), pattern])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/** A browser whose user already answered "Allow" for each pattern (optional host permissions). */
export async function launchWithGrantedHost(...patterns: string[]): Promise<Harness> {
  const profileDir = mkdtempSync(join(tmpdir(), 'ct-e2e-granted-'));
  const first = await launchWithExtension({ profileDir });
  const { extensionId } = first;
  await first.close();
  for (const pattern of patterns) recordGrantedHost(profileDir, extensionId, pattern);
  const harness = await launchWithExtension({ profileDir });
  return {
    ...harness,
    async close() {
      await harness.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
