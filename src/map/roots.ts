import type { Region } from '../content/types.js';

/** The nerve roots the map shows, neck (cervical) first, each in the order of the spine. */
export const ROOTS = ['C5', 'C6', 'C7', 'C8', 'L3', 'L4', 'L5', 'S1'] as const;

export type Root = (typeof ROOTS)[number];

/** C roots leave the neck; L and S roots the lower back. */
export const regionOf = (root: Root): Region => (root[0] === 'C' ? 'cervical' : 'lumbar');
