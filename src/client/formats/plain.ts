// The form's own payload, loaded only to rename its keys (`field-names`); without them the form
// sends the payload as it is and never loads this.
import type { FormatModule } from '../formats.js';
import { submit } from '../submit.js';
import { original, readFieldNames, rename } from './field-names.js';

export const setup: FormatModule['setup'] = (config) => {
  const { names, error, notes } = readFieldNames(config);
  return {
    error,
    notes,
    send: async (payload, target) => {
      const result = await submit(rename(payload, names), target);
      if (result.ok) return result;
      const fieldErrors = result.fieldErrors.map((e) => ({
        ...e,
        field: original(e.field, names),
      }));
      return { ...result, fieldErrors };
    },
  };
};
