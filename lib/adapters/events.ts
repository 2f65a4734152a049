import type { Adapter } from './define';
import meetup from './meetup';
import luma from './luma';
import eventbrite from './eventbrite';
import sessionize from './sessionize';
import vmug from './vmug';

/**
 * The event sites' registry (meetups, conferences, talks): one page per event or speaker, saved with
 * one click, the user's own when they host or speak. Adding a site is one import and one line here.
 * The family is its own content script (entrypoints/capture-events.content.ts).
 */
export const eventAdapters: readonly Adapter[] = [meetup, luma, eventbrite, sessionize, vmug];
