import type { TrackerDb } from '../lib/db/database';
import { browserBorrowRecord, browserHostPermissions } from '../lib/backfill/browser-permissions';
import type { Period } from '../lib/programs/define';
import { AddEntryForm } from './AddEntryForm';
import { BackfillPanel } from './BackfillPanel';
import { BackupPanel } from './BackupPanel';
import { CaptureToggles } from './CaptureToggles';
import { HandlesEditor } from './HandlesEditor';
import { ProgramPanel } from './ProgramPanel';
import { UserSites } from './UserSites';

// The dashboard's section bodies, in one chunk that loads beside the page's frame (see Dashboard).

export { YearView as YearPart } from './YearView';
export { ProgramPanel as ApplicationsPart };
export { AddEntryForm as AddPart };

export function BackupPart({ db, period, now }: { db: TrackerDb; period: Period; now: Date }) {
  return (
    <>
      <BackupPanel db={db} period={period} />
      <BackfillPanel db={db} now={now} permissions={browserHostPermissions} borrowRecord={browserBorrowRecord} />
    </>
  );
}

export function SettingsPart() {
  return (
    <>
      <CaptureToggles />
      <HandlesEditor />
      <UserSites />
    </>
  );
}
