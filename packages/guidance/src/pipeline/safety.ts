// The first step of every answer. Patterns, not retrieval: a message about risk of harm must
// get the emergency text even when nothing in the guidance matches it.

const CRISIS: RegExp[] = [
  /\bsuicid(e|al)\b/i,
  /\b(kill|hang|hurt|harm|cut|poison|starve)(ing)?\s+(my|him|her|them)sel(f|ves)\b/i,
  /\bkill(ing)? myself\b/i,
  /\bend(ing)? (it all|my life|his life|her life|their life|things)\b/i,
  /\b(want|wants|wanting|going|ready) to die\b/i,
  /\b(don'?t|do not|doesn'?t|does not) want to (live|be alive|be here|wake up)\b/i,
  /\bbetter off (dead|without me)\b/i,
  /\bself[- ]?harm/i,
  /\boverdos(e|ed|ing)\b/i,
  /\b(can'?t|cannot|can not) (go on|take (it|this) any ?more|keep going)\b/i,
  /\bno (reason|point) (to|in) (live|living|going on)\b/i,
  /\b(is|are|keeps?|been|was|were|started) (hitting|beating|hurting|abusing|assaulting|strangling|choking|threatening)\b/i,
  /\b(hits?|beats?|hurts?|abuses?|attacks?|strangles?|chokes?|punche[sd]|kick(s|ed)) (me|us|him|her|them|my (child|son|daughter|kids?|children|baby))\b/i,
  /\b(sexual(ly)?|physical(ly)?|emotional(ly)?|domestic) abus/i,
  /\bbeing abused\b|\babused (me|him|her|them|my)\b/i,
  /\b(in|at) (immediate |serious )?danger\b/i,
  /\b(not|isn'?t|aren'?t|never) safe (at home|with|here)\b|\bunsafe at home\b|\bscared for (my|our|his|her) (life|lives|safety)\b/i,
  /\bthreat(en|ened|ening|s)? to (kill|hurt|harm|stab|shoot)\b/i,
  /\b(has|have|had) (gone|run) missing\b|\b(ran|run|running) away from home\b/i,
  /\b(weapon|knife|gun)\b.*\b(threat|hurt|kill|attack|stab)/i,
  /\bemergency\b.*\b(help|now|urgent)\b|\bcall(ing)? 999\b/i,
  // A few other languages families write in.
  /\b(suicidio|suicidarme|(quiero|quiere|queremos) morir|(me|se) quiere matar|matarme|matarse|se suicider|veux mourir|samobój|chcę umrzeć|sinucid|quero morrer|intihar|kendimi öldür)/i,
  /انتحار|أريد أن أموت|خودکشی|আত্মহত্যা|自杀|自殺/,
];

const INJECTION: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass|skip)\b.{0,40}\b(previous|prior|above|earlier|all|any|your|the|these|those|system)\b.{0,30}\b(instruction|rule|prompt|direction|guideline|polic(y|ies)|message|context|constraint|programming)s?\b/i,
  /\b(ignore|disregard|forget)\b.{0,20}\b(everything|all that|what you were told)\b/i,
  /\b(show|print|reveal|repeat|display|output|tell|give|share|paste|leak|dump|write out|what('| i)s|what are)\b.{0,30}\b(your|the|system|initial|hidden|original|secret|internal)\b.{0,20}\b(prompt|instructions|system message|configuration|rules you|guidelines)\b/i,
  /\bsystem prompt\b/i,
  /\b(you are now|from now on,? you|pretend (to be|you are|you're)|act as (if|an?|my)|role-?play as|you must now|new (instructions|rules|persona)|developer mode|jailbreak|\bdan\b mode|do anything now)\b/i,
  /<\/?\s*(system|assistant|developer|instructions?|im_start|im_end|\|im_start\|)\s*>/i,
  /<\|[a-z_]+\|>/i,
  /^\s*(\[|###\s*)?(system|assistant|developer)\s*(\]|:)/im,
  /\b(base64|rot13)\b.{0,30}\b(decode|instruction)/i,
];

const LEGAL_ADVICE: RegExp[] = [
  /\bshould (i|we) (still |just |really |definitely |even )?(appeal|go to (the )?tribunal|accept|agree to|sign|refuse|reject|challenge|take (them|the council|the school|it) to|sue|settle)\b/i,
  /\b(what|which)\b.{0,30}\b(should|would you|do you)\b.{0,20}\b(do|recommend|advise|suggest)\b.{0,40}\b(appeal|tribunal|case|decision|plan|council|school|mediation)\b/i,
  /\b(write|draft|prepare|fill (in|out)|complete|word|compose|check)\b.{0,30}\b(my|our|an|the|a)\b.{0,20}\b(appeal|tribunal (form|application|claim)|grounds|case statement|complaint|letter of complaint|legal letter|submission|witness statement|response to the council)\b/i,
  /\b(will|would|could|can|do|does) (i|we)\b.{0,15}\b(win|lose)\b (the |my |our |this |at )?(case|appeal|tribunal|hearing|claim)\b|\b(will|would) (i|we) win\b|\b(chances?|likel(y|ihood)|odds|prospects?) of (winning|success|succeeding)\b/i,
  /\b(is|are|was)\b.{0,40}\b(acting )?(unlawful(ly)?|illegal(ly)?|breaking the law|against the law)\b/i,
  /\b(can|could|should) (i|we) sue\b|\bsue (the|them|my)\b/i,
  /\b(legal advice|legal opinion|legal representation|advise me|your advice on my case|what are my rights in my case)\b/i,
  /\b(am i|are we) (entitled|right)\b.{0,40}\b(to (win|compensation|damages))\b/i,
];

export function isCrisis(message: string): boolean {
  return CRISIS.some((re) => re.test(message));
}

export function isInjection(message: string): boolean {
  return INJECTION.some((re) => re.test(message));
}

export function asksForLegalAdvice(message: string): boolean {
  return LEGAL_ADVICE.some((re) => re.test(message));
}
