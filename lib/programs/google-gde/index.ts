import { defineActivityList } from '../activity-list';

/**
 * Google Developer Experts, reported through Advocu [V research/forms.md]: activity kinds, title
 * 3–200 characters, description ≤ 2000, URL ≤ 500, the activity date; content creation counts readers.
 */
export default defineActivityList({
  id: 'google-gde',
  name: 'Google Developer Experts',
  typeField: { name: 'activityType', label: 'Activity type' },
  limits: { title: 200, description: 2000, url: 500 },
  types: [
    {
      id: 'content-creation',
      kinds: ['blog-post', 'article', 'book', 'video', 'podcast', 'open-source', 'documentation'],
      extra: [{ spec: { name: 'readers', label: 'Readers', format: 'number' }, value: (entry) => entry.metrics?.views }],
    },
    {
      id: 'public-speaking',
      kinds: ['talk'],
      extra: [{ spec: { name: 'attendees', label: 'Attendees', format: 'number' }, value: (entry) => entry.metrics?.attendees }],
    },
    { id: 'workshop', kinds: [] },
    { id: 'mentoring', kinds: ['mentoring'] },
    { id: 'product-feedback', kinds: ['feedback'] },
    { id: 'interaction-with-googlers', kinds: [] },
    { id: 'stories', kinds: [] },
  ],
});
