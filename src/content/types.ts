import type { en } from './en.js';
import type { map } from './map-en.js';

/** The two parts of the spine the widgets explain. */
export type Region = 'cervical' | 'lumbar';

/** A region as a person picks it on the form: one part of the spine, or both. */
export type RegionChoice = Region | 'both';

/** A labelled choice on the form: `value` is what the payload carries, `label` what people read. */
export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

type Words<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Words<T[K]> };

/**
 * Every default word of every element: the shape of a complete translation. The map's words
 * (`map`) are there once the map is loaded.
 */
export type Messages = Words<typeof en & { map?: typeof map }>;

type Partly<T> = T extends string | readonly string[]
  ? T
  : { readonly [K in keyof T]?: Partly<T[K]> };

/**
 * A translation, whole or in part: any key left out falls back to English, key by key.
 * Lists (symptoms, paragraphs, warning signs) are replaced whole.
 */
export type Translation = Partly<Messages>;

type Check = (typeof en)['check'];
export type Duration = keyof Check['duration']['choices'];
export type Treatment = keyof Check['treatments']['choices'];
export type MriAnswer = keyof Check['mri']['choices'];
export type ContactMethod = keyof Check['contactMethod']['choices'];
