import type { Adapter, Detector } from './define';
import meetup, { detector as meetupDetector } from './meetup';
import luma, { detector as lumaDetector } from './luma';
import eventbrite, { detector as eventbriteDetector } from './eventbrite';
import sessionize, { detector as sessionizeDetector } from './sessionize';
import vmug, { detector as vmugDetector } from './vmug';

/**
 * The event sites' registry (meetups, conferences, talks): one page per event or speaker, saved with
 * one click, the user's own when they host or speak. Adding a site is one import and one line in each list here.
 * The family is its own content script (entrypoints/capture-events.content.ts).
 * The content script (detector) lists each site's detector; the extractor it loads on demand
 * (entrypoints/extract-events.ts) lists the full adapters: the same sites in the same order.
 */
export const eventDetectors: readonly Detector[] = [meetupDetector, lumaDetector, eventbriteDetector, sessionizeDetector, vmugDetector];

export const eventAdapters: readonly Adapter[] = [meetup, luma, eventbrite, sessionize, vmug];
