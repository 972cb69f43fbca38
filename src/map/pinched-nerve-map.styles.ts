import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

export const mapStyles = [
  baseStyles,
  css`
    .map {
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
    p {
      margin: 0 0 0.75em;
    }
    .note {
      font-weight: 700;
    }
    .layout {
      display: grid;
      gap: var(--_space);
      margin-block: var(--_space);
    }
    svg {
      display: block;
      width: 100%;
      max-width: 24rem;
      margin-inline: auto;
      color: var(--_border);
      font-weight: 700;
    }
    /* Opacity on the group, so the two halves and the head read as one flat silhouette. */
    .body {
      fill: currentColor;
      opacity: 0.13;
    }
    .spine {
      stroke: color-mix(in srgb, currentColor 35%, transparent);
      stroke-dasharray: 3 3;
    }
    path:not(.body *) {
      fill: none;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .area {
      stroke: color-mix(in srgb, var(--_accent) 45%, transparent);
      cursor: pointer;
    }
    .area.on {
      stroke: var(--_accent);
    }
    /* The chosen band's outline: a wider stroke under it, in the text colour. */
    .edge {
      stroke: currentColor;
    }
    /* The same band on the other side, lighter and dashed: it can be either side. */
    .echo {
      stroke: var(--_accent);
      stroke-dasharray: 5 4;
      opacity: 0.6;
    }
    .tag {
      cursor: pointer;
    }
    .tag circle {
      fill: Canvas;
      stroke: var(--_accent);
      stroke-width: 1.5;
    }
    .tag.on circle {
      fill: var(--_accent);
      stroke: currentColor;
      stroke-width: 2.5;
    }
    text {
      fill: currentColor;
      font-size: 11px;
      text-anchor: middle;
      pointer-events: none;
    }
    .tag.on text {
      fill: var(--_accent-contrast);
      font-size: 12px;
    }
    .view {
      font-size: 13px;
      font-weight: 400;
    }
    fieldset {
      margin: 0 0 var(--_space);
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      margin-bottom: 0.25em;
      padding: 0;
    }
    .group legend {
      font-weight: 400;
    }
    .roots {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25em;
    }
    .panel {
      padding: var(--_space);
      border-radius: var(--_radius);
      border: 1px solid color-mix(in srgb, var(--_border) 20%, transparent);
    }
    .panel :is(h2, h3, h4, h5, h6) {
      margin: 0 0 0.5em;
      font-size: 1.15em;
      line-height: 1.3;
    }
    .region {
      font-weight: 400;
    }
    dl,
    dd {
      margin: 0;
    }
    dt {
      font-weight: 700;
    }
    dd + dt {
      margin-top: 0.5em;
    }
    .warning {
      margin-top: var(--_space);
    }
    .cta {
      padding-top: var(--_space);
      border-top: 1px solid color-mix(in srgb, var(--_border) 25%, transparent);
    }
    .cta-text {
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
    @container (min-width: 40rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
    }
    @media (forced-colors: active) {
      .map,
      .panel {
        border-color: CanvasText;
      }
      svg {
        forced-color-adjust: none;
        color: CanvasText;
      }
      .body {
        fill: GrayText;
        opacity: 0.5;
      }
      .area {
        stroke: GrayText;
      }
      .area.on,
      .echo,
      .tag.on circle {
        stroke: Highlight;
      }
      .edge,
      .tag circle {
        stroke: CanvasText;
      }
      .tag.on circle {
        fill: Highlight;
      }
      .tag.on text {
        fill: HighlightText;
      }
    }
  `,
];
