/**
 * Every element, registered. This is the entry of the script-tag bundles and of the
 * package's main export; import `pinched-nerve-widgets/card` (etc.) for one element.
 */
export { PinchedNerveCard } from './card/define.js';
export { PinchedNerveSymptoms } from './symptoms/define.js';
export { PinchedNerveCheck } from './check/define.js';
