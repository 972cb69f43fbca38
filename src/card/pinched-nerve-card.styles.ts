import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

export const cardStyles = [
  baseStyles,
  css`
    .card {
      container-type: inline-size;
      background: var(--_surface);
      border: 1px solid color-mix(in srgb, var(--_border) 25%, transparent);
      border-top: 0.35rem solid var(--_accent);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    .title {
      margin: 0 0 calc(var(--_space) * 0.75);
      font-size: 1.5em;
      line-height: 1.25;
    }
    .regions {
      display: grid;
      gap: var(--_space);
      margin-block: var(--_space);
    }
    .region :is(h2, h3, h4, h5, h6),
    .treatment > :first-child {
      margin: 0 0 0.5em;
      font-size: 1.15em;
      line-height: 1.3;
    }
    .region {
      padding: var(--_space);
      border-radius: var(--_radius);
      border: 1px solid color-mix(in srgb, var(--_border) 20%, transparent);
    }
    .region > p {
      margin: 0 0 0.5em;
    }
    .safety {
      margin-bottom: var(--_space);
    }
    .treatment p,
    .intro p {
      margin: 0 0 0.75em;
    }
    .cta {
      margin-top: var(--_space);
      padding-top: var(--_space);
      border-top: 1px solid color-mix(in srgb, var(--_border) 25%, transparent);
    }
    .cta-text {
      margin: 0 0 0.75em;
      font-size: 1.1em;
      font-weight: 600;
    }
    .cta-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
    }
    .phone {
      margin: 0;
      font-size: 1.1em;
    }
    .attribution {
      margin: var(--_space) 0 0;
      font-size: 0.9em;
    }
    .layout-columns .regions.count-2 {
      grid-template-columns: 1fr 1fr;
    }
    @container (min-width: 40rem) {
      .layout-auto .regions.count-2 {
        grid-template-columns: 1fr 1fr;
      }
    }
    @media (forced-colors: active) {
      .card,
      .region {
        border-color: CanvasText;
      }
    }
  `,
];
