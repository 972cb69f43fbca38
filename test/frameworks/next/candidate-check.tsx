'use client';

import { useEffect, useRef } from 'react';
import 'pinched-nerve-widgets'; // defines the tags in the browser; harmless on the server
import type { PinchedNerveCheck, PinchedNerveSymptoms } from 'pinched-nerve-widgets';

export interface Clinic {
  id: string;
  name: string;
  thanks: string;
  formsOrigin: string;
  formsPath: string;
  site: string;
}

interface Props {
  clinic: Clinic;
  onSent?: (status: number) => void;
  onTicked?: (count: number) => void;
}

export function CandidateCheck({ clinic, onSent, onTicked }: Props) {
  const list = useRef<PinchedNerveSymptoms>(null);
  const form = useRef<PinchedNerveCheck>(null);

  // Listeners in an effect: React adds no on… prop to a server-rendered custom element.
  useEffect(() => {
    const ticked = (event: GlobalEventHandlersEventMap['pinched-nerve-symptoms-change']) =>
      onTicked?.(event.detail.selected.length);
    // event.detail holds the patient's answers: use it here, never send it to analytics.
    const sent = (event: GlobalEventHandlersEventMap['pinched-nerve-success']) =>
      onSent?.(event.detail.status);
    const symptoms = list.current!;
    const check = form.current!;
    symptoms.addEventListener('pinched-nerve-symptoms-change', ticked);
    check.addEventListener('pinched-nerve-success', sent);
    return () => {
      symptoms.removeEventListener('pinched-nerve-symptoms-change', ticked);
      check.removeEventListener('pinched-nerve-success', sent);
    };
  }, [onSent, onTicked]);

  // Every value as text under its attribute name: the server writes it into the HTML.
  return (
    <>
      <pinched-nerve-symptoms
        ref={list}
        region="cervical"
        selectable
        for="candidate-check"
        symptoms={JSON.stringify(['Arm pain', 'Hand weakness'])}
      />
      <pinched-nerve-check
        ref={form}
        id="candidate-check"
        endpoint={new URL(clinic.formsPath, clinic.formsOrigin).href}
        hidden-fields={JSON.stringify({ clinic_id: clinic.id, campaign: 7 })}
        clinic-name={clinic.name}
        success-message={clinic.thanks}
        privacy-url={new URL('/privacy', clinic.site).href}
      />
    </>
  );
}
