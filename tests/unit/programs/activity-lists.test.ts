import { describe, expect, it } from 'vitest';
import { planFor } from '../../../lib/programs';
import dockerCaptains from '../../../lib/programs/docker-captains';
import githubStars from '../../../lib/programs/github-stars';
import googleGde from '../../../lib/programs/google-gde';
import oracleAce from '../../../lib/programs/oracle-ace';
import sitecoreMvp from '../../../lib/programs/sitecore-mvp';
import { KINDS } from '../../../lib/schema/contribution';
import { entry } from '../../helpers/entries';

const fieldsOf = (item: { fields: { name: string; value: string }[] }) => Object.fromEntries(item.fields.map((f) => [f.name, f.value]));

describe('programs with one activity per entry', () => {
  it('GitHub Stars offers its nine types, each of our kinds in at most one', () => {
    expect(githubStars.categories.map((category) => category.id)).toEqual(['SPEAKING', 'BLOGPOST', 'ARTICLE_PUBLICATION', 'EVENT_ORGANIZATION', 'HACKATHON', 'OPEN_SOURCE_PROJECT', 'VIDEO_PODCAST', 'FORUM', 'OTHER']);
    const kinds = githubStars.categories.flatMap((category) => category.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    const item = planFor(githubStars, [entry({ kind: 'talk', title: 'Bicep at scale', url: 'https://conf.example.org/bicep', excerpt: 'Modules and registries.', publishedAt: '2026-05-06T07:00:00.000Z' })]).items[0]!;
    expect(fieldsOf(item)).toEqual({ type: 'SPEAKING', title: 'Bicep at scale', url: 'https://conf.example.org/bicep', description: 'Modules and registries.', date: '2026-05-06' });
    expect(item.text).toBe('Contribution type: SPEAKING\nTitle: Bicep at scale\nURL: https://conf.example.org/bicep\nDescription: Modules and registries.\nDate: 2026-05-06');
  });

  it('GitHub Stars counts pull requests to others as open source, streams as video, social posts as other', () => {
    const types = planFor(githubStars, [
      entry({ kind: 'code', publishedAt: '2026-01-01T00:00:00.000Z' }),
      entry({ kind: 'livestream', publishedAt: '2026-01-02T00:00:00.000Z' }),
      entry({ kind: 'social-post', publishedAt: '2026-01-03T00:00:00.000Z' }),
    ]).items.map((item) => fieldsOf(item).type);
    expect(types).toEqual(['OPEN_SOURCE_PROJECT', 'VIDEO_PODCAST', 'OTHER']);
  });

  it('Sitecore MVP has its eleven types, and a type for every kind', () => {
    expect(sitecoreMvp.categories).toHaveLength(11);
    expect(sitecoreMvp.categories.flatMap((category) => category.kinds).sort()).toEqual([...KINDS].sort());
    expect(fieldsOf(planFor(sitecoreMvp, [entry({ kind: 'forum-answer' })]).items[0]!).type).toBe('Forum, Slack and Stack Exchange answers');
  });

  it('Google Developer Experts keeps Advocu’s limits and counts readers of content', () => {
    const long = entry({ kind: 'blog-post', title: 'T'.repeat(250), notes: 'word '.repeat(500), url: 'https://blog.example.com/gde', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 420 } });
    const item = planFor(googleGde, [long]).items[0]!;
    const values = fieldsOf(item);
    expect(values.activityType).toBe('content-creation');
    expect(values.title!.length).toBeLessThanOrEqual(200);
    expect(values.description!.length).toBeLessThanOrEqual(2000);
    expect(values.readers).toBe('420');
    expect(item.warnings.some((warning) => warning.startsWith('Title shortened from 250'))).toBe(true);
  });

  it('Google Developer Experts: content types, a livestream as virtual speaking with its viewers, no social post', () => {
    const items = planFor(googleGde, [
      entry({ kind: 'video', publishedAt: '2026-01-01T00:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 800 } }),
      entry({ kind: 'livestream', publishedAt: '2026-01-02T00:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 120 } }),
      entry({ kind: 'talk', publishedAt: '2026-01-03T00:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', attendees: 60 } }),
      entry({ kind: 'social-post', publishedAt: '2026-01-04T00:00:00.000Z' }),
    ]).items;
    expect(items.map(fieldsOf).map(({ activityType, contentType, readers, format, attendees }) => ({ activityType, contentType, readers, format, attendees }))).toEqual([
      { activityType: 'content-creation', contentType: 'Videos', readers: '800', format: undefined, attendees: undefined },
      { activityType: 'public-speaking', contentType: undefined, readers: undefined, format: 'Virtual', attendees: '120' },
      { activityType: 'public-speaking', contentType: undefined, readers: undefined, format: undefined, attendees: '60' },
    ]);
  });

  it('Docker Captains counts a resource’s views and a talk’s attendees, and asks for a type it has none for', () => {
    const [post, talk, answer] = planFor(dockerCaptains, [
      entry({ kind: 'blog-post', publishedAt: '2026-01-02T00:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 99 } }),
      entry({ kind: 'talk', publishedAt: '2026-01-03T00:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', attendees: 40 } }),
      entry({ kind: 'forum-answer', publishedAt: '2026-01-04T00:00:00.000Z' }),
    ]).items;
    expect(fieldsOf(post!)).toMatchObject({ activityType: 'resource', views: '99' });
    expect(fieldsOf(talk!)).toMatchObject({ activityType: 'public-speaking', attendees: '40' });
    expect(fieldsOf(answer!).activityType).toBeUndefined();
    expect(answer!.warnings).toEqual(['“Forum answer” has no Docker Captains type: pick one on the form.']);
  });

  it('Docker Captains: a social post is an amplification, a livestream live-video speaking, a pull request a resource', () => {
    const items = planFor(dockerCaptains, [
      entry({ kind: 'social-post', publishedAt: '2026-01-01T00:00:00.000Z' }),
      entry({ kind: 'livestream', publishedAt: '2026-01-02T00:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 75 } }),
      entry({ kind: 'code', publishedAt: '2026-01-03T00:00:00.000Z' }),
    ]).items.map(fieldsOf);
    expect(items[0]).toMatchObject({ activityType: 'amplification' });
    expect(items[1]).toMatchObject({ activityType: 'public-speaking', format: 'live video', attendees: '75' });
    expect(items[2]).toMatchObject({ activityType: 'resource' });
  });

  it('covers the calendar year, and has no portal to fill', () => {
    for (const program of [githubStars, sitecoreMvp, googleGde, dockerCaptains]) {
      expect(program.period(2026)).toMatchObject({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
      expect(program.portal).toBeUndefined();
    }
  });
});

describe('Oracle ACE', () => {
  it('gives every kind a type, copy-ready, and says the points shown are members’ 2016–17 values', () => {
    expect(oracleAce.categories.flatMap((category) => category.kinds).sort()).toEqual([...KINDS].sort());
    const plan = planFor(oracleAce, [
      entry({ kind: 'talk', title: 'Autonomous Database in a day', url: 'https://ukoug.example.org/talk', excerpt: 'Hands-on.', publishedAt: '2026-05-06T07:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', attendees: 90 } }),
      entry({ kind: 'social-post', publishedAt: '2026-05-07T07:00:00.000Z' }),
    ]);
    expect(plan.items.map(fieldsOf)[0]).toEqual({ activityType: 'Presentation', title: 'Autonomous Database in a day', url: 'https://ukoug.example.org/talk', description: 'Hands-on.', date: '2026-05-06', attendees: '90' });
    expect(fieldsOf(plan.items[1]!).activityType).toBe('Social media');
    expect(plan.warnings).toEqual([expect.stringMatching(/^Oracle ACE gives points per activity; no current public source lists them\. The points shown are 2016–17 values reported by members/)]);
    expect(oracleAce.period(2026)).toMatchObject({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(oracleAce.portal).toBeUndefined();
  });
});
