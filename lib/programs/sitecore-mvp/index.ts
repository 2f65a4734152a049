import { defineActivityList } from '../activity-list';

/** Sitecore MVP: its eleven contribution types [3P research/forms.md]; names as the program lists them [I]. */
export default defineActivityList({
  id: 'sitecore-mvp',
  name: 'Sitecore MVP',
  typeField: { name: 'type', label: 'Contribution type' },
  types: [
    { id: 'Blog', kinds: ['blog-post'] },
    { id: 'Video', kinds: ['video'] },
    { id: 'Podcast', kinds: ['podcast'] },
    { id: 'Speaking', kinds: ['talk'] },
    { id: 'Event organisation', kinds: ['event', 'user-group'] },
    { id: 'Forum, Slack and Stack Exchange answers', kinds: ['forum-answer', 'forum-thread'] },
    { id: 'Open source', kinds: ['open-source'] },
    { id: 'Documentation', kinds: ['documentation', 'article', 'book'] },
    { id: 'Mentoring', kinds: ['mentoring'] },
    { id: 'Feedback', kinds: ['feedback'] },
    { id: 'Other', kinds: ['other'] },
  ],
});
