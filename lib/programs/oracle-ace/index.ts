import { defineActivityList } from '../activity-list';
import { ORACLE_ACE_CALENDAR } from './calendar';

/**
 * Oracle ACE. Each activity earns points by type and a level needs a points total in the period
 * [3P research/forms.md]; no current public source lists them, nor the portal's field names: so entries
 * become copy-ready activities (type, title, URL, description, date), and the points shown beside them
 * are members' 2016–17 figures the user corrects (./points.ts). Types are those the program names as contributions
 * (presenting, blog posts, articles, books, social media, forum answers, user groups and events
 * [3P: amysimpsongrange.com, "Oracle ACE programme: 6 months in", 2023]); their spelling is ours [I].
 */
export default defineActivityList({
  ...ORACLE_ACE_CALENDAR,
  typeField: { name: 'activityType', label: 'Activity type' },
  types: [
    { id: 'Presentation', kinds: ['talk', 'livestream'], extra: [{ spec: { name: 'attendees', label: 'Attendees', format: 'number' }, value: (entry) => entry.metrics?.attendees }] },
    { id: 'Blog post', kinds: ['blog-post'] },
    { id: 'Article', kinds: ['article', 'documentation'] },
    { id: 'Book', kinds: ['book'] },
    { id: 'Video or podcast', kinds: ['video', 'podcast'] },
    { id: 'Social media', kinds: ['social-post'] },
    { id: 'Forum answers', kinds: ['forum-answer', 'forum-thread'] },
    { id: 'User group or event organisation', kinds: ['user-group', 'event'] },
    { id: 'Open source and code', kinds: ['open-source', 'code'] },
    { id: 'Mentoring', kinds: ['mentoring'] },
    { id: 'Other', kinds: ['feedback', 'other'] },
  ],
  notes: [
    'Oracle ACE gives points per activity; no current public source lists them. The points shown are 2016–17 values reported by members: the ACE portal shows what each activity you submit earns, and the total your level needs.',
  ],
});
