import { t } from '../lib/i18n';
import type { Choices, FieldSpec } from '../lib/programs/define';

/** The fields a program asks the user to pick once (technology area, audience), rendered from their definitions. */
export function ChoiceFields({ fields, choices, onChange }: { fields: readonly FieldSpec[]; choices: Choices; onChange: (choices: Choices) => void }) {
  const asked = fields.filter((field) => field.askUser && field.values);
  if (asked.length === 0) return null;
  return (
    <fieldset className="choices">
      <legend>{t('choicesLegend')}</legend>
      {asked.map((field) => {
        const current = choices[field.name] ?? field.default;
        const values = field.values!;
        if (field.format === 'choice') {
          return (
            <label key={field.name} className="field">
              <span>{field.label}</span>
              <select value={typeof current === 'string' ? current : ''} onChange={(e) => onChange({ ...choices, [field.name]: e.target.value })}>
                <option value="">{t('choicesChoose')}</option>
                {values.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
          );
        }
        const picked: readonly string[] = Array.isArray(current) ? current : [];
        // Long lists get one select per allowed pick; short ones a checkbox each.
        if (values.length > 12) {
          const slots = Array.from({ length: field.maxValues ?? 2 }, (_, index) => picked[index] ?? '');
          return (
            <div key={field.name} className="field">
              <span>{field.label}</span>
              {slots.map((value, index) => (
                <select
                  key={index}
                  aria-label={`${field.label} ${index + 1}`}
                  value={value}
                  onChange={(e) => onChange({ ...choices, [field.name]: slots.map((v, i) => (i === index ? e.target.value : v)).filter(Boolean) })}
                >
                  <option value="">{t('choicesNone')}</option>
                  {values.map((v) => (
                    <option key={v}>{v}</option>
                  ))}
                </select>
              ))}
            </div>
          );
        }
        return (
          <fieldset key={field.name} className="field checks">
            <legend>{field.label}</legend>
            {values.map((value) => (
              <label key={value} className="check">
                <input
                  type="checkbox"
                  checked={picked.includes(value)}
                  onChange={(e) => onChange({ ...choices, [field.name]: e.target.checked ? [...picked, value] : picked.filter((v) => v !== value) })}
                />{' '}
                {value}
              </label>
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
