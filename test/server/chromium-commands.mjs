// Test commands that only Chromium can answer, through its DevTools protocol. Firefox and WebKit
// cannot emulate forced colours, so a test that needs these runs in Chromium only and says so.

/** The test's page, or an error naming the engine that cannot do it. */
function chromiumPage(session, command) {
  if (session.browser.name !== 'Chrome' || typeof session.browser.getPage !== 'function')
    throw new Error(`${command}: Chromium only, not ${session.browser.name}`);
  return session.browser.getPage(session.id);
}

/** The focused node of Chromium's accessibility tree, with the nodes around it, outermost first. */
function focusedNode(node, ancestors = []) {
  if (!node) return null;
  const { children, ...own } = node;
  if (own.focused) return { ...own, ancestors };
  for (const child of children ?? []) {
    const found = focusedNode(child, [...ancestors, own]);
    if (found) return found;
  }
  return null;
}

// Emulation lasts only as long as the DevTools session that asked for it: one per page, kept.
const sessions = new WeakMap();
const cdp = async (page) => {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
};

export function chromiumCommands() {
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      // { forcedColors: 'active' | 'none', colorScheme: 'light' | 'dark' }: both at once, since
      // each call replaces every emulated media feature.
      if (command === 'emulate-forced-colors') {
        const page = chromiumPage(session, command);
        await (
          await cdp(page)
        ).send('Emulation.setEmulatedMedia', {
          features: [
            { name: 'forced-colors', value: payload?.forcedColors ?? '' },
            { name: 'prefers-color-scheme', value: payload?.colorScheme ?? '' },
          ],
        });
        return true;
      }
      // The focused element's role, name, description and states in the accessibility tree.
      if (command === 'focused-accessible-node') {
        const page = chromiumPage(session, command);
        return focusedNode(await page.accessibility.snapshot({ interestingOnly: false }));
      }
      return undefined;
    },
  };
}
