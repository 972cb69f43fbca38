/**
 * The widgets as a Next.js App Router page has them: a `'use client'` component rendered to
 * HTML on the server by React 19's react-dom/server (test/server/server-render.mjs), that HTML
 * in the page before any script, then the component's module (which defines the tags, from the
 * package's built modules) and `hydrateRoot`. The component is the one docs/frameworks.md shows
 * ("Next.js"); the form sends to the real test endpoint.
 */
import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import type { PinchedNerveCheck } from '../../src/check/pinched-nerve-check.component.js';
import type { PinchedNerveSymptoms } from '../../src/symptoms/pinched-nerve-symptoms.component.js';
import { captureWarnings } from '../helpers/console.js';
import { endpointFor } from '../helpers/endpoint.js';
import { pressSubmit } from '../helpers/form.js';
import { text } from '../helpers/text.js';
import { drawn, fillSteps2And3, watchErrors } from './shared.js';

// test/helpers/form.js and ./shared.js import the elements' types only: the tags stay undefined
// until the component's module loads the built ones.
const h = React.createElement;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** The components' own modules, named at run time so the type check leaves them to test/package/. */
const NEXT = './next/';
type Component = React.FunctionComponent<Record<string, unknown>>;

/** What a server component would pass: plain data, pointing at the test endpoint. */
const clinicFor = (endpoint: string) => ({
  id: 'lakeside-01',
  name: 'Lakeside Spine Clinic',
  thanks: 'Thank you. We will call you within one working day.',
  formsOrigin: new URL(endpoint).origin,
  formsPath: new URL(endpoint).pathname,
  site: 'https://lakeside.example',
});

/** The server's HTML for `<file>.tsx`'s `name` with `props`, put in a page as Next.js sends it. */
async function serverRendered(file: string, name: string, props: object) {
  const response = await fetch(
    `/__ssr__/${file}/${name}?props=${encodeURIComponent(JSON.stringify(props))}`,
  );
  expect(response.status, 'the server rendering').to.equal(200);
  const container = document.createElement('div');
  // The page as the browser parsed it, before any script: a test may write HTML this way.
  container.innerHTML = await response.text();
  document.body.append(container);
  return container;
}

/**
 * Hydrates `container` with the component: resolves once React has committed and run the
 * component's effects (a parent's effect runs after its children's), with the errors React
 * recovered from (a mismatch makes React drop the server's HTML and draw it again).
 */
async function hydrate(container: HTMLElement, component: Component, props: object) {
  const recovered: unknown[] = [];
  let root!: ReactDOMClient.Root;
  await new Promise<void>((resolve) => {
    function Hydrated() {
      React.useEffect(resolve, []);
      return h(component, props as Record<string, unknown>);
    }
    root = ReactDOMClient.hydrateRoot(container, h(Hydrated), {
      onRecoverableError: (error) => recovered.push(error),
    });
  });
  return { root, recovered };
}

describe('the widgets in a Next.js page: rendered on the server, hydrated in the browser', () => {
  const errors = watchErrors();

  it('sends to the URL endpoint with the hidden fields and the page’s symptoms; both listeners run', async () => {
    const ep = endpointFor('ok');
    const clinic = clinicFor(ep.url);
    const container = await serverRendered('candidate-check', 'CandidateCheck', { clinic });
    const fromServer = [...container.children];
    expect(fromServer.map((el) => el.localName)).to.deep.equal([
      'pinched-nerve-symptoms',
      'pinched-nerve-check',
    ]);
    expect(customElements.get('pinched-nerve-check'), 'defined before the script').to.equal(
      undefined,
    );
    const consoleErrors = captureWarnings('error');
    const ticked: number[] = [];
    const sent: number[] = [];
    try {
      const { CandidateCheck } = (await import(`${NEXT}candidate-check.tsx`)) as {
        CandidateCheck: Component;
      };
      const { root, recovered } = await hydrate(container, CandidateCheck, {
        clinic,
        onTicked: (count: number) => ticked.push(count),
        onSent: (status: number) => sent.push(status),
      });
      try {
        expect(recovered, 'hydration errors').to.deep.equal([]);
        // The same nodes (compared one by one: a deep comparison would walk React's fibers).
        expect(container.children.length).to.equal(2);
        for (const [i, el] of fromServer.entries())
          expect(container.children[i] === el, `${el.localName} kept`).to.equal(true);
        const list = fromServer[0] as PinchedNerveSymptoms;
        const check = fromServer[1] as PinchedNerveCheck;
        await waitUntil(() => check.hasUpdated && list.hasUpdated, 'never drawn');
        drawn(list);
        drawn(check);
        const boxes = list.shadowRoot!.querySelectorAll<HTMLInputElement>('input');
        expect([...boxes].map((b) => b.value)).to.deep.equal(['Arm pain', 'Hand weakness']);

        boxes[0]!.click();
        await check.updateComplete;
        expect(ticked, 'the symptom-change listener').to.deep.equal([1]);
        expect($<HTMLInputElement>(check, '#f-region')!.checked, 'neck preselected').to.equal(true);
        await fillSteps2And3(check);
        expect(text($(check, 'label[for="f-consent"]'))).to.contain('Lakeside Spine Clinic');
        expect($<HTMLAnchorElement>(check, '.privacy a')!.href).to.equal(
          'https://lakeside.example/privacy',
        );
        await pressSubmit(check);
        await waitUntil(() => sent.length === 1, 'the success listener never ran');
        expect(sent).to.deep.equal([200]);
        await check.updateComplete;
        expect(text($(check, '#status'))).to.contain('within one working day');

        const { requests } = await ep.received();
        expect(requests, 'requests to the endpoint').to.have.length(1);
        const body = JSON.parse(requests[0]!.body) as Record<string, unknown>;
        expect(body).to.deep.include({
          clinic_id: 'lakeside-01',
          campaign: 7,
          region: 'cervical',
          symptoms: ['Arm pain'],
        });
        expect(consoleErrors.messages, 'console errors').to.deep.equal([]);
      } finally {
        root.unmount();
      }
    } finally {
      consoleErrors.restore();
      container.remove();
    }
  });

  it('names what the server lost, and the fix, in one console error: camelCase props', async () => {
    const clinic = clinicFor(endpointFor('ok').url);
    const consoleErrors = captureWarnings('error');
    const container = await serverRendered('camel-case', 'CamelCaseCheck', { clinic });
    try {
      // The server wrote no endpoint, and camelCase names HTML lowercases.
      const check = container.querySelector('pinched-nerve-check') as PinchedNerveCheck;
      expect(check.getAttributeNames().sort()).to.deep.equal([
        'clinicname',
        'id',
        'successmessage',
      ]);
      const { CamelCaseCheck } = (await import(`${NEXT}camel-case.tsx`)) as {
        CamelCaseCheck: Component;
      };
      const { root } = await hydrate(container, CamelCaseCheck, { clinic });
      try {
        await waitUntil(() => check.hasUpdated, 'never drawn');
        expect(check.endpoint, 'hydration set no property').to.equal(undefined);
        expect(consoleErrors.messages, consoleErrors.messages.join('\n')).to.have.length(1);
        const [message] = consoleErrors.messages;
        expect(message).to.match(
          /^<pinched-nerve-check>: server rendering lost clinicName, successMessage, endpoint\. /,
        );
        for (const fix of ['(clinic-name, success-message, endpoint)', 'as text', 'Next.js'])
          expect(message).to.contain(fix);
      } finally {
        root.unmount();
      }
    } finally {
      consoleErrors.restore();
      container.remove();
    }
  });

  after(() => expect(errors(), 'uncaught errors').to.deep.equal([]));
});
