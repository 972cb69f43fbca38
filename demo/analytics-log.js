// Shows, in the page's "Analytics log" panel, what a marketer's analytics would receive from the
// widgets' events. Only step numbers and outcomes are copied out of an event, never its whole
// detail: pinched-nerve-submit carries the person's answers, which must stay out of analytics.
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
  document.addEventListener('pinched-nerve-success', () => record('check_sent'));
  document.addEventListener('pinched-nerve-error', (event) => {
    record('check_failed', { status: number(event.detail?.status) });
  });
})();
