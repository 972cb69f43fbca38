// The snippet builder's rules (demo/builder-rules.js) in Node, and settings to try them on.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

// The page's classic script sets `builderRules` on its global object: here, this sandbox.
const sandbox = { URL };
runInNewContext(
  readFileSync(new URL('../../demo/builder-rules.js', import.meta.url), 'utf8'),
  sandbox,
);
export const rules = sandbox.builderRules;

/** The settings as the builder's form gives them, with `changes` on top. */
export const settings = (changes = {}) => ({
  elements: ['card', 'check'],
  region: 'both',
  phone: '(555) 010-4477',
  clinicName: 'Lakeside Spine',
  endpoint: 'https://forms.example.com/candidate-check',
  fieldNames: '',
  privacyUrl: '',
  pageUrl: '',
  lang: 'en',
  layout: 'steps',
  accent: '#0b5394',
  files: '/assets/',
  ...changes,
});
