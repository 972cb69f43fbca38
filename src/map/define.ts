import { define } from '../shared/define.js';
import { PinchedNerveMap } from './pinched-nerve-map.component.js';

define('pinched-nerve-map', PinchedNerveMap);

export { PinchedNerveMap };
export type { MapChangeDetail } from './pinched-nerve-map.component.js';
