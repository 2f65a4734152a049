import type { Contribution } from '../../schema/contribution';
import { defineActivityList } from '../activity-list';
import { DOCKER_CAPTAINS_CALENDAR } from './calendar';

/** A stream's audience is its viewers when no attendance was counted. */
const audience = (entry: Contribution) => entry.metrics?.attendees ?? (entry.kind === 'livestream' ? entry.metrics?.views : undefined);

/**
 * Docker Captains, reported through Advocu [V research/forms.md]: a resource (content, with its
 * views), public speaking (format in-person, virtual, recorded video or live video; attendees), an
 * event, an amplification (sharing on social media; its URL ≤ 100 characters).
 */
export default defineActivityList({
  ...DOCKER_CAPTAINS_CALENDAR,
  typeField: { name: 'activityType', label: 'Activity type' },
  types: [
    {
      id: 'resource',
      kinds: ['blog-post', 'article', 'book', 'video', 'podcast', 'open-source', 'code', 'documentation'],
      extra: [{ spec: { name: 'views', label: 'Views', format: 'number' }, value: (entry) => entry.metrics?.views }],
    },
    {
      id: 'public-speaking',
      kinds: ['talk', 'livestream'],
      extra: [
        // A talk's format is not recorded on entries: the user picks it on the form.
        { spec: { name: 'format', label: 'Format', format: 'choice', values: ['in-person', 'virtual', 'recorded video', 'live video'] }, value: (entry) => (entry.kind === 'livestream' ? 'live video' : undefined) },
        { spec: { name: 'attendees', label: 'Attendees', format: 'number' }, value: audience },
      ],
    },
    { id: 'event', kinds: ['event', 'user-group'] },
    { id: 'amplification', kinds: ['social-post'] },
  ],
});
