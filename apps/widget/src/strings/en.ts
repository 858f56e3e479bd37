// Every word the widget shows, in one place for translators. Plain English, reading age 9-11.
// {name} placeholders are filled by `fill()`. Keep the loader's strings small: they count
// towards its 3 KB budget.

export const loader = {
  open: 'Ask us about SEN mediation',
  openShort: 'Ask us',
  close: 'Close chat',
  frameTitle: 'Chat about SEN mediation',
  unavailable: 'Sorry, the chat is not working here. Please try again later.',
};

export const frame = {
  title: 'Chat about SEN mediation',
  loading: 'Loading the chat…',
  unavailable: 'Sorry, the chat is not available here.',
  close: 'Close chat',
  call: 'Call {phone}',
  menu: 'More options',
  clear: 'Clear conversation',
  clearConfirm: 'Clear this conversation? You will not be able to get it back.',
  download: 'Download conversation',
  back: 'Back to chat',
  // Language menu (each language's own name is in languages.ts)
  language: 'Language',
  languageLoading: 'Loading…',
  languageFailed:
    'Sorry, that language could not be loaded. Please try again, or call us on {phone}.',
  /** Shown while a language's file says `reviewed: false` (made by machine, not yet checked). */
  languageUnreviewed:
    'This translation has not been checked by a person yet. If anything is unclear, call us on {phone}.',
  /** Shown in languages other than English: the guidance the chat quotes is in English. */
  answersInEnglish: 'Answers from our guidance pages are in English.',
  welcome:
    'Hello, this is {name}. I can tell you about mediation and help you work out your dates.',
  welcomeSafety:
    'I give information, not legal advice. Please do not share private details like your child’s full name.',
  // Shown under the welcome. Some services let an AI model word answers from their guidance
  // (the root README, "Model mode"): it gets the question with personal details taken out.
  welcomeModel:
    'If we use an AI service to word an answer, it gets your question and our guidance pages. We take out names, phone numbers, emails, addresses, dates and school names first.',
  // Fixed replies. The crisis and interpreter texts are the answer engine's own
  // (packages/guidance/data/languages/replies), so the chat says the same thing either way.
  crisis:
    "If you or a child are in danger right now, call 999. If you are struggling yourself or thinking about ending your life, call Samaritans free on 116 123, any time, day or night. If you are worried about a child, call the NSPCC on 0808 800 5000 or your council's children's services; children and young people can call Childline free on 0800 1111.",
  interpreter:
    "We can help in your language. Call us on {phone} and ask for an interpreter, or leave your number and we'll call you back with an interpreter.",
  handover:
    'You can talk to one of our team. Call us on {phone}, or leave your details and we will contact you.',
  noAnswer: 'Sorry, I could not find the answer to that in our guidance.',
  outOfScope:
    'I can only help with questions about SEN mediation, disagreement resolution and SEND appeals.',
  outOfHours:
    'We are closed now. Our opening hours: {hours}. You can still ask a question or leave your details.',
  starters: 'Things I can help with',
  starterMediation: 'Do I need mediation?',
  starterDeadline: 'Work out my deadline',
  starterTalk: 'Talk to someone',
  inputLabel: 'Type your question',
  send: 'Send',
  tooLong: 'Please keep your question under {max} characters. You have {count}.',
  you: 'You',
  service: '{name}',
  thinking: 'Finding an answer…',
  answerReady: 'Answer ready.',
  sources: 'Where this comes from ({count})',
  sourceAsOf: 'Page checked on {date}',
  sourceOpen: 'Open the page (new tab)',
  helpful: 'Was this helpful?',
  /** Label of the group of suggested answers under a question the chat asks. */
  quickReplies: 'Suggested answers',
  thumbsUp: 'Yes, this helped',
  thumbsDown: 'No, this did not help',
  thanks: 'Thank you for telling us.',
  notAnswered: 'If this did not answer your question, we can call or email you.',
  errorPrefix: 'Error:',
  notAdvice: 'This is information, not legal advice.',
  // Errors: the phone number is always offered.
  errorOffline:
    'You seem to be offline. Check your connection and try again, or call us on {phone}.',
  errorRateLimited:
    'Lots of questions at once. Please wait {seconds} seconds and try again, or call us on {phone}.',
  errorServer: 'Sorry, something went wrong on our side. Please try again, or call us on {phone}.',
  errorDenied: 'Sorry, the chat is not available on this website. You can call us on {phone}.',
  errorStart: 'Sorry, the chat could not start. Please try again later.',
  retry: 'Try again',
  // Route flow
  routeTitle: 'Do I need mediation?',
  routeIntro: 'Answer a few questions. We will tell you which way may suit you.',
  continue: 'Continue',
  previous: 'Previous question',
  chooseOne: 'Choose an answer',
  routeResult: 'What this means for you',
  routeWhy: 'Why',
  routeNext: 'What you can do next',
  routeLaw: 'Where this comes from in the law:',
  iassTitle: 'Free independent advice near you',
  iassIntro:
    'For families in {council}, {name} gives free, impartial advice about SEND, separately from the council and from us.',
  iassChoose: 'Your council',
  iassPick: 'Choose your council',
  iassPhone: 'Phone',
  iassWebsite: 'Website',
  iassEmail: 'Email',
  startAgain: 'Start again',
  // Deadline calculator
  deadlineTitle: 'Work out my deadline',
  deadlineIntro: 'We will work out the dates from the date on your decision letter.',
  decisionDate: 'Date on the decision letter',
  decisionDateHint:
    'This is the date printed on the letter, not the day it arrived. For example, 27 3 2026',
  haveCertificate: 'Do you have a mediation certificate?',
  yes: 'Yes',
  no: 'No',
  certificateDate: 'Date on the mediation certificate',
  haveCertificateMissing: 'Choose yes if you have a mediation certificate, or no',
  certificateDateHint: 'For example, 14 5 2026',
  schoolOnly: 'Is your appeal only about the school or college named in the plan?',
  schoolOnlyHint: 'This changes the appeal date, because you do not need a mediation certificate.',
  noOrNotSure: 'No, or I am not sure',
  calculate: 'Work out my dates',
  byFivePm: 'The Tribunal must receive it by 5pm that day.',
  // The names of the dates the API works out (its `labelKey`s)
  deadlineLabelAdviser: 'Contact a mediation adviser by',
  deadlineLabelAppeal: 'Appeal to the SEND Tribunal by',
  deadlineLabelCertificate: 'The mediation certificate is due by',
  deadlineLabelMediationBy: 'The mediation must take place by',
  deadlineLabelMediationNotice: 'Notice of the mediation must be given by',
  deadlineLabelDisabilityClaim: 'Make a disability discrimination claim by',
  deadlineResults: 'Your dates',
  howWorkedOut: 'How we worked this out',
  deadlineCheck: 'Please check these dates with us or your local SEND information service.',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  // Date entry errors
  dateMissing: 'Enter the {field}',
  dateMissingPart: 'The {field} must include a {part}',
  dateNotReal: 'The {field} must be a real date',
  dateYearFourDigits: 'The year must have 4 numbers',
  dateTooFarBack: 'The {field} must be after 2014',
  dateFuture: 'The {field} must be today or in the past',
  // Callback form
  callbackTitle: 'Talk to someone',
  callbackIntro: 'Leave your details and we will contact you.',
  openNowCall: 'We are open now, so you can also call us on {phone}.',
  name: 'Your name',
  contactHow: 'How should we contact you?',
  byPhone: 'Phone',
  byEmail: 'Email',
  phone: 'Phone number',
  email: 'Email address',
  bestTime: 'Best time to contact you (optional)',
  bestTimeHint: 'For example, weekday mornings',
  localAuthority: 'Your local council (optional)',
  notSure: 'Not sure',
  description: 'What would you like to talk about?',
  descriptionHint: 'A few lines is enough. Please do not include your child’s full name.',
  privacyTitle: 'How we use your details',
  privacy:
    'We use your details only to contact you about your question. Only our team can see them. We keep them while we help you, then delete them in line with our privacy policy. You can ask us to delete them at any time. We never send these details to an AI service.',
  consent: 'I agree to {name} keeping these details to contact me.',
  send_request: 'Send request',
  sending: 'Sending…',
  errorSummary: 'There is a problem',
  nameMissing: 'Enter your name',
  phoneMissing: 'Enter a phone number, like 07700 900 982',
  phoneInvalid: 'Enter a phone number, like 07700 900 982',
  emailMissing: 'Enter an email address, like name@example.com',
  emailInvalid: 'Enter an email address in the right format, like name@example.com',
  descriptionMissing: 'Tell us briefly what you would like to talk about',
  descriptionTooLong: 'Please keep this under {max} characters',
  contactMissing: 'Choose how you would like us to contact you',
  consentMissing: 'Tick the box to say you agree, so that we can contact you',
  callbackDone: 'Request sent',
  callbackReference: 'Your reference number is {reference}.',
  callbackNext: 'We will contact you soon. If it is urgent, call us on {phone}.',
  // Transcript
  transcriptTitle: 'Conversation with {name}',
  transcriptSaved: 'Saved on {date}',
  transcriptSource: 'Source: {title}, {url} (checked {date})',
};

export type LoaderStrings = typeof loader;
export type FrameStrings = typeof frame;
