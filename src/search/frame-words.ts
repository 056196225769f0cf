/**
 * Words that frame a news question without saying what it is about: verbs of reporting and light
 * verbs ("what did X say", "when was Y written", "ماذا قال"), and titles that go with a name
 * ("the Iranian ambassador", "وزير الخارجية"). They are no evidence of a question's topic, and a
 * word beside a name is not a given name when it is one of them (قال لاريجاني, الجنرال عاصم منير).
 */

/** Verbs of reporting and light verbs, normalized: "what did X say", "when was Y written", "ماذا قال", "كتب". */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told telling write writes wrote written writing state states stated announce announced
  report reported add added mention mentioned comment commented describe described call called go goes went gone going
  make makes made making get gets got take takes took taken come comes came give gives gave given
  react reacts reacted respond responds responded reply replies replied رد ردت يرد ترد ردوا تفاعل تفاعلت
  قال قالت يقول تقول قالوا كتب كتبت يكتب صرح صرحت يصرح اعلن اعلنت يعلن اضاف اضافت يضيف ذكر ذكرت يذكر افاد افادت
  اشار اشارت يشير وصف وصفت يصف علق علقت يعلق نقل نقلت اكد اكدت يوكد`.split(/\s+/).filter(Boolean),
);

/** Titles that stand before a person's name, normalized (Arabic without the article). */
const TITLES: ReadonlySet<string> = new Set(
  `president minister general ambassador king prince spokesman spokeswoman leader commander adviser advisor chief secretary speaker envoy
  وزير رييس سفير جنرال ملك امير متحدث زعيم قايد مستشار نايب امين مدير شيخ سيد عميد لواء فريق مبعوث`.split(/\s+/).filter(Boolean),
);

/** Whether a normalized word is a title (وزير، الرئيس، بالسفير, President): it goes with a name. */
export function isTitleWord(norm: string): boolean {
  // ال is not stripped by the first replace (ا is no clitic), so الرييس and بالسفير both reach the bare title.
  return TITLES.has(norm) || TITLES.has(norm.replace(/^[وفبل]/, '').replace(/^ال/, ''));
}

/**
 * Nouns that ask for someone's post ("What is Bagheri's title?", "ما منصب لاريجاني؟"): the answer is a
 * title beside the name, which news prose gives without the word "title".
 */
const ASKING_FOR_POST: ReadonlySet<string> = new Set(
  `title titles rank position job post occupation
  منصب منصبه لقب لقبه رتبه رتبته وظيفه وظيفته صفه صفته`.split(/\s+/).filter(Boolean),
);

/** Words for the coverage itself ("… mentioned in the coverage", "according to the article"): about the source, not the topic. */
const ABOUT_THE_SOURCE: ReadonlySet<string> = new Set(['coverage', 'article', 'articles', 'story', 'تغطيه', 'مقال', 'مقاله', 'مقالات']);

/** Whether a normalized question word only frames the question (a conjunction و/ف in front is ignored). */
export function isFrameWord(norm: string): boolean {
  const bare = /^[وف]/.test(norm) ? norm.slice(1) : norm;
  return FRAME_WORDS.has(norm) || FRAME_WORDS.has(bare) || asksForPost(norm) || asksForPost(bare) || ABOUT_THE_SOURCE.has(bare.replace(/^ال/, ''));
}

/** Whether a normalized word asks for someone's post (title, rank, منصب, لقب). */
export function asksForPost(norm: string): boolean {
  return ASKING_FOR_POST.has(norm) || ASKING_FOR_POST.has(norm.replace(/^ال/, ''));
}

/** Words that attribute a statement in news prose: said, stressed, according to, قال، أكد، مشيراً، بحسب. */
const SAYING: ReadonlySet<string> = new Set(
  `say says said saying told tells stated states added adds noted notes warned urged called wrote writes announced according
  described stressed emphasized emphasised affirmed reaffirmed insisted argued claimed declared explained remarked tweeted posted
  قال قالت يقول تقول قايلا قالوا اكد اكدت يوكد موكدا مؤكدا صرح صرحت تصريح تصريحات اضاف اضافت مضيفا اشار اشارت مشيرا مشيره اوضح اوضحت
  لفت لفتت لافتا شدد شددت مشددا دعا دعت اعتبر اعتبرت راي رات يري تري يرون وصف وصفت كتب كتبت اعلن اعلنت ذكر ذكرت افاد افادت علق علقت
  حذر حذرت محذرا طالب طالبت حث حثت اعرب اعربت بحسب حسب وفق وفقا نقل نقلت نقلا اعلان بيان statement announcement
  proposed proposes suggested suggests اقترح اقترحت يقترح تقترح مقترحا`.split(/\s+/).filter(Boolean),
);

/** Whether a normalized word attributes a statement (a conjunction و/ف or a preposition ل in front is ignored). */
export function isSayingWord(norm: string): boolean {
  return SAYING.has(norm) || (/^[وفل]/.test(norm) && SAYING.has(norm.slice(1)));
}

/** Verbs a question uses to ask for someone's words ("what did X say", "ماذا قال X"), normalized. */
const ASKING_FOR_WORDS = /^(?:say|tell|write|state|announce|mention|comment|claim|describe|think|react|respond|reply|قال|قالت|صرح|صرحت|اكد|اكدت|ذكر|ذكرت|كتب|كتبت|اعلن|اعلنت|اضاف|اضافت|علق|علقت|رد|ردت|تفاعل|تفاعلت)$/;

export function asksForWords(norm: string): boolean {
  return ASKING_FOR_WORDS.test(norm);
}

/**
 * Nouns that name the kind of answer rather than a thing ("what is the purpose / reason / kind / role
 * of …", "ما الغرض / السبب / نوع …"): the answer ("to thank Pakistan", "في إطار تعزيز التعاون") seldom
 * uses them, so their absence proves nothing. Normalized, Arabic without ال.
 */
const ANSWER_KIND_NOUN = /^(?:purpose|purposes|reason|reasons|goal|goals|aim|aims|objective|objectives|cause|causes|motive|motives|point|kind|kinds|type|types|sort|nature|way|ways|manner|means|role|roles|significance|importance|meaning|outcome|outcomes|result|results|consequence|consequences|effect|effects|impact|content|gist|main|key|name|names|number|amount|size|date|dates|time|place|places|topic|topics|subject|subjects|focus|substance|basis|context|background|status|state|level|extent|scope|form|غرض|هدف|اهداف|سبب|اسباب|دافع|دوافع|نوع|انواع|طبيعه|طريقه|كيفيه|دور|اهميه|مغزي|معني|نتيجه|نتايج|حصيله|اثر|اثار|اهم|ابرز|مضمون|فحوي|مفاد|محتوي|اسم|اسماء|عدد|حجم|تاريخ|موعد|مواعيد|وقت|مكان|اماكن|موضوع|مواضيع|موضوعات|محور|اساس|سياق|خلفيه|وضع|حال|مستوي|مدي|شكل|مصير)$/;

/** Whether a normalized noun names the kind of answer asked for (purpose, reason, role, نوع, الغرض), not a thing. */
export function namesKindOfAnswer(norm: string): boolean {
  const bare = (w: string) => ANSWER_KIND_NOUN.test(w) || ANSWER_KIND_NOUN.test(w.replace(/^ال/, ''));
  return bare(norm) || (/^[وف]/.test(norm) && bare(norm.slice(1)));
}
