import { defineProgram, type Category, type FieldSpec, type Period, type PlanItem } from '../define';
import { isoDay, oneLine } from '../text';
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

/** One pasted line: `2026-03-04 - Title - https://…`. */
export const vexpertLine = (entry: { publishedAt: string; title: string; url: string }) =>
  `${isoDay(entry.publishedAt)} - ${oneLine(entry.title)} - ${entry.url}`;

/**
 * The award is named for the year it runs: "vExpert 2027" takes applications from late November
 * 2026 to early January 2027 and shows 2026's work [V research/forms.md; the exact days change each
 * year, so the window is taken wide: 15 November – 15 January]. A second-half intake runs in July of
 * the award's year (July 2025: 7–24 July [V]; taken as all of July); what it shows is not public,
 * so it takes the twelve months before it [I].
 */
const main = (year: number): Period => ({
  id: `vexpert-${year}`,
  label: `vExpert ${year} (Jan–Dec ${year - 1})`,
  from: `${year - 1}-01-01T00:00:00.000Z`,
  to: `${year}-01-01T00:00:00.000Z`,
  applications: { from: `${year - 1}-11-15T00:00:00.000Z`, to: `${year}-01-16T00:00:00.000Z` },
});
const secondHalf = (year: number): Period => ({
  id: `vexpert-${year}-h2`,
  label: `vExpert ${year} second half (Jul ${year - 1}–Jun ${year})`,
  from: `${year - 1}-07-01T00:00:00.000Z`,
  to: `${year}-07-01T00:00:00.000Z`,
  applications: { from: `${year}-07-01T00:00:00.000Z`, to: `${year}-08-01T00:00:00.000Z` },
});

export default defineProgram({
  id: 'vexpert',
  name: 'vExpert',
  portal: { ...VEXPERT_PORTAL, rules: VEXPERT_RULES },
  period: main,
  periods: (year) => [main(year), secondHalf(year)],
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
