/**
 * A server's or service's error on one field, in the client's own words: `field` is a payload
 * key (or `#n` for an error on no field), `kind` says whether the service found the answer
 * missing (`required`), wrong (`invalid`) or said something else (`other`, its `text` is then
 * the only thing to show). The form chooses the message.
 */
export interface FieldError {
  field: string;
  kind: 'required' | 'invalid' | 'other';
  text: string;
}

/** Adds an error unless its field already has one: at most one per field, in the server's order. */
export function addFieldError(list: FieldError[], error: FieldError): void {
  if (!list.some((e) => e.field === error.field)) list.push(error);
}
