import { useEffect, useState } from 'react';
import { pointsTable } from '../lib/programs/oracle-ace/points';
import type { AcePoints } from '../lib/schema/settings';
import { loadSettings, updateSettings } from '../lib/settings';

export interface AcePointsState {
  /** The user's own values (settings.acePoints). */
  own: AcePoints;
  /** The defaults with the user's values over them: what the plan shows. */
  table: AcePoints;
  /** Stores new own values; throws with zod's message when one is not a whole number of points. */
  save: (next: AcePoints) => Promise<void>;
}

/** The Oracle ACE points table from settings, read only while `active` (the Oracle ACE plan is shown). */
export function useAcePoints(active: boolean): AcePointsState | undefined {
  const [own, setOwn] = useState<AcePoints>();
  useEffect(() => {
    if (!active) return;
    let live = true;
    void loadSettings().then((settings) => live && setOwn(settings.acePoints));
    return () => {
      live = false;
    };
  }, [active]);
  if (!active || !own) return undefined;
  return {
    own,
    table: pointsTable(own),
    save: async (next) => setOwn((await updateSettings((settings) => ({ ...settings, acePoints: next }))).acePoints),
  };
}
