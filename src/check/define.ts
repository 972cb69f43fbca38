import { define } from '../shared/define.js';
import { PinchedNerveCheck } from './pinched-nerve-check.component.js';

define('pinched-nerve-check', PinchedNerveCheck);

export { PinchedNerveCheck };
