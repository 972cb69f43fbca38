/**
 * Every word the candidate-check form shows, apart from the symptom lists (see en.ts).
 * A choice's key is the value the payload carries; its text is what people read. `{name}`
 * marks a value filled in when shown.
 */
export const check = {
  heading: 'Find out if you’re a candidate',
  intro:
    'Answer a few short questions. It takes about 2 minutes. Our team will read your answers and try to reach you.',
  allRequired: 'Answer every question unless it says (optional).',
  notDiagnosis: 'This form does not diagnose you or replace a visit with a doctor.',
  callPrefix: 'Prefer to talk? Call',
  stepOf: 'Step {step} of {of}',
  steps: {
    region: 'Where it hurts',
    history: 'Your pain and treatment so far',
    contact: 'How we can reach you',
  },
  optional: '(optional)',
  continue: 'Continue',
  back: 'Back',
  submit: 'Send my answers',
  sending: 'Sending…',
  region: {
    legend: 'Where do you feel the pain?',
    choices: {
      cervical: 'My neck, shoulders or arms',
      lumbar: 'My lower back, legs or feet',
      both: 'Both',
    },
  },
  symptoms: {
    legend: 'Which of these do you have?',
    hint: 'Select all that apply.',
  },
  duration: {
    legend: 'How long have you had these symptoms?',
    choices: {
      'under-6-weeks': 'Less than 6 weeks',
      '6-weeks-to-3-months': '6 weeks to 3 months',
      '3-to-12-months': '3 to 12 months',
      'over-a-year': 'More than a year',
    },
  },
  treatments: {
    legend: 'What have you tried so far?',
    hint: 'Select all that apply.',
    choices: {
      'anti-inflammatory': 'Medicine for pain and swelling, like ibuprofen',
      'prescription-pain-medication': 'Pain medicine from a doctor',
      'physical-therapy': 'Physical therapy',
      'lifestyle-changes': 'Changes to daily habits, like rest or exercise',
      injections: 'Shots in the back or neck (like steroid shots)',
      none: 'Nothing yet',
    },
  },
  mri: {
    legend: 'Have you had an MRI scan of your spine in the last year?',
    choices: {
      yes: 'Yes',
      no: 'No',
      'not-sure': 'I’m not sure',
    },
  },
  name: { label: 'Your name' },
  phone: { label: 'Phone number', hint: 'We’ll only use this to contact you about this request.' },
  email: { label: 'Email address' },
  contactHint: 'Give us a phone number, an email address, or both.',
  contactMethod: {
    legend: 'How would you like us to contact you?',
    choices: {
      phone: 'Phone call',
      text: 'Text message',
      email: 'Email',
    },
  },
  consent: {
    legend: 'Permission to contact you',
    // Two boxes: the contact the patient asked for (required), and automated calls and texts
    // (optional), so a patient who wants only an email never has to agree to robocalls. With
    // consent="single", one required box says both.
    text: 'I agree that {clinic} may reach me about this request in the way I chose.',
    automated:
      'I also agree to automated calls and texts from {clinic} to {phone}. Message and data rates may apply. Reply STOP to end texts. You can take back this permission at any time. I do not have to agree to get care or buy anything.',
    defaultClinic: 'this clinic',
    noPhone: 'the number I gave',
    privacy: 'Read our privacy notice (opens in a new tab)',
  },
  honeypot: 'Leave this field empty',
  /** The emergency signs themselves are shared with the map (emergency-en.ts). */
  warnings: {
    // The one line shown before the list is opened: a button that opens it.
    banner: 'Call 911 for emergency signs',
    heading: 'Get emergency care now if you have:',
    action: 'Call 911 or go to the nearest emergency room. Do not use this form.',
  },
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    region: 'Select where you feel the pain',
    name: 'Enter your name',
    contact: 'Enter a phone number or an email address',
    phoneFormat: 'Enter a phone number, like 555-123-4567',
    phoneNeeded: 'Enter a phone number so we can call or text you',
    emailFormat: 'Enter an email address, like name@example.com',
    emailNeeded: 'Enter an email address so we can email you',
    consent: 'Check the box to let us contact you',
  },
  failure: {
    heading: 'Your answers were not sent',
    network: 'We could not reach our server. Try again.',
    offline: 'You seem to be offline. Check your internet connection and try again.',
    timeout: 'Our server took too long to answer. Try again.',
    busy: 'Our server is busy right now. Wait a minute and try again.',
    server: 'Something went wrong on our side. Try again.',
    rejected: 'Our server could not accept your answers. Try again.',
    // The answers may have arrived (the WordPress relay's pnw_uncertain): not a plain Try again,
    // and, like the thank-you, promising no time the clinic did not choose.
    uncertainHeading: 'We may have your answers',
    uncertain: 'Your answers may have reached us, but we cannot be sure.',
    uncertainCall: 'To be sure, call us at',
    uncertainRetry: 'To be sure, try again.',
    notConfigured: 'This form cannot send answers yet.',
    keep: 'Your answers are still here.',
    retry: 'Try again',
    callInstead: 'Or call us at',
  },
  success: {
    heading: 'Thank you, we have your answers',
    message: 'Your answers went to our team.',
    // What happens next, unless the clinic says with next-steps: plain, and promising no time.
    next: 'Next, someone from our team will read your answers and try to reach you.',
    sooner: 'To talk to us sooner, call us at',
    book: 'Book a visit online',
    safety:
      'If you get worse, call 911. Also call 911 for numbness where you sit, new trouble peeing or pooping, or weakness in both legs or both arms.',
  },
};
