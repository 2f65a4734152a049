import { defineActivityList } from '../activity-list';

/**
 * Docker Captains, reported through Advocu [V research/forms.md]: a resource (content, with its
 * views), public speaking (with attendees), an event, an amplification (its URL ≤ 100 characters).
 */
export default defineActivityList({
  id: 'docker-captains',
  name: 'Docker Captains',
  typeField: { name: 'activityType', label: 'Activity type' },
  types: [
    {
      id: 'resource',
      kinds: ['blog-post', 'article', 'book', 'video', 'podcast', 'open-source', 'documentation'],
      extra: [{ spec: { name: 'views', label: 'Views', format: 'number' }, value: (entry) => entry.metrics?.views }],
    },
    {
      id: 'public-speaking',
      kinds: ['talk'],
      extra: [{ spec: { name: 'attendees', label: 'Attendees', format: 'number' }, value: (entry) => entry.metrics?.attendees }],
    },
    { id: 'event', kinds: ['event', 'user-group'] },
    { id: 'amplification', kinds: [] },
  ],
});
