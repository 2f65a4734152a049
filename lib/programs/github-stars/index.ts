import { defineActivityList } from '../activity-list';
import { GITHUB_STARS_CALENDAR } from './calendar';

/** GitHub Stars: its nine contribution types, each with title, URL, description and date [V research/forms.md: API clients]. */
export default defineActivityList({
  ...GITHUB_STARS_CALENDAR,
  typeField: { name: 'type', label: 'Contribution type' },
  types: [
    { id: 'SPEAKING', kinds: ['talk'] },
    { id: 'BLOGPOST', kinds: ['blog-post'] },
    { id: 'ARTICLE_PUBLICATION', kinds: ['article', 'book', 'documentation'] },
    { id: 'EVENT_ORGANIZATION', kinds: ['event', 'user-group'] },
    // No kind of ours is a hackathon: such entries are recorded as events or "other".
    { id: 'HACKATHON', kinds: [] },
    // Pull requests and issues to others' repositories are open-source work too.
    { id: 'OPEN_SOURCE_PROJECT', kinds: ['open-source', 'code'] },
    { id: 'VIDEO_PODCAST', kinds: ['video', 'livestream', 'podcast'] },
    { id: 'FORUM', kinds: ['forum-answer', 'forum-thread'] },
    { id: 'OTHER', kinds: ['mentoring', 'feedback', 'social-post', 'other'] },
  ],
});
