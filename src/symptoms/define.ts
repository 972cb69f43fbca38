import { define } from '../shared/define.js';
import { PinchedNerveSymptoms } from './pinched-nerve-symptoms.component.js';

define('pinched-nerve-symptoms', PinchedNerveSymptoms);

export { PinchedNerveSymptoms };
