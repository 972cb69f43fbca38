import type { en } from '../../src/content/en.js';

/** The Spanish table as the source has it, fetched as the widgets fetch it (`es.json`). */
export const fetchSpanish = async (): Promise<typeof en> =>
  (await (await fetch('/src/content/locales/es.json')).json()) as typeof en;
