/** Records console.warn / console.error calls for the duration of a test. */
export function captureWarnings(method: 'warn' | 'error' = 'warn') {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console[method] = original) };
}
