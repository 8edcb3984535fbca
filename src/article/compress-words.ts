/**
 * The words compression removes or cuts at: connectives, fillers, the
 * openers of trailing clauses and the prepositions of droppable phrases.
 */

/** Connectives that open a sentence and that a bullet does not need (followed by a comma). */
export const commaConnectives = new Set(
  [
    'however', 'in fact', 'moreover', 'furthermore', 'indeed', 'meanwhile', 'in addition', 'additionally', 'of course', 'still', 'thus',
    'therefore', 'as a result', 'for example', 'for instance', 'in other words', 'after all', 'above all', 'first', 'second', 'third', 'fourth', 'fifth',
    'firstly', 'secondly', 'finally', 'lastly', 'besides', 'nevertheless', 'nonetheless', 'instead', 'similarly', 'likewise', 'in short',
    'in the end', 'at the same time', 'ultimately', 'overall', 'consequently', 'in practice', 'in turn', 'that said', 'namely', 'whether you like it or not', 'like it or not', 'having said that', 'with that said', 'that being said', 'with that being said', 'first of all', 'even so', 'sure',
    'well', 'now', 'again', 'of course', 'in general', 'generally', 'in particular', 'importantly', 'more importantly', 'interestingly',
    'yet', 'that is', 'unfortunately', 'fortunately', 'thankfully', 'luckily', 'happily', 'sadly', 'surprisingly', 'naturally', 'clearly', 'obviously', 'admittedly', 'in summary', 'to summarize',
    'to sum up', 'to reiterate', 'needless to say', 'to summarise', 'to briefly summarise', 'to briefly summarize', 'just to briefly summarise', 'just to briefly summarize', 'to recap', 'in brief', 'in conclusion', 'so', 'today', 'then', 'on the other hand', 'by contrast', 'in contrast', 'by comparison', 'in comparison', 'on the contrary', 'to the contrary', 'conversely', 'for one',
    'put simply', 'simply put', 'you see', 'you know', 'to be fair', 'to be sure', 'on the one hand', 'in any case', 'in my opinion', 'in our experience', 'in essence', 'essentially', 'basically', 'honestly', 'frankly', 'plus', 'also', 'yes', 'no', 'okay', 'ok', 'yeah', 'yep', 'yup', 'oh', 'um', 'uh', 'look', 'listen', 'hey', 'further', 'for context', 'put otherwise', 'in the meantime', 'to put it simply', 'to put it another way', 'to put it bluntly', 'put another way', 'in other terms', 'simply stated',
    'more specifically', 'specifically', 'generally speaking', 'broadly speaking', 'to finish off', 'to finish', 'to wrap up', 'to begin with', 'to start with', 'to start off',
    'anyway', 'anyhow', 'by the way', 'btw', 'at any rate', 'all in all', 'i mean', 'at its simplest', 'at its most basic', 'at its core', 'at heart', 'in a nutshell',
    // A pointer back to what the writer said before ("As I've mentioned, the skills now slipping…").
    'as i mentioned', "as i 've mentioned", 'as i ’ve mentioned', 'as i said', "as i 've said", 'as i ’ve said', 'as mentioned', 'as noted', 'as discussed',
    'as mentioned above', 'as noted above', 'as mentioned earlier', 'as we saw', "as we 've seen", 'as we ’ve seen', 'as i noted', 'as i argued', "as i 've argued"
  ]
)

/** Words that open a sentence as a link to the one before, dropped without a comma (not "Or", whose sentence is the other choice: "Or you do not bake bread at all" said the opposite without it). */
export const bareConnectives = new Set(['but', 'and', 'so', 'yet', 'also', 'plus', 'then', 'however', 'thus', 'hence', 'likewise', 'moreover', 'furthermore'])

/** Fillers and intensifiers that carry no claim. */
export const fillers = new Set(['really', 'very', 'actually', 'basically', 'essentially', 'simply', 'literally', 'truly', 'quite', 'also', 'absolutely', 'totally'])

/** Phrases that add nothing to a claim on a slide. */
export const fillerPhrases = [
  'around the world', 'across the world', 'all over the world', 'in the world', 'in practice', 'in general', 'at its simplest', 'at its core', 'at heart', 'in essence', 'in a nutshell', 'at the end of the day', 'in the end', 'over time', 'these days', 'of course', 'in fact', 'for example',
  'for instance', 'in particular', 'as well', 'to some extent', 'in other words', 'more or less', 'by and large',
  'for the most part', 'in a way', 'in a sense', 'as a matter of fact', 'at this point', 'to this point', 'up to this point', 'right now', 'today'
].map((phrase) => phrase.split(' '))

/** Filler phrases that introduce examples: set off inside a sentence, the examples after them go too. */
export const examples = new Set(['for example', 'for instance'])

/** Words that open a trailing clause a bullet can do without (not "unless": "…will always be used, unless a flag does not exist in its configuration" said the opposite without it). */
export const trailingOpeners = new Set([
  'which', 'who', 'whom', 'whose', 'where', 'as', 'while', 'whilst', 'although', 'though', 'even', 'because', 'since', 'including', 'especially', 'particularly', 'such', 'like', 'unlike', 'whereas', 'meaning', 'making', 'leading', 'allowing',
  'giving', 'letting', 'enabling', 'ensuring', 'resulting', 'according', 'with', 'from', 'rather', 'instead',
  'not', 'for', 'in', 'on', 'at', 'by', 'after', 'before', 'until', 'if', 'when', 'once', 'given'
])

/** Prepositions whose trailing phrase may go; `of`, `than`, `to` bind too tightly to their head, and `into`, `onto`, `toward` complete a verb of motion ("make its way into the package"). */
export const droppablePrepositions = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'across', 'around', 'through', 'throughout', 'over', 'under', 'within',
  'during', 'after', 'before', 'via', 'among', 'between', 'beyond', 'despite', 'per', 'along',
  'without', 'behind', 'outside', 'inside', 'against'
])

/** Fronted hedges that limit a claim: "On average,", "In theory,", "At least,". */
export const hedge = /^(?:on average|in theory|in practice|statistically|at least|at most|roughly|approximately)\s*,/i

/** Prepositions that open a concession or an addition before the claim. */
export const concessive = new Set(['besides', 'despite', 'notwithstanding', 'apart', 'aside'])

/** Verbs that need to say where they put their object ("place X on…", "base X on…", "focus X on…"). */
export const placingVerbs = new Set(['place', 'put', 'base', 'focus', 'center', 'centre', 'position', 'set', 'rely', 'depend', 'build', 'turn', 'bring', 'move', 'divide', 'split'])

/** Verbs and the preposition they take after their object ("sell the public on…", "remind people of…"). */
export const verbPrepositions: Readonly<Record<string, readonly string[]>> = { sell: ['on'], convince: ['of'], persuade: ['of'], remind: ['of'], accuse: ['of'], deprive: ['of'], rob: ['of'], inform: ['of', 'about'], warn: ['of', 'about'], talk: ['into', 'out'], blame: ['for'], thank: ['for'], congratulate: ['on'], charge: ['with'], leave: ['with'], present: ['with'], confront: ['with'], credit: ['with'], burden: ['with'], saddle: ['with'], provide: ['with'], supply: ['with'], equip: ['with'], compare: ['to', 'with'], balance: ['with', 'against'], combine: ['with'], replace: ['with', 'by'], swap: ['for'], exchange: ['for'], trade: ['for'], translate: ['into'], transform: ['into'], convert: ['into'], protect: ['from', 'against'], prevent: ['from'], stop: ['from'], keep: ['from'], ban: ['from'], bar: ['from'], prohibit: ['from'], exclude: ['from'], exempt: ['from'], shield: ['from'], discourage: ['from'], block: ['from'], distinguish: ['from'], separate: ['from'], direct: ['at', 'to', 'toward', 'towards'], aim: ['at'], devote: ['to'], dedicate: ['to'], limit: ['to'], restrict: ['to'], attribute: ['to'], assign: ['to'], spend: ['on'], pay: ['for'], ask: ['for'], wait: ['for'], apply: ['for'], account: ['for'] }

/** Two-word phrases that belong to the clause they end (they are no trailing detail). */
export const idioms = new Set(['in mind', 'in place', 'in turn', 'at all', 'in charge', 'in common', 'in touch', 'in person', 'on time', 'in time', 'at once', 'at first', 'at last', 'in advance', 'in full', 'by hand', 'in question', 'on board', 'in practice', 'in theory'])

/** Nouns that say nothing without the phrase after them ("a day with…", "the kind of…"). */
export const emptyNouns = new Set(['day', 'days', 'week', 'weeks', 'time', 'lot', 'bit', 'thing', 'things', 'kind', 'sort', 'part', 'one', 'way', 'matter', 'number', 'couple', 'piece', 'group', 'place', 'role', 'potential', 'impact', 'effect', 'effects', 'importance', 'likelihood', 'chance', 'risk', 'extent', 'amount', 'level', 'rest', 'value', 'area', 'areas', 'field', 'case', 'cases', 'issue', 'issues', 'source', 'foundation', 'foundations', 'groundwork', 'basis', 'cornerstone', 'backbone'])

/** A phrase that gives a cause: "as a consequence of…", "because of…", "due to…". */
export const causes = /^(?:as an? (?:direct |indirect )?(?:consequence|result) of|because of|due to|owing to)\b/i

/** Nouns that say little without the phrase they take: a role in, a change in, a step towards, a defence against. */
export const takesPhrase = new Set(['role', 'contact', 'touch', 'criteria', 'interaction', 'combination', 'conjunction', 'comparison', 'contrast', 'accordance', 'compliance', 'partnership', 'collaboration', 'association', 'change', 'step', 'defense', 'defence', 'increase', 'decrease', 'rise', 'drop', 'effect', 'impact', 'influence', 'share', 'access', 'reduction', 'contribution', 'shift', 'transition', 'dependence', 'reliance', 'gap', 'bias', 'discrimination', 'disparity', 'disparities', 'inequality', 'inequity', 'difference', 'differences', 'decline', 'growth', 'interest', 'investment', 'improvement', 'match', 'substitute', 'substitution', 'substitutes', 'alternative', 'replacement', 'prerequisite', 'precondition', 'threat', 'obstacle', 'barrier', 'remedy', 'antidote', 'participation', 'involvement', 'engagement', 'look', 'glance', 'peek', 'attempt', 'attempts', 'effort', 'efforts']) // ("…need to take a serious look[ at our assumptions]")

/** A condition that only hedges what follows it ("If the trend holds,", "If all goes well,"): a fronted clause like any other. */
export const hedgingCondition = /^if (?:so|successful|all goes (?:well|to plan)|(?:this|that|the|the current|these|those) (?:trends?|pace|patterns?|rates?|growth|momentum) (?:holds?|continues?|persists?)|(?:this|that|it) (?:holds|continues|persists|works)) ?,/i

/** Nouns a gerund phrase completes ("no problem in including…", "little point in waiting…"). */
export const gerundNouns = new Set(['problem', 'problems', 'difficulty', 'difficulties', 'trouble', 'point', 'sense', 'harm', 'success', 'delay', 'hesitation', 'value', 'experience'])

/** Prepositions that never end a clause (unlike a verb's particle, "…to sign up"): a head ending on one waits for its object. */
export const waitingPrepositions = new Set(['towards', 'toward', 'onto', 'into', 'of', 'from', 'with', 'between', 'about', 'for', 'to', 'than', 'via', 'within', 'without', 'among', 'upon', 'at', 'unlike', 'despite'])

/** Words that make a subordinator an adverbial phrase ("long before", "shortly after", "even if"). */
export const degreeBefore = new Set(['long', 'shortly', 'well', 'just', 'right', 'soon', 'even', 'only', 'especially', 'immediately', 'directly', 'ever', 'much', 'precisely', 'exactly', 'simply', 'mainly', 'mostly', 'largely', 'partly', 'purely', 'solely', 'chiefly', 'primarily', 'merely'])

/** Words that announce a count of what follows ("three classes of problem:", "the following:"). */
export const countingWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'following', 'both'])

/** Participles not in -ed that open a trailing phrase ("…, made possible by…", "…, known as…"). */
export const irregularParticiples = new Set(['made', 'given', 'known', 'built', 'shown', 'taken', 'driven', 'held', 'found', 'written', 'led', 'done', 'seen', 'brought', 'kept', 'left', 'set', 'put', 'run', 'sent', 'spent', 'paid', 'born'])

/** Verbs whose object takes a "to" of its own ("allow them to…", "ask people to…"). */
export const complementVerbs = new Set(['allow', 'enable', 'permit', 'let', 'help', 'ask', 'want', 'need', 'encourage', 'force', 'require', 'lead', 'cause', 'teach', 'tell', 'urge', 'invite', 'expect', 'persuade', 'convince', 'remind', 'train', 'empower', 'push', 'pressure', 'oblige', 'prompt', 'inspire', 'motivate'])

/** Verbs that open a purpose which trails its claim. */
export const purposeVerbs = new Set(['help', 'make', 'ensure', 'allow', 'let', 'keep', 'enable', 'support', 'give', 'provide', 'improve', 'encourage', 'focus', 'reduce', 'avoid', 'prevent', 'increase', 'protect', 'track', 'check', 'measure', 'save', 'reach', 'attract', 'promote', 'foster', 'strengthen', 'address', 'tackle', 'minimise', 'minimize', 'maximise', 'maximize', 'boost', 'lower', 'raise', 'limit', 'simplify', 'speed', 'curb', 'fight', 'combat', 'bring', 'spread', 'draw'])

/** The case a claim holds in, after it: "on the average case", "in the worst case", "on average", "in most cases". */
export const caseQualifier = /^(?:on|in) (?:the )?(?:average|(?:worst|best|average|typical|general|most|many|rare|some) cases?)\b/i
/** What respondents did with a reason: "said", "reported", "cited". */
export const reports = /^(?:said|say|says|reported|report|stated|cited|named|answered|indicated|told)$/
/** Verbs of using a means, whose "to" says what for: "use math to protect…", "spent $3 million to build…". */
export const meansVerbs: ReadonlySet<string> = new Set(['use', 'employ', 'leverage', 'harness', 'spend', 'invest'])
/** Nouns of a span of time ("six months from now", "the 20 years after release"). */
export const timeSpan = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/

/** Nouns whose "to …" says what they are (an option to make, a chance to help), not why. */
export const complementNouns: ReadonlySet<string> = new Set(['option', 'ability', 'chance', 'opportunity', 'way', 'time', 'right', 'power', 'need', 'decision', 'plan', 'effort', 'attempt', 'sense', 'freedom', 'permission', 'reason', 'courage', 'choice', 'tendency', 'desire', 'goal', 'aim', 'mission', 'promise', 'offer', 'request', 'invitation', 'responsibility', 'duty', 'obligation', 'capacity', 'willingness', 'budget', 'money', 'funding', 'resources', 'tool', 'tools'])

/** Nouns that name a study of something, empty without the phrase that says of what ("the statistical analysis[ on…]"). */
export const topicNouns: ReadonlySet<string> = new Set(['analysis', 'analyses', 'study', 'studies', 'review', 'reviews', 'survey', 'surveys', 'research', 'evidence', 'debate', 'debates', 'discussion', 'discussions', 'findings', 'superiority', 'dominance', 'emphasis', 'focus'])

/** Nouns whose "of" names the parts of a whole ("a combination of A, B, and C"): a series after them is cut whole or not at all. */
export const wholeNouns = /^(?:combination|mix|mixture|blend|sum|intersection|product|union)$/
