// @ts-expect-error The package's types re-export './browser/commands.mjs', whose .d.mts it does not ship.
import { visualDiff as diff } from '@web/test-runner-visual-regression';

/** Screenshots `element` and compares it with its reference (see web-test-runner.config.mjs). */
export const visualDiff = diff as (element: Element, name: string) => Promise<void>;
