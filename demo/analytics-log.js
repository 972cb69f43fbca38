// Shows, in the page's "Analytics log" panel, what a marketer's analytics would receive from the
// widgets' events. Only the events that carry no personal or health data are forwarded: steps,
// and the card's button and phone link. pinched-nerve-submit, -success and -error carry the
// patient's answers and are never forwarded, not even in part.
(() => {
  const log = document.querySelector('[data-analytics-log]');
  if (!log) return;

  const record = (name, params = {}) => {
    log.querySelector('.empty')?.remove();
    const item = document.createElement('li');
    const time = new Date().toLocaleTimeString([], { hour12: false });
    const fields = Object.entries(params).map(([key, value]) => ` ${key}=${value}`);
    item.textContent = `${time} ${name}${fields.join('')}`;
    log.append(item);
    log.scrollTop = log.scrollHeight;
  };

  // Numbers only, even if a future version of the event carried more.
  const number = (value) => (Number.isFinite(Number(value)) ? Number(value) : '?');

  document.addEventListener('pinched-nerve-step', (event) => {
    record('check_step', { step: number(event.detail?.step), of: number(event.detail?.of) });
  });
  document.addEventListener('pinched-nerve-cta', () => record('check_cta'));
  document.addEventListener('pinched-nerve-call', () => record('clinic_call'));
})();
