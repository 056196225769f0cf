/** Function words that carry no topic in a question or a paragraph — compound prepositions too (بالنسبة ل: as for, بالإضافة إلى, بالرغم من). Stored in normalized form (see normalize.ts). */
import { normalizeText } from './normalize.js';

const EN = `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can could did do does doing don't down during each either else ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is isn't it its itself
just let me more most much must my myself no nor not now of off on once only or other ought our ours ourselves out over
own per same shall she should so some such than that the their theirs them themselves then there these they this
those through thus to too under until up upon us very was wasn't we were what whatever when where whether which while
who whom whose why will with within without would yet you your yours yourself yourselves s t according also said says
tell me please i'm i'll i've i'd you're you'll you've you'd he's she's it's we're we'll we've they're they'll they've
that's there's what's let's can't cannot won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't
couldn't shouldn't wouldn't mustn't might mightn't along across among amid amidst toward towards beyond beside besides behind
around near via despite still already`;

const AR = `في من الى إلى على عن مع ان أن إن انه أنه إنه انها أنها كان كانت يكون تكون كانوا هذا هذه ذلك تلك هؤلاء هو هي هم
هن نحن انا أنا انت أنت انتم الذي التي الذين اللذين اللتين اللاتي ما ماذا لماذا متى اين أين كيف كم هل من او أو ثم
لا لم لن قد كل بعض غير بين حتى اذا إذا لو لكن بل ايضا أيضا أيضاً ايضاً عند عندما حيث منذ خلال بعد قبل فوق تحت دون
لدى لها له لهم به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم اليه إليه اليها إليها وفي ومن وعلى وعن ومع
وان وأن وإن وقد ولا ولم وهو وهي وهذا وهذه وذلك وكان وكانت فقد فإن فان كما بما مما عما لما انما إنما او أي اي ايه
التى الى ذات ذو تم يتم جدا جداً نحو هناك هنا ضمن وفق وفقا وفقاً حول لدي مثل امام أمام اما أما الا إلا سوى عبر لدى
يا ها اذ إذ ف و ب ل ك
كنت كنا كنتم كانا يكونوا تكونوا يكن تكن أكن نكن لكان وكان وكانت ليس ليست لست لسنا ليسوا لستم
الآن الان هنا هناك هنالك لابد مازال مازلت مازالت لازال لازلت سوف سيكون ستكون
إنها انها إنهم انهم إنك انك إنني انني أنني إني اني أننا اننا إننا لأن لان لأنه لانه لأنها لانها
لي لك لكم لنا لهن بي بك بكم بنا عني عنك عنه عنها عنا منك مني منا معي معك معه معها معنا معهم
علي عليك علينا عليكم إلي إليك إلينا الي اليك لدي لديك لديه لديها لدينا عندي عندك عنده عندها عندنا
هذان هاتان كهذا كهذه بهذا بهذه لهذا لهذه فهذا وهذا ذاك كذلك لذلك بذلك هكذا
جميع كلها كله كلهم أحد احد شيء شيئا نعم بلى كلا أجل فيما
بالنسبة وبالنسبة بالإضافة وبالإضافة بالرغم وبالرغم
هما أنتما اللذان اللتان أثناء اثناء وأثناء ممن عمن أمامه أمامها أمامهم يخص تخص`;

function build(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeText));
}

export const STOPWORDS_EN: ReadonlySet<string> = build(EN);
export const STOPWORDS_AR: ReadonlySet<string> = build(AR);

/** Question and function words that keep their role behind a one-letter proclitic: بأي (by which), وماذا, لمن, بأن. */
const CLITIC_HOSTS = build('اي أي ان أن إن انه أنه ما من ماذا هل كيف متى اين أين الى إلى على في عن مع فيما كم');

export function isStopword(normalizedWord: string): boolean {
  if (STOPWORDS_EN.has(normalizedWord) || STOPWORDS_AR.has(normalizedWord)) return true;
  return /^[وفبلك]/.test(normalizedWord) && CLITIC_HOSTS.has(normalizedWord.slice(1));
}
