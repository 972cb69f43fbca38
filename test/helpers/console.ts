/** Records console.warn / console.error calls for the duration of a test. */
export function captureWarnings(method: 'warn' | 'error' = 'warn') {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console[method] = original) };
}

/** The console.error calls made while `run` runs (a send, say). */
export async function errorsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const errors = captureWarnings('error');
  try {
    await run();
  } finally {
    errors.restore();
  }
  return errors.messages;
}
