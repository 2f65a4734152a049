import type { Contribution, Kind } from '../schema/contribution';
import { KIND_LABELS } from '../kinds';
import { calendarYearProgram, defineProgram, type FieldSpec, type Period, type PlanItem, type PlannedField, type Program } from './define';
import { NO_LINK, field, isoDay, oneLine, onSite, trimWarning } from './text';

/**
 * Programs whose application is one activity per entry with a type, a title, a link, a description
 * and a date (GitHub Stars, Sitecore MVP, the Advocu programs): described as data, planned alike.
 * Copy-ready only: none of their portal forms is documented (research/forms.md), so none is filled.
 */
export interface ActivityType {
  /** The program's own name for the type, as its form or API spells it. */
  id: string;
  kinds: readonly Kind[];
  /** Extra fields this type asks for (a count), each from the entry. */
  extra?: readonly { spec: FieldSpec; value: (entry: Contribution) => string | number | undefined }[];
}

export interface ActivityListProgram {
  id: string;
  name: string;
  types: readonly ActivityType[];
  /** Kinds the program has no type for and does not count: never offered. */
  ignores?: readonly Kind[];
  /** The type's field: its label and name on the form. */
  typeField: { name: string; label: string };
  /** Limits where the program states them (research/forms.md). */
  limits?: { title?: number; description?: number; url?: number };
  /** What the user should know before pasting anything (what is not known about the form). */
  notes?: readonly string[];
  /** The period an application for `year` covers; the calendar year unless the program says otherwise. */
  period?: (year: number) => Period;
}

export function defineActivityList(spec: ActivityListProgram): Program {
  const typeSpec: FieldSpec = { ...spec.typeField, format: 'choice', required: true, values: spec.types.map((type) => type.id) };
  const base: FieldSpec[] = [
    typeSpec,
    { name: 'title', label: 'Title', format: 'text', required: true, ...(spec.limits?.title ? { maxLength: spec.limits.title } : {}) },
    { name: 'url', label: 'URL', format: 'url', required: true, ...(spec.limits?.url ? { maxLength: spec.limits.url } : {}) },
    { name: 'description', label: 'Description', format: 'multiline', ...(spec.limits?.description ? { maxLength: spec.limits.description } : {}) },
    { name: 'date', label: 'Date', format: 'date', required: true },
  ];
  const extras = spec.types.flatMap((type) => type.extra ?? []).map((extra) => extra.spec);
  const fields = [...base, ...extras.filter((extra, index) => extras.findIndex((other) => other.name === extra.name) === index)];
  const typeOf = (kind: Kind) => spec.types.find((type) => type.kinds.includes(kind));

  function item(entry: Contribution): PlanItem {
    const type = typeOf(entry.kind);
    const title = oneLine(entry.title);
    const description = entry.notes.trim() || entry.excerpt.trim() || `${KIND_LABELS[entry.kind]}${onSite(entry.url)}: ${title}`;
    const planned: PlannedField[] = [
      field(typeSpec, type?.id),
      field(base[1]!, title),
      field(base[2]!, entry.url),
      field(base[3]!, description),
      field(base[4]!, isoDay(entry.publishedAt)),
      ...(type?.extra ?? []).map((extra) => field(extra.spec, extra.value(entry))),
    ].filter((planned) => planned.value !== '');
    const warnings = [
      ...(type ? [] : [`“${KIND_LABELS[entry.kind]}” has no ${spec.name} type: pick one on the form.`]),
      ...planned.flatMap((one) => trimWarning(one) ?? []),
      ...(entry.url === undefined ? [NO_LINK] : []),
      ...(spec.limits?.url && entry.url && entry.url.length > spec.limits.url ? [`The link is longer than the ${spec.limits.url} characters the form takes.`] : []),
    ];
    return {
      key: entry.id,
      category: type?.id ?? '',
      heading: title,
      entryIds: [entry.id],
      fields: planned,
      text: planned.map(({ label, value }) => (value.includes('\n') ? `${label}:\n${value}` : `${label}: ${value}`)).join('\n'),
      warnings,
    };
  }

  return defineProgram({
    id: spec.id,
    name: spec.name,
    period: spec.period ?? calendarYearProgram(spec.id, spec.name).period,
    categories: spec.types.map((type) => ({ id: type.id, label: type.id, kinds: type.kinds })),
    ...(spec.ignores ? { ignores: spec.ignores } : {}),
    fields,
    plan(entries) {
      const items = entries.map(item);
      return { programId: spec.id, items, warnings: [...(spec.notes ?? [])], text: items.map((one) => one.text).join('\n\n----\n\n') };
    },
  });
}
