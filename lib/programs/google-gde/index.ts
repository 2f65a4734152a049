import type { Contribution, Kind } from '../../schema/contribution';
import { defineActivityList } from '../activity-list';
import { GOOGLE_GDE_CALENDAR } from './calendar';

/** Advocu's content types for the kinds that have one [V research/forms.md]; others are picked on the form. */
const CONTENT_TYPES: Partial<Record<Kind, string>> = {
  'blog-post': 'Articles',
  article: 'Articles',
  documentation: 'Articles',
  book: 'Books',
  video: 'Videos',
  podcast: 'Podcasts',
};

/** A stream's audience is its viewers when no attendance was counted. */
const audience = (entry: Contribution) => entry.metrics?.attendees ?? (entry.kind === 'livestream' ? entry.metrics?.views : undefined);

/**
 * Google Developer Experts, reported through Advocu [V research/forms.md]: activity kinds, title
 * 3–200 characters, description ≤ 2000, URL ≤ 500, the activity date; content creation counts
 * readers, speaking counts attendees and has a format (a livestream is virtual speaking). There is
 * no social-media kind: posts are not offered.
 */
export default defineActivityList({
  ...GOOGLE_GDE_CALENDAR,
  typeField: { name: 'activityType', label: 'Activity type' },
  limits: { title: 200, description: 2000, url: 500 },
  ignores: ['social-post'],
  types: [
    {
      id: 'content-creation',
      kinds: ['blog-post', 'article', 'book', 'video', 'podcast', 'open-source', 'code', 'documentation'],
      extra: [
        { spec: { name: 'contentType', label: 'Content type', format: 'choice', values: ['Articles', 'Books', 'Console Projects', 'Demos', 'Newsletters', 'Podcasts', 'Reusable GCP presentations', 'Videos'] }, value: (entry) => CONTENT_TYPES[entry.kind] },
        { spec: { name: 'readers', label: 'Readers', format: 'number' }, value: (entry) => entry.metrics?.views },
      ],
    },
    {
      id: 'public-speaking',
      kinds: ['talk', 'livestream'],
      extra: [
        // A talk's format is not recorded on entries: the user picks it on the form.
        { spec: { name: 'format', label: 'Format', format: 'choice', values: ['In-Person', 'Virtual', 'Hybrid'] }, value: (entry) => (entry.kind === 'livestream' ? 'Virtual' : undefined) },
        { spec: { name: 'attendees', label: 'Attendees', format: 'number' }, value: audience },
      ],
    },
    { id: 'workshop', kinds: [] },
    { id: 'mentoring', kinds: ['mentoring'] },
    { id: 'product-feedback', kinds: ['feedback'] },
    { id: 'interaction-with-googlers', kinds: [] },
    { id: 'stories', kinds: [] },
  ],
});
