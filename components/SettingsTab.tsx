import { CaptureToggles } from './CaptureToggles';
import { HandlesEditor } from './HandlesEditor';
import { UserSites } from './UserSites';

/** The popup's Settings tab, a module of its own so the popup loads it only when the tab is chosen. */
export function SettingsTab() {
  return (
    <>
      <CaptureToggles />
      <HandlesEditor />
      <UserSites />
    </>
  );
}
