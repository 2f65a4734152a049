import { defineProgram, type Category, type FieldSpec, type PlanItem } from './define';
import { isoDay, oneLine } from './text';
import { PORTALS } from './portals';

/**
 * VMware (Broadcom) vExpert. The form's fields are not public (research/forms.md): the application
 * asks for the year's contributions grouped by activity, as links reviewers follow. So each category
 * becomes a list, one line per item (date, title, URL), with a count, to paste into free text.
 */
const categories: readonly Category[] = [
  { id: 'blogging', label: 'Blogging', kinds: ['blog-post'] },
  { id: 'public-speaking', label: 'Public speaking', kinds: ['talk'] },
  { id: 'community-forums', label: 'VMTN / community forums', kinds: ['forum-answer', 'forum-thread'] },
  { id: 'videos-podcasts', label: 'Videos and podcasts', kinds: ['video', 'podcast'] },
  { id: 'books-articles', label: 'Books and articles', kinds: ['book', 'article', 'documentation'] },
  { id: 'tools-open-source', label: 'Tools and open source', kinds: ['open-source'] },
  { id: 'leadership-events', label: 'Leadership and events', kinds: ['user-group', 'event', 'mentoring'] },
  { id: 'other', label: 'Other contributions', kinds: ['feedback', 'other'] },
];

const fields: readonly FieldSpec[] = categories.flatMap((category) => [
  { name: `${category.id}.list`, label: category.label, format: 'multiline' as const, help: 'One line per item: date, title, URL.' },
  { name: `${category.id}.count`, label: `${category.label}: count`, format: 'number' as const },
]);

/** One pasted line: `2026-03-04 - Title - https://…`. */
export const vexpertLine = (entry: { publishedAt: string; title: string; url: string }) =>
  `${isoDay(entry.publishedAt)} - ${oneLine(entry.title)} - ${entry.url}`;

export default defineProgram({
  id: 'vexpert',
  name: 'vExpert',
  portal: PORTALS.vexpert,
  // Applications open late in the year for that calendar year's work (research/forms.md).
  period: (year) => ({ id: `vexpert-${year}`, label: `vExpert ${year} (Jan–Dec ${year})`, from: `${year}-01-01T00:00:00.000Z`, to: `${year + 1}-01-01T00:00:00.000Z` }),
  categories,
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
          warnings: members.some((entry) => !entry.url.startsWith('https://'))
            ? ['Some links are http://; reviewers may prefer https:// where the site has it.']
            : [],
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
