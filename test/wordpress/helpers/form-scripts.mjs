// Functions evaluated inside a WordPress page: a patient fills in the candidate form.

/**
 * Fills in every answer of the first `<pinched-nerve-check>` (layout="single"), records the
 * payload the form fires, presses Send and waits for the outcome. Returns what the patient sees.
 */
export async function completeForm() {
  const deadline = Date.now() + 15000;
  const form = () => document.querySelector('pinched-nerve-check');
  while (!form()?.shadowRoot?.querySelector('#f-name')) {
    if (Date.now() > deadline) throw new Error('the form never drew');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const el = form();
  const $ = (selector) => el.shadowRoot.querySelector(selector);
  const tick = async (id) => {
    $(`#${id}`).click();
    await el.updateComplete;
  };
  const type = async (id, value) => {
    const input = $(`#${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  window.__sent = [];
  document.addEventListener('pinched-nerve-submit', (e) =>
    window.__sent.push(JSON.stringify(e.detail.payload)),
  );
  await tick('f-region-1');
  await tick('f-symptoms');
  await tick('f-duration-2');
  await tick('f-treatments');
  await tick('f-mri');
  await type('f-name', 'Ada Lovelace');
  await type('f-phone', '(555) 010-2000');
  await type('f-email', 'ada@example.com');
  await tick('f-contact_method-1');
  await tick('f-consent');
  const outcome = new Promise((resolve) => {
    el.addEventListener('pinched-nerve-success', () => resolve('success'), { once: true });
    el.addEventListener('pinched-nerve-error', (e) => resolve(`error ${e.detail.status}`), {
      once: true,
    });
  });
  $('[part~="submit-button"]').click();
  const event = await outcome;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve)); // and what that drawing queued
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    event,
    sent: window.__sent,
    status: text($('[part~="status"]')),
    errorSummary: text($('[part~="error-summary"]')),
    kept: {
      name: $('#f-name')?.value,
      phone: $('#f-phone')?.value,
      email: $('#f-email')?.value,
      consent: $('#f-consent')?.checked,
    },
  };
}
