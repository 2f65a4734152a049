import { t } from '../lib/i18n';
import type { Period } from '../lib/programs/define';

export function PeriodSelect({ options, value, onChange }: { options: readonly Period[]; value: Period; onChange: (period: Period) => void }) {
  return (
    <label className="period">
      <span>{t('panelPeriod')}</span>
      <select value={value.id} onChange={(event) => onChange(options.find((option) => option.id === event.target.value) ?? value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
