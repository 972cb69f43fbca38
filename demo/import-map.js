// The import-map demo's own module: the same bare import an app with a bundler would write,
// resolved by the page's import map to the package's ES modules and to Lit in node_modules.
import { PinchedNerveCheck } from 'pinched-nerve-widgets';

const status = document.querySelector('[data-import-map-status]');
const check = document.querySelector('pinched-nerve-check');

if (status && check instanceof PinchedNerveCheck) {
  status.textContent = 'Loaded: pinched-nerve-widgets from dist/lib/, Lit from node_modules.';
  // Step numbers only: the submit, success and error events carry health data and are never
  // forwarded or shown.
  document.addEventListener('pinched-nerve-step', ({ detail }) => {
    status.textContent = `Loaded from dist/lib/. The form shows step ${detail.step} of ${detail.of}.`;
  });
}
