// The form's own payload, loaded only to rename its keys (`field-names`); without them the form
// sends the payload as it is and never loads this.
import type { FieldErrors } from '../response.js';
import type { FormatModule } from '../formats.js';
import { submit } from '../submit.js';
import { original, readFieldNames, rename } from './field-names.js';

export const setup: FormatModule['setup'] = (form) => {
  const { names, error } = readFieldNames(form);
  return {
    error,
    send: async (payload, options) => {
      const result = await submit(rename(payload, names), options);
      if (result.ok) return result;
      const fieldErrors: FieldErrors = {};
      for (const [key, e] of Object.entries(result.fieldErrors))
        fieldErrors[original(key, names)] = e;
      return { ...result, fieldErrors };
    },
  };
};
