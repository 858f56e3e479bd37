// A whole message that is only a greeting, thanks or goodbye: families write "hi" before their
// question and "thank you" after the answer. Searching the guidance for those words answered
// "thank you, that helped" with a sentence about mediators, and "hi" with "that's outside what
// we can help with". A question that merely starts with "hi" is not small talk.

export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'more';

// Punctuation and emoji (with their joiners and variation selectors) may follow.
const END = String.raw`(?:[\s!.,:)]|\p{Extended_Pictographic}|\u200d|\ufe0f)*$`;
const GREETING = new RegExp(
  String.raw`^(hi+|hello+|hey+|hiya|heya|hallo|good (morning|afternoon|evening|day)|morning|afternoon|evening)( there| again| all| everyone)?` +
    END,
  'iu',
);
const THANKS = new RegExp(
  String.raw`^((ok(ay)?|great|brilliant|perfect|lovely|amazing|fab|that'?s (great|helpful|brilliant|perfect|lovely))[\s!.,]+)?(thanks|thank (you|u)|ty|thx|cheers|many thanks|much appreciated|ta)( (so|very) much| a lot| loads| again| for (your|the|all the) help| for that| for (the|your) (answer|information|info))?([\s!.,]+(that|this|it) (really |has |was )?(helped|helps|was (really )?(helpful|useful))( a lot)?)?` +
    END,
  'iu',
);
const GOODBYE = new RegExp(
  String.raw`^((ok(ay)?|thanks|thank you)[\s!.,]+)?(bye+|goodbye|bye bye|see (you|ya)|take care|have a (good|nice) (day|evening|weekend))` +
    END,
  'iu',
);

// "ok", "yes", "no", "?", "I need help": nothing to search for; ask what they would like to know.
const MORE = new RegExp(
  String.raw`^((ok(ay)?|yes|yeah|yep|no|nope|sure|alright|right|fine|hm+|\?+)|((i )?(need|want) (some )?help|help( me)?( please)?|can (you|u) help( me)?( please)?|are you there))` +
    END,
  'iu',
);

export function smallTalkOf(message: string): SmallTalk | undefined {
  const m = message.trim();
  if (m.length > 80) return undefined;
  if (GOODBYE.test(m)) return 'goodbye';
  if (THANKS.test(m)) return 'thanks';
  if (GREETING.test(m)) return 'greeting';
  if (MORE.test(m)) return 'more';
  return undefined;
}
