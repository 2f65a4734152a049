import type { FillOnPortal } from '../../lib/autofill/send-to-portal';
import type { SavePageApi } from '../../lib/save-page-client';

// What the popup's buttons call, loaded on the first press: their code validates with zod, which
// the first screen does not need.

const savePage = () => import('../../lib/save-page-client').then((module) => module.savePageClient);

export const lateSavePageClient: SavePageApi = {
  preview: async () => (await savePage()).preview(),
  save: async (corrections) => (await savePage()).save(corrections),
  screenshots: {
    get: async () => (await savePage()).screenshots.get(),
    set: async (on) => (await savePage()).screenshots.set(on),
  },
};

export const lateFillOnPortal: FillOnPortal = async (request) => (await import('../../lib/autofill/send-to-portal')).sendFillPlan(request);
