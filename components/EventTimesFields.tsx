import { t } from '../lib/i18n';
import { Field, invalidProps } from './Field';
import type { EventTimesText } from './event-times-text';

/** The zones the browser knows, offered as the user types; any IANA name is accepted. */
const zones = () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

const FORMATS = [
  ['in-person', 'eventFormatInPerson'],
  ['online', 'eventFormatOnline'],
  ['hybrid', 'eventFormatHybrid'],
] as const;

/** An event's own times in the entry editor: local start and end, its zone or offset, format and venue. */
export function EventTimesFields({
  value,
  onChange,
  id,
  error,
}: {
  value: EventTimesText;
  onChange: (next: EventTimesText) => void;
  id: (name: string) => string;
  error: (key: string) => string | undefined;
}) {
  const text = (name: 'start' | 'end' | 'timeZone' | 'utcOffset' | 'venue', label: string, extra: Record<string, string> = {}) => (
    <Field label={label} id={id(`event-${name}`)} error={error(`event.${name}`)}>
      <input
        id={id(`event-${name}`)}
        value={value[name]}
        onChange={(e) => onChange({ ...value, [name]: e.target.value })}
        {...extra}
        {...invalidProps(id(`event-${name}`), error(`event.${name}`))}
      />
    </Field>
  );
  return (
    <fieldset className="event-edit">
      <legend>{t('eventLegend')}</legend>
      <p className="field-note">{t('eventTimesNote')}</p>
      <div className="row">
        {text('start', t('fieldEventStart'), { placeholder: '2026-03-12 18:30' })}
        {text('end', t('fieldEventEnd'), { placeholder: '2026-03-12 21:00' })}
      </div>
      <div className="row">
        {text('timeZone', t('fieldTimeZone'), { list: id('zones'), placeholder: 'Europe/Lisbon' })}
        {text('utcOffset', t('fieldUtcOffset'), { placeholder: '+01:00' })}
      </div>
      <datalist id={id('zones')}>
        {zones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="row">
        <Field label={t('fieldEventFormat')} id={id('event-format')} error={error('event.format')}>
          <select id={id('event-format')} value={value.format} onChange={(e) => onChange({ ...value, format: e.target.value as EventTimesText['format'] })}>
            <option value="">{t('eventFormatUnknown')}</option>
            {FORMATS.map(([format, label]) => (
              <option key={format} value={format}>
                {t(label)}
              </option>
            ))}
          </select>
        </Field>
        {text('venue', t('fieldVenue'))}
      </div>
    </fieldset>
  );
}
