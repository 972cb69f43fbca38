import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Root } from './roots.js';

/**
 * The body, half of it: everything right of the middle line (x = 0) but the head, drawn once
 * and mirrored for the other half. A flat, smooth silhouette, arms hanging with the palms
 * forward, so the thumb is on the outer side in both views.
 */
const HALF =
  'M-1 27H6Q6 36 9 38Q14 41 22 42Q34 44 36 58L40 96L44 137Q48 144 46 156Q44 165 38 165Q34 164 33 156L33 139L29 98L27 74Q25 90 23 104Q26 114 26 126Q25 160 20 186Q18 212 16 234Q22 244 20 249Q14 252 7 250Q4 246 5 236Q5 210 4 188Q3 160 1 138H-1Z';

/**
 * Where each root is typically felt, as a band along the limb on the person's right side: the
 * front view for most, the back view for C7 (back of the arm) and S1 (calf and heel). `at` is
 * the band's label, at the root's key sensory point where there is room.
 */
const BANDS: Record<Root, [view: 0 | 1, width: number, d: string, at: [x: number, y: number]]> = {
  C5: [0, 7, 'M15 45Q30 46 33 62L36 92', [45, 47]],
  C6: [0, 5, 'M37.6 102L40.8 134Q42.5 146 42 154', [53, 146]],
  C7: [1, 6, 'M32 70L33.7 98L38.5 137L39 157', [39, 175]],
  C8: [0, 5, 'M32.2 102L35.6 136Q36 150 36.5 158', [30, 174]],
  L3: [0, 9, 'M11 146Q15 164 12 180', [11, 140]],
  L4: [0, 6, 'M8 193Q8 214 7.8 232', [1, 217]],
  L5: [0, 6, 'M15.5 193Q15.5 214 13.5 232Q13 242 8.5 246', [23, 204]],
  S1: [1, 9, 'M11.5 193Q12 214 11.5 234Q12 245 16 246', [12, 182]],
};

/** One half of the body, the head, and the middle line of the back in the back view. */
const body = (back: 0 | 1) => svg`<g class="body">
  <ellipse cx="0" cy="15" rx="11.5" ry="13.5" />
  <path d=${HALF} />
  <path d=${HALF} transform="scale(-1 1)" />
</g>
${back ? svg`<path class="spine" d="M0 42V118" />` : nothing}`;

/**
 * The front and back figures with each root's band, labelled. The person's right side carries
 * the bands; the chosen one is wider, outlined and filled with the accent (and its label
 * larger and filled), so the choice never rests on colour alone; a lighter copy on the left
 * side shows that either side can be affected. Decorative to screen readers: the radio groups
 * and the panel say the same in words.
 */
export function figure(
  roots: readonly Root[],
  chosen: Root | '',
  labels: readonly [front: string, back: string],
  onPick: (event: PointerEvent) => void,
): TemplateResult {
  // The person's right is on the viewer's left in the front view, on the right in the back view.
  const view = (v: 0 | 1) => {
    const side = v ? 1 : -1;
    const shown = roots.filter((root) => BANDS[root][0] === v);
    const band = (root: Root, cls: string, flip = 1, wider = 0) =>
      svg`<path class=${cls} data-root=${root} d=${BANDS[root][2]} stroke-width=${BANDS[root][1] + wider} transform="scale(${side * flip} 1)" />`;
    return svg`<g transform="translate(${68 + v * 132} 8)">
      ${body(v)}
      ${chosen && shown.includes(chosen) ? [band(chosen, 'echo', -1), band(chosen, 'edge', 1, 4)] : nothing}
      ${shown.map((root) => band(root, root === chosen ? 'area on' : 'area'))}
      ${shown.map((root) => {
        const [x, y] = BANDS[root][3];
        return svg`<g class=${root === chosen ? 'tag on' : 'tag'} data-root=${root}>
          <circle cx=${x * side} cy=${y} r=${root === chosen ? 10 : 8} data-root=${root} />
          <text x=${x * side} y=${y + 3.5}>${root}</text>
        </g>`;
      })}
      <text class="view" y="274">${labels[v]}</text>
    </g>`;
  };
  return html`<svg
    part="figure"
    viewBox="0 0 268 288"
    aria-hidden="true"
    focusable="false"
    @pointerup=${onPick}
  >
    ${view(0)} ${view(1)}
  </svg>`;
}
