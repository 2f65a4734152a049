import { defineActivityList } from '../activity-list';
import { SITECORE_MVP_CALENDAR } from './calendar';

/** Sitecore MVP: its eleven contribution types [3P research/forms.md]; names as the program lists them [I]. */
export default defineActivityList({
  ...SITECORE_MVP_CALENDAR,
  typeField: { name: 'type', label: 'Contribution type' },
  types: [
    { id: 'Blog', kinds: ['blog-post'] },
    { id: 'Video', kinds: ['video', 'livestream'] },
    { id: 'Podcast', kinds: ['podcast'] },
    { id: 'Speaking', kinds: ['talk'] },
    { id: 'Event organisation', kinds: ['event', 'user-group'] },
    { id: 'Forum, Slack and Stack Exchange answers', kinds: ['forum-answer', 'forum-thread'] },
    { id: 'Open source', kinds: ['open-source', 'code'] },
    { id: 'Documentation', kinds: ['documentation', 'article', 'book'] },
    { id: 'Mentoring', kinds: ['mentoring'] },
    { id: 'Feedback', kinds: ['feedback'] },
    // Social posts have no type of their own among the eleven [3P]: "Other", for the user to judge.
    { id: 'Other', kinds: ['social-post', 'other'] },
  ],
});
