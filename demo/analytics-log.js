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
    // Formatted by hand: the first toLocaleTimeString() on a page loads locale data, ~50 ms of
    // main thread in the middle of the widgets' first render.
    const now = new Date();
    const time = [now.getHours(), now.getMinutes(), now.getSeconds()]
      .map((n) => String(n).padStart(2, '0'))
      .join(':');
    const fields = Object.entries(params).map(([key, value]) => ` ${key}=${value}`);
    item.textContent = `${time} ${name}${fields.join('')}`;
    log.append(item);
    // In the next frame, not now: reading scrollHeight here would force a layout of the whole
    // page in the middle of the widgets' first render (the form reports step 1 as it renders),
    // which made the demo's longest task 3x longer.
    requestAnimationFrame(() => (log.scrollTop = log.scrollHeight));
  };

  // Numbers only, even if a future version of the event carried more.
  const number = (value) => (Number.isFinite(Number(value)) ? Number(value) : '?');

  document.addEventListener('pinched-nerve-step', (event) => {
    record('check_step', { step: number(event.detail?.step), of: number(event.detail?.of) });
  });
  document.addEventListener('pinched-nerve-cta', () => record('check_cta'));
  document.addEventListener('pinched-nerve-call', () => record('clinic_call'));
})();
