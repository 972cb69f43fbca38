import { WAIT_MS } from '../helpers/testing.js';

/** What record.js collects inside a fixture page while it loads. */
export interface Recorded {
  errors: string[];
  violations: string[];
}

/** A Lit element seen from another realm, where `instanceof` does not hold. */
export interface RenderedElement extends HTMLElement {
  updateComplete: Promise<boolean>;
}

export interface Fixture {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { __embed?: Recorded };
  document: Document;
}

const frames: HTMLIFrameElement[] = [];

/** Loads a fixture page in a wide iframe and resolves once its scripts have run. */
export async function openFixture(name: string): Promise<Fixture> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 960px; height: 1400px; border: 0';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve()));
  frame.src = `/test/embed/fixtures/${name}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return {
    frame,
    window: frame.contentWindow as Fixture['window'],
    document: frame.contentDocument!,
  };
}

export function closeFixtures(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Waits for a tag inside the fixture to be defined and rendered; fails with the tag's name. */
export async function rendered(fixture: Fixture, tag: string): Promise<RenderedElement> {
  const el = fixture.document.querySelector<RenderedElement>(tag);
  if (!el) throw new Error(`<${tag}> is not in ${fixture.frame.src}`);
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`<${tag}> was never defined in ${fixture.frame.src}`)),
      WAIT_MS,
    ),
  );
  await Promise.race([fixture.window.customElements.whenDefined(tag), timeout]);
  await el.updateComplete;
  return el;
}

/** Fails early, with the fix, when the bundles have not been built. */
export async function requireBundles(): Promise<void> {
  for (const file of ['pinched-nerve-widgets.js', 'pinched-nerve-widgets.iife.js']) {
    const res = await fetch(`/dist/${file}`, { method: 'HEAD' });
    if (!res.ok) throw new Error(`/dist/${file} is missing: run \`npm run build\` first.`);
  }
}
