import { kindName } from '../lib/kind-names';
import { KIND_LIST } from '../lib/kinds';
import type { Kind } from '../lib/schema/contribution';

/** The kind of an entry, chosen among every kind the record allows. */
export function KindSelect({ id, value, onChange }: { id: string; value: Kind; onChange: (kind: Kind) => void }) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as Kind)}>
      {KIND_LIST.map((kind) => (
        <option key={kind} value={kind}>
          {kindName(kind)}
        </option>
      ))}
    </select>
  );
}
