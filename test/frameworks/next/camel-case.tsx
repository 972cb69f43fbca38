'use client';

import 'pinched-nerve-widgets';
import type { Clinic } from './candidate-check';

// What breaks under server rendering: the React example for a page drawn in the browser only.
// The server writes no URL, object or list, and writes a camelCase prop as an attribute.
export function CamelCaseCheck({ clinic }: { clinic: Clinic }) {
  return (
    <pinched-nerve-check
      id="camel-case-check"
      endpoint={new URL(clinic.formsPath, clinic.formsOrigin)}
      hiddenFields={{ clinic_id: clinic.id }}
      clinicName={clinic.name}
      successMessage={clinic.thanks}
    />
  );
}
