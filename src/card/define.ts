import { define } from '../shared/define.js';
import { PinchedNerveCard } from './pinched-nerve-card.component.js';

define('pinched-nerve-card', PinchedNerveCard);

export { PinchedNerveCard };
