import { defineProgram, type Category, type FieldSpec, type PlanItem } from '../define';
import { isoDay, oneLine } from '../text';
import { VEXPERT_CALENDAR } from './calendar';
import { VEXPERT_PORTAL } from './portal';
import { VEXPERT_RULES } from './rules';

/**
 * VMware (Broadcom) vExpert. The form's fields are not public (research/forms.md): the application
 * asks for the year's contributions grouped by activity, as links reviewers follow. So each category
 * becomes a list, one line per item (date, title, URL), with a count, to paste into free text.
 * There is no social-media category [V research/forms.md]: nothing is offered for one.
 */
const categories: readonly Category[] = [
  { id: 'blogging', label: 'Blogging', kinds: ['blog-post'] },
  { id: 'public-speaking', label: 'Public speaking', kinds: ['talk'] },
  { id: 'community-forums', label: 'VMTN / community forums', kinds: ['forum-answer', 'forum-thread'] },
  { id: 'videos-podcasts', label: 'Videos and podcasts', kinds: ['video', 'livestream', 'podcast'] },
  { id: 'books-articles', label: 'Books and articles', kinds: ['book', 'article', 'documentation'] },
  { id: 'tools-open-source', label: 'Tools and open source', kinds: ['open-source', 'code'] },
  { id: 'leadership-events', label: 'Leadership and events', kinds: ['user-group', 'event', 'mentoring'] },
  { id: 'other', label: 'Other contributions', kinds: ['feedback', 'other'] },
];

const fields: readonly FieldSpec[] = categories.flatMap((category) => [
  { name: `${category.id}.list`, label: category.label, format: 'multiline' as const, help: 'One line per item: date, title, URL.' },
  { name: `${category.id}.count`, label: `${category.label}: count`, format: 'number' as const },
]);

/** One pasted line: `2026-03-04 - Title - https://…` (without the link for a talk added by hand without one). */
export const vexpertLine = (entry: { publishedAt: string; title: string; url?: string }) =>
  [isoDay(entry.publishedAt), oneLine(entry.title), ...(entry.url ? [entry.url] : [])].join(' - ');

export default defineProgram({
  ...VEXPERT_CALENDAR,
  portal: { ...VEXPERT_PORTAL, rules: VEXPERT_RULES },
  categories,
  ignores: ['social-post'],
  fields,
  plan(entries) {
    const items: PlanItem[] = categories.flatMap((category) => {
      const members = entries.filter((entry) => category.kinds.includes(entry.kind));
      if (members.length === 0) return [];
      const list = members.map(vexpertLine).join('\n');
      const count = String(members.length);
      return [
        {
          key: category.id,
          category: category.id,
          heading: `${category.label} (${count})`,
          entryIds: members.map((entry) => entry.id),
          fields: [
            { name: `${category.id}.list`, label: category.label, value: list },
            { name: `${category.id}.count`, label: `${category.label}: count`, value: count },
          ],
          text: list,
          warnings: [
            ...(members.some((entry) => entry.url?.startsWith('http://')) ? ['Some links are http://; reviewers may prefer https:// where the site has it.'] : []),
            ...(members.some((entry) => entry.url === undefined) ? ['Some entries have no link: reviewers follow links, so add one where you can.'] : []),
          ],
        },
      ];
    });
    return {
      programId: 'vexpert',
      items,
      warnings: [],
      text: items.map((item) => `${item.heading}\n${item.text}`).join('\n\n'),
    };
  },
});
