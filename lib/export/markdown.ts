import type { Contribution } from '../schema/contribution';
import { KIND_GROUPS } from '../kinds';
import { safeHref } from '../format';

/** Text that Markdown must show as typed: no emphasis, links, tables or HTML from a captured title. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|#!~]/g, '\\$&');
}

/** A link target that cannot end early: parentheses and spaces are percent-encoded. */
const linkTarget = (url: string) => url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/**
 * The period's own contributions as a Markdown report, grouped, oldest first within a group, with
 * counts. Private notes never appear.
 */
export function yearReport(entries: readonly Contribution[], periodLabel: string): string {
  const own = entries.filter((entry) => entry.own).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  const groups = KIND_GROUPS.map((group) => ({ ...group, members: own.filter((entry) => group.kinds.includes(entry.kind)) })).filter((group) => group.members.length);
  const lines = [`# Contributions: ${escapeMarkdown(periodLabel)}`, ''];
  lines.push(own.length === 0 ? 'No contributions in this period.' : `${own.length} contributions: ${groups.map((g) => `${g.label.toLowerCase()} ${g.members.length}`).join(', ')}.`);
  for (const group of groups) {
    lines.push('', `## ${group.label} (${group.members.length})`, '');
    for (const entry of group.members) {
      const where = entry.contextTitle ? ` (${escapeMarkdown(entry.contextTitle)})` : '';
      const views = entry.metrics?.views !== undefined ? `, ${entry.metrics.views} views` : '';
      const attendees = entry.metrics?.attendees !== undefined ? `, ${entry.metrics.attendees} attendees` : '';
      // Only a web link becomes a link; anything else (a row that bypassed validation) stays plain text.
      const href = safeHref(entry.url);
      const title = href ? `[${escapeMarkdown(entry.title)}](${linkTarget(href)})` : escapeMarkdown(entry.title);
      // An entry added by hand without a link (a talk) shows no site.
      const site = href ? `, ${host(href)}` : '';
      lines.push(`- ${entry.publishedAt.slice(0, 10)}: ${title}${where}${site}${views}${attendees}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
