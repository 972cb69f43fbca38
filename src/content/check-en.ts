import type { Choice } from './types.js';

export type Duration = 'under-6-weeks' | '6-weeks-to-3-months' | '3-to-12-months' | 'over-a-year';
export type Treatment =
  | 'anti-inflammatory'
  | 'prescription-pain-medication'
  | 'physical-therapy'
  | 'lifestyle-changes'
  | 'injections'
  | 'none';
export type MriAnswer = 'yes' | 'no' | 'not-sure';
export type ContactMethod = 'phone' | 'text' | 'email';

/** Every word the candidate-check form shows, apart from the symptom lists (see en.ts). */
export const check = {
  heading: 'Find out if you’re a candidate',
  intro:
    'Answer a few short questions. A member of our team will review them and contact you. It takes about 2 minutes.',
  notDiagnosis:
    'This is for education only. It does not diagnose you or replace a visit with a doctor.',
  callPrefix: 'Prefer to talk? Call',
  stepOf: (step: number, of: number) => `Step ${step} of ${of}`,
  steps: ['Where it hurts', 'Your pain and treatment so far', 'How we can reach you'] as const,
  optional: '(optional)',
  continue: 'Continue',
  back: 'Back',
  submit: 'Send my answers',
  sending: 'Sending…',
  region: {
    legend: 'Where do you feel the pain?',
  },
  symptoms: {
    legend: 'Which of these do you have?',
    hint: 'Select all that apply.',
  },
  duration: {
    legend: 'How long have you had these symptoms?',
    choices: [
      { value: 'under-6-weeks', label: 'Less than 6 weeks' },
      { value: '6-weeks-to-3-months', label: '6 weeks to 3 months' },
      { value: '3-to-12-months', label: '3 to 12 months' },
      { value: 'over-a-year', label: 'More than a year' },
    ] as readonly Choice<Duration>[],
  },
  treatments: {
    legend: 'What have you tried so far?',
    hint: 'Select all that apply.',
    choices: [
      { value: 'anti-inflammatory', label: 'Anti-inflammatory medicine, like ibuprofen' },
      { value: 'prescription-pain-medication', label: 'Prescription pain medicine' },
      { value: 'physical-therapy', label: 'Physical therapy' },
      { value: 'lifestyle-changes', label: 'Changes to daily habits, like rest or exercise' },
      { value: 'injections', label: 'Injections' },
      { value: 'none', label: 'Nothing yet' },
    ] as readonly Choice<Treatment>[],
  },
  mri: {
    legend: 'Have you had an MRI scan of your spine in the last year?',
    choices: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'I’m not sure' },
    ] as readonly Choice<MriAnswer>[],
  },
  name: { label: 'Your name' },
  phone: { label: 'Phone number', hint: 'We’ll only use this to contact you about this request.' },
  email: { label: 'Email address' },
  contactHint: 'Give us a phone number, an email address, or both.',
  contactMethod: {
    legend: 'How would you like us to contact you?',
    choices: [
      { value: 'phone', label: 'Phone call' },
      { value: 'text', label: 'Text message' },
      { value: 'email', label: 'Email' },
    ] as readonly Choice<ContactMethod>[],
  },
  consent: {
    legend: 'Permission to contact you',
    text: (clinic: string) =>
      `I agree that ${clinic} may call, text or email me about this request. Agreeing is not a condition of care.`,
    defaultClinic: 'this clinic',
    privacy: 'Read our privacy notice (opens in a new tab)',
  },
  honeypot: 'Leave this field empty',
  warnings: {
    heading: 'Get emergency care now if you have:',
    items: [
      'Numbness around your genitals, buttocks or inner thighs',
      'New trouble peeing, or you cannot control peeing or bowel movements',
      'Weakness or numbness in both legs or both arms, or weakness that keeps getting worse',
      'New trouble walking or keeping your balance, or clumsy hands',
    ],
    action: 'Call 911 or go to the nearest emergency room. Do not use this form.',
  },
  errors: {
    summaryHeading: 'There is a problem',
    prefix: 'Error:',
    region: 'Select where you feel the pain',
    name: 'Enter your name',
    contact: 'Enter a phone number or an email address',
    phoneFormat: 'Enter a phone number, like 555-123-4567',
    phoneNeeded: 'Enter a phone number so we can call or text you',
    emailFormat: 'Enter an email address, like name@example.com',
    emailNeeded: 'Enter an email address so we can email you',
    consent: 'Tick the box to let us contact you',
  },
  failure: {
    heading: 'Your answers were not sent',
    network: 'We could not reach our server. Check your internet connection and try again.',
    timeout: 'Our server took too long to answer. Try again.',
    busy: 'Our server is busy right now. Wait a minute and try again.',
    server: 'Something went wrong on our side. Try again.',
    rejected: 'Our server could not accept your answers. Try again.',
    notConfigured: 'This form cannot send answers yet.',
    keep: 'Your answers are still here.',
    retry: 'Try again',
    callInstead: 'Or call us at',
  },
  success: {
    heading: 'Thank you, we have your answers',
    message: 'A member of our team will contact you soon.',
  },
} as const;
