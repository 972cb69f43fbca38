/** A payload value: the form's own are strings, string arrays and booleans; hidden fields may add numbers. */
export type PayloadValue = string | number | boolean | string[];

/** What the form sends: one flat object, each key a control's `name`. */
export type Payload = Record<string, PayloadValue>;

export type Encoding = 'json' | 'form' | 'multipart';

/**
 * Encodes a payload. `form` repeats keys for arrays (no CORS preflight, which many webhook
 * services need); `multipart` lets the browser set the boundary, so no content type is given.
 */
export function encode(
  payload: Payload | object,
  encoding: Encoding,
): { body: BodyInit; contentType?: string } {
  if (encoding === 'json') {
    return { body: JSON.stringify(payload), contentType: 'application/json' };
  }
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(payload as Payload)) {
    if (Array.isArray(value)) value.forEach((v) => pairs.push([key, v]));
    else pairs.push([key, String(value)]);
  }
  if (encoding === 'form') {
    return {
      body: new URLSearchParams(pairs).toString(),
      contentType: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  const data = new FormData();
  pairs.forEach(([k, v]) => data.append(k, v));
  return { body: data };
}
