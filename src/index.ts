/**
 * Every element, registered. This is the entry of the script-tag bundles and of the
 * package's main export; import `pinched-nerve-widgets/card` (etc.) for one element.
 */
export { PinchedNerveCard } from './card/define.js';
export { PinchedNerveSymptoms } from './symptoms/define.js';
export { PinchedNerveCheck } from './check/define.js';
export type { CallDetail, CtaDetail } from './shared/events.js';
export type { SymptomsChangeDetail } from './symptoms/pinched-nerve-symptoms.component.js';
// The map is not in this entry (nor the all-in-one bundle): import `pinched-nerve-widgets/map`
// or load dist/map.js. Its types are here, for the JSX types and TypeScript users.
export type { PinchedNerveMap, MapChangeDetail } from './map/pinched-nerve-map.component.js';
export type {
  CheckStatus,
  ErrorDetail,
  StepDetail,
  SubmitDetail,
  SuccessDetail,
} from './check/pinched-nerve-check.component.js';
export type { Payload, PayloadValue, Encoding } from './client/encode.js';
export { registerTranslation } from './i18n/translations.js';
export type { Messages, Translation } from './content/types.js';
