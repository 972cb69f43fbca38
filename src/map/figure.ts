import { html, svg, type TemplateResult } from 'lit';
import type { Root } from './roots.js';

/**
 * Where each root is typically felt, drawn on one side of the body (the person's left): the
 * front view for most, the back view for C7 (back of the arm) and S1 (calf and heel). Each
 * figure is 100 wide, centred on x = 50; the front one's left side is on the viewer's right.
 */
const AREAS: Record<Root, [view: 0 | 1, d: string]> = {
  C5: [0, 'M64 37Q77 31 82 45V66H76V49Q72 43 64 41Z'],
  C6: [0, 'M76.5 76H82V114Q84 125 80 131L77 130Q76 124 76.5 114Z'],
  C7: [1, 'M20.5 48H26.5V112L25.5 132H22.5L21.5 112Z'],
  C8: [0, 'M71 76H76.5V114Q76 124 75 130L72 129Q70 122 71 114Z'],
  L3: [0, 'M52 122H66L65 164Q59 170 53 164Z'],
  L4: [0, 'M52 146H58L57 170L56 212L53 224L50 221L51.5 170Z'],
  L5: [0, 'M60 172H66.5L66 222Q60 227 52 224L57 217L59 210Z'],
  S1: [1, 'M35 168H47L46 208Q47 222 41 226Q34 225 33 216L35 206Z'],
};

/** A plain, friendly figure: head, neck, trunk, arms hanging with palms forward, legs. */
const body = svg`<g class="body">
  <circle cx="50" cy="18" r="13" />
  <rect x="44" y="28" width="12" height="12" />
  <path d="M30 38Q50 33 70 38L68 112Q50 118 32 112Z" />
  <circle cx="28" cy="44" r="9" />
  <circle cx="72" cy="44" r="9" />
  <rect x="18" y="42" width="11" height="72" rx="5.5" />
  <rect x="71" y="42" width="11" height="72" rx="5.5" />
  <ellipse cx="23.5" cy="121" rx="6" ry="10" />
  <ellipse cx="76.5" cy="121" rx="6" ry="10" />
  <rect x="33" y="104" width="16" height="112" rx="7" />
  <rect x="51" y="104" width="16" height="112" rx="7" />
  <ellipse cx="41" cy="220" rx="9" ry="5" />
  <ellipse cx="59" cy="220" rx="9" ry="5" />
</g>`;

/**
 * The front and back figures with the areas of the roots shown; the chosen one filled and
 * outlined solid (and drawn last, over any area it overlaps), the others dashed, so the choice never rests on colour alone. Decorative to
 * screen readers: the radio groups and the panel say the same in words.
 */
export function figure(
  roots: readonly Root[],
  chosen: Root | '',
  labels: readonly [front: string, back: string],
  onPick: (event: PointerEvent) => void,
): TemplateResult {
  const view = (v: 0 | 1) => svg`<g transform="translate(${5 + v * 110})">
    ${body}
    ${v ? svg`<path class="spine" d="M50 40V108" />` : null}
    ${[...roots.filter((r) => r !== chosen), ...roots.filter((r) => r === chosen)]
      .filter((root) => AREAS[root][0] === v)
      .map(
        (root) =>
          svg`<path class="area ${root === chosen ? 'on' : ''}" data-root=${root} d=${AREAS[root][1]} />`,
      )}
    <text x="50" y="246">${labels[v]}</text>
  </g>`;
  return html`<svg
    part="figure"
    viewBox="0 0 220 252"
    aria-hidden="true"
    focusable="false"
    @pointerup=${onPick}
  >
    ${view(0)} ${view(1)}
  </svg>`;
}
