/** The two parts of the spine the widgets explain. */
export type Region = 'cervical' | 'lumbar';

/** A region as a person picks it on the form: one part of the spine, or both. */
export type RegionChoice = Region | 'both';

/** A labelled choice on the form: `value` is what the payload carries, `label` what people read. */
export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

/** The words of one region's column on the card. */
export interface RegionContent {
  heading: string;
  intro: string;
  symptoms: readonly string[];
}

/** Every word the comparison card shows; a translation supplies another object of this shape. */
export interface CardContent {
  heading: string;
  intro: readonly string[];
  regions: Record<Region, RegionContent>;
  treatmentHeading: string;
  treatment: string;
  ctaText: string;
  ctaLabel: string;
  callPrefix: string;
  attributionPrefix: string;
  attribution: string;
}
