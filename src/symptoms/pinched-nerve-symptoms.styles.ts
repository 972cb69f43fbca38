import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

export const symptomsStyles = [
  baseStyles,
  css`
    .symptoms {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .symptoms li + li {
      margin-top: 0.35em;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      margin-bottom: 0.5em;
      padding: 0;
    }
  `,
];
