import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

export const symptomsStyles = [
  baseStyles,
  css`
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
