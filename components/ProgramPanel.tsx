import { useEffect, useId, useMemo, useState } from 'react';
import { ALL_ITEMS, portalItems } from '../lib/autofill/plan';
import type { FillOnPortal } from '../lib/autofill/send-to-portal';
import type { TrackerDb } from '../lib/db/database';
import { setSubmitted } from '../lib/db/edit';
import { t } from '../lib/i18n';
import { listRange, type DateRange } from '../lib/db/queries';
import { loadChoices, saveChoices } from '../lib/program-choices';
import { planFor, programs } from '../lib/programs';
import type { Choices, PlanItem, Program } from '../lib/programs/define';
// Plugs the IANA → Windows zone table into the MVP plan (the organizer dialog's Time Zone).
import '../lib/programs/mvp/time-zone';
import { itemPoints } from '../lib/programs/oracle-ace/points';
import { AcePoints } from './AcePoints';
import { ChoiceFields } from './ChoiceFields';
import { CopyButton, type Copy } from './CopyButton';
import { PlanItemView } from './PlanItemView';
import { ProgramCompare } from './ProgramCompare';
import { UndoBar } from './UndoBar';
import { useLive } from './use-live';
import { useAcePoints } from './use-ace-points';

/** Items shown at once; more on request, so a big year stays light. */
const SHOWN = 30;

export interface ProgramPanelProps {
  db: TrackerDb;
  range: DateRange;
  /** Writes to the clipboard; the popup passes navigator.clipboard. */
  writeClipboard: (text: string) => Promise<void>;
  /** Asks the portal in the tab behind the popup to fill an item; absent where there is no such tab (dashboard). */
  fillOnPortal?: FillOnPortal;
  /** Called when the user picks a program, so the page can show that program's period. */
  onProgram?: (program: Program) => void;
}

/** Fields the user must pick (technology area…) that are still empty: the portal refuses an activity without them. */
const missingChoices = (program: Program, choices: Choices) =>
  program.fields.filter((field) => field.required && field.askUser && field.default === undefined && !choices[field.name]?.length);

/** The missing fields' names as the portal spells them, joined for a sentence. */
const missingNames = (fields: readonly { label: string }[]) =>
  fields.map((field) => field.label.toLowerCase()).reduce((joined, name) => (joined ? t('programAnd', joined, name) : name), '');

/** A program's copy-ready fields for the period: copy one field, one item, or everything; mark what was sent. */
export function ProgramPanel({ db, range, writeClipboard, fillOnPortal, onProgram }: ProgramPanelProps) {
  const reasonId = useId();
  const [programId, setProgramId] = useState(programs[0]!.id);
  const program = programs.find((p) => p.id === programId)!;
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const [choices, setChoices] = useState<Choices>({});
  const [shown, setShown] = useState(SHOWN);
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const [marked, setMarked] = useState<{ ids: string[]; message: string }>();
  const entries = useLive(db, (db) => listRange(db, range), [range.from, range.to]);
  const acePoints = useAcePoints(programId === 'oracle-ace');

  useEffect(() => {
    let live = true;
    void loadChoices(programId).then((loaded) => live && setChoices(loaded));
    return () => {
      live = false;
    };
  }, [programId]);

  const plan = useMemo(() => (entries ? planFor(program, entries, { includeSubmitted, choices }) : undefined), [program, entries, includeSubmitted, choices]);

  const copy: Copy = (text) => writeClipboard(text);

  async function mark(ids: string[], what: string) {
    await setSubmitted(db, program.id, ids, true);
    setMarked({ ids, message: t('programMarked', what, program.name) });
  }

  function fill(itemKey: string) {
    if (!fillOnPortal) return;
    setStatus({ text: t('programFilling', program.name) });
    fillOnPortal({ programId: program.id, programName: program.name, itemKey, period: { from: range.from, to: range.to } }).then(setStatus, (error: unknown) =>
      setStatus({ text: t('programFillFailed', error instanceof Error ? error.message : String(error)), error: true }),
    );
  }

  function changeChoices(next: Choices) {
    setChoices(next);
    void saveChoices(program.id, next).catch((error: unknown) => setStatus({ text: t('programChoiceNotKept', String(error)), error: true }));
  }

  const allIds = plan?.items.flatMap((item) => item.entryIds) ?? [];
  const missing = missingChoices(program, choices);
  return (
    <section className="programs" aria-label={t('tabApplications')}>
      <div className="program-switch" role="radiogroup" aria-label={t('programSwitch')}>
        {programs.map((p) => (
          <label key={p.id} className={p.id === programId ? 'chip selected' : 'chip'}>
            <input type="radio" name="program" value={p.id} checked={p.id === programId} onChange={() => { setProgramId(p.id); setShown(SHOWN); onProgram?.(p); }} /> {p.name}
          </label>
        ))}
      </div>
      {entries && entries.length > 0 && <ProgramCompare entries={entries} />}
      <ChoiceFields fields={program.fields} choices={choices} onChange={changeChoices} />
      <label className="check">
        <input type="checkbox" checked={includeSubmitted} onChange={(e) => setIncludeSubmitted(e.target.checked)} /> {t('programIncludeSubmitted')}
      </label>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'status error' : 'status'}>
          {status.text}
        </p>
      )}
      {marked && (
        <UndoBar
          message={marked.message}
          onUndo={() => void setSubmitted(db, program.id, marked.ids, false).then(() => setMarked(undefined))}
          onDismiss={() => setMarked(undefined)}
        />
      )}
      {!plan ? (
        <p className="empty" aria-busy="true">
          {t('loading')}
        </p>
      ) : plan.items.length === 0 ? (
        <p className="empty">{includeSubmitted ? t('programNothingNew', program.name) : t('programNothingNewExcluded', program.name)}</p>
      ) : (
        <>
          {plan.warnings.length > 0 && (
            <ul className="warnings" aria-label={t('programBeforePaste')}>
              {plan.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          {acePoints && <AcePoints items={plan.items} points={acePoints} />}
          <div className="plan-actions">
            <CopyButton
              text={plan.text}
              what={t('programWhatAll', program.name)}
              copy={copy}
              className=""
              label={t('programCopyAll', String(plan.items.length))}
              name={t('programCopyAll', String(plan.items.length))}
              disabled={missing.length > 0}
              describedBy={missing.length > 0 ? reasonId : undefined}
            />
            {missing.length > 0 && (
              <p id={reasonId} className="hint">
                {t('programCopyAllWaits', missingNames(missing))}
              </p>
            )}
            {fillOnPortal && program.portal && portalItems(plan)[0]?.key === ALL_ITEMS && (
              <button type="button" onClick={() => fill(ALL_ITEMS)}>
                {t('programFillAll')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => void mark(allIds, t('programMarkedEntries', String(allIds.length)))}>
              {t('programMarkAll')}
            </button>
          </div>
          <details className="preview">
            <summary>{t('programPreviewAll')}</summary>
            <pre tabIndex={0}>{plan.text}</pre>
          </details>
          {plan.items.slice(0, shown).map((item: PlanItem) => (
            <PlanItemView
              key={item.key}
              item={item}
              copy={copy}
              submitLabel={item.entryIds.length === 1 ? t('planMarkSubmittedOne') : t('planMarkSubmittedMany', String(item.entryIds.length))}
              onMarkSubmitted={() => void mark(item.entryIds, t('programMarkedItem', item.heading))}
              {...(fillOnPortal && program.portal ? { onFill: () => fill(item.key) } : {})}
              {...(acePoints ? { points: itemPoints(item, acePoints.table) } : {})}
            />
          ))}
          {plan.items.length > shown && (
            <button type="button" className="secondary" onClick={() => setShown(shown + SHOWN)}>
              {t('programShowMore', String(Math.min(SHOWN, plan.items.length - shown)), String(plan.items.length - shown))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
