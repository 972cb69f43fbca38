// Types for the built files the browser tests import (`import '../../dist/check.js'`): the
// classes and `registerTranslation` each exports, typed from the source they are built from.
// A wildcard, since a test's relative path to dist/ depends on its folder.

declare module '*/dist/pinched-nerve-widgets.js' {
  export const PinchedNerveCard: typeof import('../../src/card/pinched-nerve-card.component.js').PinchedNerveCard;
  export type PinchedNerveCard =
    import('../../src/card/pinched-nerve-card.component.js').PinchedNerveCard;
  export const PinchedNerveSymptoms: typeof import('../../src/symptoms/pinched-nerve-symptoms.component.js').PinchedNerveSymptoms;
  export type PinchedNerveSymptoms =
    import('../../src/symptoms/pinched-nerve-symptoms.component.js').PinchedNerveSymptoms;
  export const PinchedNerveCheck: typeof import('../../src/check/pinched-nerve-check.component.js').PinchedNerveCheck;
  export type PinchedNerveCheck =
    import('../../src/check/pinched-nerve-check.component.js').PinchedNerveCheck;
  export const registerTranslation: typeof import('../../src/i18n/translations.js').registerTranslation;
}
declare module '*/dist/card.js' {
  export const PinchedNerveCard: typeof import('../../src/card/pinched-nerve-card.component.js').PinchedNerveCard;
  export type PinchedNerveCard =
    import('../../src/card/pinched-nerve-card.component.js').PinchedNerveCard;
  export const registerTranslation: typeof import('../../src/i18n/translations.js').registerTranslation;
}
declare module '*/dist/symptoms.js' {
  export const PinchedNerveSymptoms: typeof import('../../src/symptoms/pinched-nerve-symptoms.component.js').PinchedNerveSymptoms;
  export type PinchedNerveSymptoms =
    import('../../src/symptoms/pinched-nerve-symptoms.component.js').PinchedNerveSymptoms;
  export const registerTranslation: typeof import('../../src/i18n/translations.js').registerTranslation;
}
declare module '*/dist/check.js' {
  export const PinchedNerveCheck: typeof import('../../src/check/pinched-nerve-check.component.js').PinchedNerveCheck;
  export type PinchedNerveCheck =
    import('../../src/check/pinched-nerve-check.component.js').PinchedNerveCheck;
  export const registerTranslation: typeof import('../../src/i18n/translations.js').registerTranslation;
}
declare module '*/dist/map.js' {
  export const PinchedNerveMap: typeof import('../../src/map/pinched-nerve-map.component.js').PinchedNerveMap;
  export type PinchedNerveMap =
    import('../../src/map/pinched-nerve-map.component.js').PinchedNerveMap;
  export const registerTranslation: typeof import('../../src/i18n/translations.js').registerTranslation;
}
