import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The "Add activity" form as a React-controlled component: every value lives in React state, so a
 * value written into the DOM without the events React listens to is put back on the next render.
 * The counters shown depend on the activity type, as on the portal [V research/forms.md].
 */
const TYPES = ['Article', 'Blog', 'Book/E-book', 'Online Support', 'Open Source/Project/Sample code/Tools', 'Podcast', 'Speaker/Presenter at Third-party Event', 'Video'];
const AREAS = ['.NET', 'Azure Networking', 'Azure Storage', 'DevOps', 'Developer Tools', 'PowerShell', 'Python'];
const AUDIENCES = ['Developer', 'IT Pro', 'Technical Decision Maker', 'Business Decision Maker', 'Student', 'End User'];
const ROLES = ['Author', 'Co-Author', 'Contributor', 'Host', 'Presenter', 'Speaker', 'Other'];

type Counter = 'quantity' | 'numberOfViews' | 'numberOfSessions' | 'liveStreamViews' | 'onDemandViews';
const COUNTER_LABELS: Record<Counter, string> = {
  quantity: 'Quantity',
  numberOfViews: 'Number of views',
  numberOfSessions: 'Number of sessions',
  liveStreamViews: 'Live stream views',
  onDemandViews: 'On-demand views',
};
const COUNTERS: Record<string, Counter[]> = {
  Blog: ['numberOfViews'],
  'Online Support': ['quantity', 'numberOfViews'],
  'Open Source/Project/Sample code/Tools': ['numberOfViews'],
  Video: ['numberOfSessions', 'liveStreamViews', 'onDemandViews'],
  Podcast: ['numberOfSessions', 'liveStreamViews', 'onDemandViews'],
};

const EMPTY = {
  activityTypeName: '',
  technologyFocusArea: '',
  additionalTechnologyAreas: [] as string[],
  targetAudience: [] as string[],
  title: '',
  description: '',
  date: '',
  dateEnd: '',
  url: '',
  role: '',
  quantity: '',
  numberOfViews: '',
  numberOfSessions: '',
  liveStreamViews: '',
  onDemandViews: '',
};
type Values = typeof EMPTY;
type TextKey = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

declare global {
  interface Window {
    __formState?: () => Values;
  }
}

function App() {
  const [values, setValues] = useState<Values>(EMPTY);
  const [status, setStatus] = useState<'editing' | 'saving' | 'saved'>('editing');
  const [error, setError] = useState('');
  // What React holds, for the test to read back: not the DOM.
  useEffect(() => {
    window.__formState = () => values;
  }, [values]);

  const text = (key: TextKey) => ({
    value: values[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: event.target.value })),
  });
  const toggleAudience = (audience: string) =>
    setValues((v) => ({ ...v, targetAudience: v.targetAudience.includes(audience) ? v.targetAudience.filter((a) => a !== audience) : [...v.targetAudience, audience] }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = (['activityTypeName', 'technologyFocusArea', 'title', 'description', 'date', 'url', 'role'] as const).filter((key) => !values[key]);
    if (!values.targetAudience.length) missing.push('targetAudience' as never);
    if (values.date && !/^\d{2}\/\d{2}\/\d{4}$/.test(values.date)) missing.push('date (MM/DD/YYYY)' as never);
    if (missing.length) {
      setError(`Please fill in: ${missing.join(', ')}`);
      return;
    }
    setStatus('saving');
    const response = await fetch('https://mavenapi-prod.azurewebsites.net/api/Activities/', { method: 'POST', body: JSON.stringify({ activity: values }) });
    if (!response.ok) {
      setStatus('editing');
      setError('Something went wrong. Your activity was not saved.');
      return;
    }
    setStatus('saved');
  }

  if (status === 'saved') return <p role="status">Activity saved successfully.</p>;
  return (
    <div role="dialog" aria-labelledby="add-title">
      <h2 id="add-title">Add activity</h2>
      <form onSubmit={submit} noValidate>
        {error && <div role="alert">{error}</div>}
        <label htmlFor="type">Activity type</label>
        <select id="type" required {...text('activityTypeName')}>
          <option value="">Select…</option>
          {TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
        <label htmlFor="tech">Primary technology area</label>
        <select id="tech" required {...text('technologyFocusArea')}>
          <option value="">Select…</option>
          {AREAS.map((area) => (
            <option key={area}>{area}</option>
          ))}
        </select>
        <label htmlFor="more-tech">Additional technology areas</label>
        <select
          id="more-tech"
          multiple
          value={values.additionalTechnologyAreas}
          onChange={(event) => setValues((v) => ({ ...v, additionalTechnologyAreas: [...event.target.selectedOptions].map((o) => o.value) }))}
        >
          {AREAS.map((area) => (
            <option key={area}>{area}</option>
          ))}
        </select>
        <fieldset>
          <legend>Target audience</legend>
          {AUDIENCES.map((audience) => (
            <label key={audience}>
              <input type="checkbox" checked={values.targetAudience.includes(audience)} onChange={() => toggleAudience(audience)} /> {audience}
            </label>
          ))}
        </fieldset>
        <label htmlFor="title">Title</label>
        <input id="title" maxLength={100} required {...text('title')} />
        <label htmlFor="description">Description</label>
        <textarea id="description" maxLength={1000} required {...text('description')} />
        <label htmlFor="date">Date</label>
        <input id="date" placeholder="MM/DD/YYYY" required {...text('date')} />
        <label htmlFor="date-end">End date</label>
        <input id="date-end" placeholder="MM/DD/YYYY" {...text('dateEnd')} />
        <label htmlFor="url">URL</label>
        <input id="url" type="url" required {...text('url')} />
        <label htmlFor="role">Role</label>
        <select id="role" required {...text('role')}>
          <option value="">Select…</option>
          {ROLES.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
        {(COUNTERS[values.activityTypeName] ?? []).map((counter) => (
          <div key={counter}>
            <label htmlFor={counter}>{COUNTER_LABELS[counter]}</label>
            <input id={counter} type="number" min={0} {...text(counter)} />
          </div>
        ))}
        <button type="submit" disabled={status === 'saving'}>
          Save
        </button>
      </form>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
