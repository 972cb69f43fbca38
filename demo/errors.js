// Sets the candidate-check form's demo_scenario from the page's ?scenario= and marks the link of
// the scenario in use. Without this script the page still works, with its default scenario.
(() => {
  const scenarios = ['server-error', 'field-errors', 'rate-limited', 'slow'];
  const requested = new URLSearchParams(location.search).get('scenario');
  const check = document.getElementById('candidate-check');
  if (!check) return;

  let hidden = {};
  try {
    hidden = JSON.parse(check.getAttribute('hidden-fields') || '{}');
  } catch {
    // the attribute in the HTML is valid JSON; nothing to keep if someone broke it
  }
  const scenario = scenarios.includes(requested) ? requested : hidden.demo_scenario;
  check.setAttribute('hidden-fields', JSON.stringify({ ...hidden, demo_scenario: scenario }));

  for (const link of document.querySelectorAll('[data-scenario]')) {
    if (link.dataset.scenario === scenario) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  const current = document.querySelector('[data-current-scenario]');
  if (current) current.textContent = scenario;
})();
