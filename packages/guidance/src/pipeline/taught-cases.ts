// Taught questions with rephrasings that must match them and questions that must not, written
// the way families write (typos, extra worry, other words). Used by taught.test.ts to hold the
// threshold in place; the figures are in the README.
export const TAUGHT_CASES: { taught: string; paraphrases: string[]; unrelated: string[] }[] = [
  {
    taught: 'Can the mediation meeting be held at our house?',
    paraphrases: [
      'Could the mediation meeting take place at our house?',
      'is it possible to have the mediation at my house',
      'Can mediation be held at our house instead of your office?',
      'Can the mediator come to our house for the mediation meeting?',
    ],
    unrelated: [
      'Is mediation free?',
      'How long do I have to contact the adviser?',
      'Will the school be at the meeting?',
      'Do I need a certificate before I appeal?',
    ],
  },
  {
    taught: 'Do you help families who live outside London?',
    paraphrases: [
      'Can you support a family living outside of London?',
      'We live in Kent, outside London - can you still help us?',
      'do u help familys that dont live in london',
      'Is your help only for families in London or outside London too?',
    ],
    unrelated: [
      'Where is your office?',
      'Can young people over 25 use the service?',
      'What happens at a mediation meeting?',
      'Is what I say confidential?',
    ],
  },
  {
    taught: 'Can I bring a friend or relative to the mediation meeting for support?',
    paraphrases: [
      'Am I allowed to bring a friend with me to mediation for support?',
      'can i bring a relative to the meeting to support me',
      "I'm nervous - can I bring a friend along to the mediation meeting?",
      'Could a relative come to the mediation meeting to support me?',
    ],
    unrelated: [
      'Can I appeal without a certificate?',
      'Does the council have to come to the mediation?',
      'How long does a mediation meeting last?',
      'Is disagreement resolution the same as mediation?',
    ],
  },
  {
    taught: 'Will the council pay for my travel to the mediation?',
    paraphrases: [
      'Does the local authority cover travel costs for mediation?',
      'who pays for my travel to get to mediation',
      'Will the council pay the travel costs of going to the mediation meeting?',
      'will the LA pay for me travelling to mediation?',
    ],
    unrelated: [
      'Is mediation free for families?',
      'When will the council send the decision letter?',
      'Where is your office?',
      'Can the council refuse an EHC needs assessment?',
    ],
  },
  {
    taught: 'How long does a mediation meeting usually last?',
    paraphrases: [
      'How long will the mediation meeting last?',
      'how long is the mediation meeting',
      'How long do mediation meetings usually last, roughly?',
      'Roughly how long will the mediation meeting last for?',
    ],
    unrelated: [
      'How long do I have to contact the mediation adviser?',
      'Where does the mediation meeting take place?',
      'Who will be at the mediation meeting?',
      'Do I have to go to mediation?',
    ],
  },
];
