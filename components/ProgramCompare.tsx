import { useEffect, useId, useMemo, useState } from 'react';
import { t } from '../lib/i18n';
import { loadChoices } from '../lib/program-choices';
import { planFor, programs } from '../lib/programs';
import type { Choices } from '../lib/programs/define';
import type { Contribution } from '../lib/schema/contribution';

/**
 * One entry as every program takes it, side by side: its category there and the fields that program
 * fills from it, with each program's own picks (technology area…). The entry is picked from a list,
 * so a keyboard alone reaches every row.
 */
export function ProgramCompare({ entries }: { entries: readonly Contribution[] }) {
  const pickId = useId();
  const [entryId, setEntryId] = useState('');
  const [choices, setChoices] = useState<Record<string, Choices>>({});
  const picked = entries.find((candidate) => candidate.id === entryId);

  useEffect(() => {
    let live = true;
    void Promise.all(programs.map(async (program) => [program.id, await loadChoices(program.id)] as const)).then(
      (loaded) => live && setChoices(Object.fromEntries(loaded)),
    );
    return () => {
      live = false;
    };
  }, []);

  // Submitted or not, the question is how each program would take it.
  const rows = useMemo(
    () => (picked ? programs.map((program) => ({ program, item: planFor(program, [picked], { includeSubmitted: true, choices: choices[program.id] ?? {} }).items[0] })) : []),
    [picked, choices],
  );

  return (
    <details className="compare">
      <summary>{t('compareSummary')}</summary>
      <label htmlFor={pickId}>{t('compareEntry')}</label>
      <select id={pickId} value={entryId} onChange={(event) => setEntryId(event.currentTarget.value)}>
        <option value="">{t('comparePick')}</option>
        {entries.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.title}
          </option>
        ))}
      </select>
      {picked && (
        <table>
          <caption>{t('compareCaption', picked.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compareProgram')}</th>
              <th scope="col">{t('compareCategory')}</th>
              <th scope="col">{t('compareFields')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ program, item }) => (
              <tr key={program.id}>
                <th scope="row">{program.name}</th>
                <td>{item ? item.category : t('compareNotCounted')}</td>
                <td>
                  {item && (
                    <dl>
                      {item.fields.map((field) => (
                        <div key={field.name}>
                          <dt>{field.label}</dt>
                          <dd>{field.value}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
