/**
 * What a question asks of the paragraph that answers it beyond its words: "When …?" a time, "How many
 * …?" a number beside what is counted, "What did X say …?" X quoted, "Who is the president of …?" the
 * post named, "… between Iran and Russia?" both parties, "Who signed …?" the signing, "… about Gaza?"
 * Gaza. A paragraph missing one of these is no answer, however many words it shares with the question.
 * Each requirement is one check on a paragraph's text (and the paragraph before it in its article,
 * where a statement goes on); the engine keeps the candidates that meet them all.
 */
import { holdsAnswerType, asksForDay, mentionsDay, asksSince, asksStart, statesStart, quantityNear, speaksOfFuture, asksAboutAim, asksAboutFuture, amountsTo, newThingAsked, tellsNew, type AnswerType } from './answer-type.js';
import { attributesTo, attributesToPhrase, continuesSpeaker } from './attribution.js';
import { deedAsked, postAsked, standsForDoer } from './role.js';
import { meetingAsked, namesEvery, pairAsked, partnerAsked, spellingsOf, talksAsked } from './pair.js';
import { standTogether } from './phrase.js';
import { complementOfKind } from './kind-complement.js';
import { doerAskedWhether, headlineTells, holdsDeedWord, passiveDeedAsked, tellsDeedOf, verbAskedWhether, verbalNouns, type Senses } from './yes-no.js';
import { eventOfCause } from './cause-event.js';
import { comparisonAsked } from './comparison.js';
import { isFrameWord, isTitleWord } from './frame-words.js';
import { questionWords } from './question-words.js';
import { conceptOfWord, exactStems, namesSomeone, questionForm, stemsIn, type Concept } from './query.js';
import { asksWhere, asksWhereInside, namesVenue, statesPlace } from './place.js';
import { nameAsked } from './name-asked.js';
import { asksEarlierPost, speaksOfEarlier } from './earlier-post.js';
import { isUnit } from './counted.js';
import { lifeFieldAsked } from './general-knowledge.js';
import { askedStems, membersAsked, namesMember } from './members-named.js';
import { asksOutcome, reportsOutcome } from './outcome.js';
import { asksSuccession, tellsSuccession } from './succession.js';
import { unseenDeedOfThings } from './thing-deed.js';
import { mayNameQualifiedPerson, qualifiedPersonAsked } from './qualified-person.js';
import { arabicInflectionForms, nameKinds, type WordKnowledge } from './name-words.js';
import type { Word } from '../text/tokenize.js';
import { normalizeCached } from '../text/normalize.js';
import { coverageWrites, deedOfWhy } from './why-deed.js';
import { onlyProposed, proposedEventAsked } from './proposed-event.js';
import { topicThingMissing } from './topic-thing.js';
import { canShow, jointDoersAsked, speaksOfBothSides } from './joint-deed.js';
import { countOwners, namesOwners } from './count-doer.js';
import { asksFounding, tellsFounding } from './founding.js';
import { wishAsked } from './wish.js';
import { rolePlayed } from './role-played.js';

/** A candidate paragraph as the requirements see it. */
export interface Candidate {
  text: string;
  /** the paragraph before it in its article, when there is one */
  previous?: string;
  /** whether it (or the one before) holds one of a concept's alternatives whole */
  holds(c: Concept): boolean;
  previousHolds(c: Concept): boolean;
  /** its article's headline ("زيارة لاريجاني لموسكو"), when it has one */
  title?: string;
}

export interface Requirement {
  /** what the decline says when no candidate meets it (the first requirement with one is named) */
  reason?: string;
  meets(p: Candidate): boolean;
}

export interface QuestionShape {
  question: string;
  concepts: Concept[];
  /** per concept: the coverage never holds it */
  absent: boolean[];
  /** whether the coverage holds an index term */
  has: (term: string) => boolean;
  wants: AnswerType;
  /** numbers the question itself states ("the 12-day war"): no answer to its "how many" */
  given: string[];
  isNumber: (c: Concept) => boolean;
  /** dictionary knowledge (a word no dictionary knows can only be a name), when the engine has a lexicon */
  knows?: WordKnowledge;
  /** a place the glossary lists (a normalized form) */
  place?: (form: string) => boolean;
  /** the bilingual dictionary, when the engine has one (a verb's verbal noun by its English sense: yes-no.ts verbalNouns) */
  senses?: Senses;
}

/** The requirements of a question, in the order their reasons are preferred. */
export function requirementsOf(q: QuestionShape): Requirement[] {
  const out: Requirement[] = [];
  const { wants, given } = q;
  if (wants) out.push({ reason: `no paragraph that matches says ${wants === 'time' ? 'when' : 'how many or how much'}`, meets: (p) => holdsAnswerType(wants, p.text, given) });
  // "On what date …?", "في أي يوم …؟" only by a paragraph naming a day: a year or a month is no date (answer-type.ts).
  if (wants === 'time' && asksForDay(q.question)) out.push({ meets: (p) => mentionsDay(p.text) });
  // "منذ متى / since when …?" only by a paragraph stating a start (منذ, since, appointed, تولى) and a time.
  // "When was X appointed …", "متى تولى …" ask the same start.
  if (wants === 'time' && (asksSince(q.question) || asksStart(q.question))) out.push({ meets: (p) => statesStart(p.text) });
  // "When / where will …?" only by a paragraph speaking of something still to come (will, next, المقبل، مرتقب، سيزور).
  if (asksAboutFuture(q.question)) {
    // "Where will …?": … and names where (a place the question does not name; place.ts).
    const asked = new Set(q.concepts.flatMap(exactStems));
    const where = asksWhere(questionForm(q.question));
    out.push({ meets: (p) => speaksOfFuture(p.text) && (!where || statesPlace(p.text, asked)) });
  }
  // "What new sanctions …", "ما العقوبات الجديدة …": only a paragraph telling of that thing as new (new, another, جديد،
  // أخرى beside it; answer-type.ts). The thing: the first ordinary word the question names after "new" / its question word.
  const newWords = newThingAsked(q.question);
  const newThing = newWords === null ? undefined : newWords.map((w) => conceptOfWord(q.concepts, w)).find((c) => c !== undefined && !namesSomeone(c) && !isFrameWord(c.label));
  const newStems = newThing === undefined ? null : stemsIn(newThing, q.has);
  // A thing the coverage never names, it tells nothing new of ("What new weapons …").
  if (newStems !== null) out.push({ reason: 'no paragraph that matches tells of anything new of what is asked', meets: (p) => tellsNew(p.text, newStems) || (p.previous !== undefined && tellsNew(p.previous, newStems)) });
  // "Where in Moscow did …": only a paragraph naming a venue (the Kremlin, a palace, headquarters; place.ts) says where in it.
  if (asksWhereInside(questionForm(q.question).toLowerCase())) out.push({ reason: 'no paragraph that matches says where inside the place asked about', meets: (p) => namesVenue(normalizeCached(p.text).toLowerCase()) });
  // "How many …": the quantity stands beside what is counted, not anywhere in the paragraph; a target
  // ("raise trade to 10 billion") answers only a question about an aim.
  const counted = wants === 'quantity' ? countedTerms(q.concepts, q.isNumber) : null;
  if (counted !== null && counted.size > 0) {
    const aimed = asksAboutAim(q.question);
    out.push({ meets: (p) => quantityNear(p.text, counted, given, aimed) });
  }
  // "ما أسماء الجماعات …؟", "Which armed groups …": only a paragraph naming one of them, a name beside the class (members-named.ts).
  const members = membersAsked(q.question, q.concepts, q.has);
  if (members !== null) {
    const asked = askedStems(q.question);
    out.push({ reason: 'no paragraph that matches names any of those the question asks the names of', meets: (p) => namesMember(p.text, members.stems, asked, q.knows, q.place, members.places) });
  }
  // "ما اسم X …؟", "What is the name of X?" only by a paragraph naming X as such, its words together (name-asked.ts).
  const named = nameAsked(q.question, q.concepts, q.has);
  if (named !== null) out.push({ reason: 'no paragraph that matches names what the question asks the name of', meets: (p) => standTogether(p.text, named) });
  // "ما المنصب الذي شغله X قبل …؟" only by a paragraph speaking of an earlier time (former, سابق، قبل; earlier-post.ts).
  if (asksEarlierPost(q.question)) out.push({ reason: 'no paragraph that matches speaks of an earlier post', meets: (p) => speaksOfEarlier(p.text) });
  // "What did X say …?" only by a paragraph that quotes X, or goes on from one that does (attribution.ts).
  const speaker = new Set(q.concepts.filter((c) => c.speaker).flatMap(exactStems));
  if (speaker.size > 0) {
    out.push({
      reason: 'no paragraph that matches quotes who is asked about',
      meets: (p) => attributesTo(p.text, speaker) || (p.previous !== undefined && continuesSpeaker(p.text) && attributesTo(p.previous, speaker)),
    });
  }
  // "Which Saudi official signed …?": only a paragraph naming a person of that nationality ("وزير الدفاع السعودي"; qualified-person.ts).
  const nationality = qualifiedPersonAsked(q.question, q.concepts, q.has);
  if (nationality !== null && q.knows !== undefined) {
    const { knows, place } = q;
    const asked = askedStems(q.question);
    const isPlace = (w: Word) => place !== undefined && w.script !== 'digit' && (w.script === 'ar' ? arabicInflectionForms(w.norm) : [w.norm]).some((f) => place(f));
    out.push({ reason: 'no paragraph that matches names a person of the nationality asked about', meets: (p) => mayNameQualifiedPerson(p.text, nationality, asked, isPlace, (ws) => nameKinds(ws, knows)) });
  }
  // "من خلف X …؟", "Who replaced X?": only a paragraph telling a succession (خلف، خلفاً لـ، succeeded, replaced; succession.ts).
  if (asksSuccession(q.question)) out.push({ reason: 'no paragraph that matches tells who took over the post', meets: (p) => tellsSuccession(p.text) });
  // "What weapons did Iran buy …?", "ما الاتفاقيات التي وقعها X …": a deed the coverage never tells produced nothing it names (thing-deed.ts).
  if (unseenDeedOfThings(q.question, q.concepts, q.absent) !== null) out.push({ reason: 'the coverage never tells the deed asked about', meets: () => false });
  // "Who is the president of Pakistan?" only by a paragraph naming that post, its words together (role.ts).
  const post = postAsked(q.question, q.concepts, q.has);
  if (post !== null) out.push({ reason: 'no paragraph that matches names the post asked about', meets: (p) => standTogether(p.text, post) });
  // "… between Iran and Russia?" only by a paragraph naming both, or going on from one that does (pair.ts).
  const pair = pairAsked(q.question, q.concepts, q.has);
  if (pair !== null) {
    out.push({
      reason: 'no paragraph that matches names every party asked about',
      meets: (p) => namesEvery(p.text, pair) || (p.previous !== undefined && namesEvery(`${p.previous} ${p.text}`, pair)),
    });
  }
  // "What did Qalibaf discuss with the army chief?" only where both sides are named, or the paragraph before names one (pair.ts).
  const sides = talksAsked(q.question, q.concepts);
  if (sides !== null) out.push({ reason: 'no paragraph that matches names both sides of the talks asked about', meets: (p) => sides.every((c) => p.holds(c) || p.previousHolds(c)) });
  // "Which Chinese officials did Larijani meet?" only where one paragraph names him, China and a meeting (pair.ts).
  const met = meetingAsked(q.question, q.concepts);
  if (met !== null) out.push({ reason: 'no paragraph that matches tells of that meeting', meets: (p) => met.every((c) => p.holds(c)) });
  // "Who signed the pact?" only by a paragraph telling of the signing (role.ts deedAsked).
  const deed = deedAsked(q.question, q.concepts);
  if (deed !== null) out.push({ meets: (p) => p.holds(deed) });
  // "What does Islamabad hope for?", "How could Russia help …?": only a paragraph naming the doer and telling the verb itself,
  // or something else the question asks beyond its names — news often tells a hope in other words (wish.ts).
  const wish = wishAsked(q.question, q.concepts);
  if (wish !== null && wish.arabic) {
    // "ما الرقم الذي يطمح أردوغان أن …؟": a wish of someone the coverage never names is never told.
    if (q.absent[q.concepts.indexOf(wish.doer[0]!)]) out.push({ reason: 'the coverage never names whose wish is asked', meets: () => false });
  } else if (wish !== null) {
    const wishStems = stemsIn(wish.verb, q.has);
    const asked = q.concepts.filter((c, i) => c !== wish.verb && !q.absent[i] && !namesSomeone(c) && !isTitleWord(c.label) && !isFrameWord(c.label) && !q.isNumber(c));
    out.push({
      reason: 'no paragraph that matches tells the wish or help of who is asked about',
      meets: (p) => wish.doer.every((c) => p.holds(c) || p.previousHolds(c)) && (holdsDeedWord(p.text, wishStems) || asked.some((c) => p.holds(c))),
    });
  }
  // "What role does Russia play …": only a paragraph naming who plays it and holding something else asked (role-played.ts).
  const played = rolePlayed(q.question, q.concepts);
  if (played !== null) {
    const asked = q.concepts.filter((c, i) => !played.frame.has(c.label) && !q.absent[i] && !namesSomeone(c) && !isFrameWord(c.label) && !q.isNumber(c));
    out.push({ reason: 'no paragraph that matches tells the role of who is asked about', meets: (p) => played.players.every((c) => p.holds(c) || p.previousHolds(c)) && asked.some((c) => p.holds(c)) });
  }
  // "What did X say about Gaza?" only by a paragraph on Gaza (or going on from one): X's words on the visit say nothing about it.
  const topics = q.concepts.filter((c, i) => c.topic && !q.absent[i] && !q.isNumber(c) && !isFrameWord(c.label));
  if (topics.length > 0) out.push({ meets: (p) => topics.some((c) => p.holds(c) || p.previousHolds(c)) });
  // "… عن العلاقات مع روسيا": the topic's partner named after مع / with is held itself — relations with Pakistan are not relations with Russia (pair.ts).
  const partners = partnerAsked(q.question, q.concepts);
  if (partners !== null) out.push({ reason: 'no paragraph that matches names the partner asked about', meets: (p) => partners.every((c) => p.holds(c) || p.previousHolds(c)) });
  // "كيف ردت الولايات المتحدة …", "ماذا قالت وزارة الخارجية …": a speaker named by ordinary words only is
  // quoted where its words stand together beside a verb of saying (attribution.ts attributesToPhrase).
  const spokenBy = q.concepts.some((c) => c.speaker) ? [] : q.concepts.filter((c) => c.speakerWord && !q.isNumber(c) && !isFrameWord(c.label)).map((c) => stemsIn(c, q.has)).filter((s) => s.size > 0);
  if (spokenBy.length > 0) {
    out.push({
      reason: 'no paragraph that matches quotes who is asked about',
      meets: (p) => attributesToPhrase(p.text, spokenBy) || (p.previous !== undefined && continuesSpeaker(p.text) && attributesToPhrase(p.previous, spokenBy)),
    });
  }
  // "ما نتائج المفاوضات …؟": the outcome, purpose or reason of a thing only where the thing is told (kind-complement.ts).
  const thing = complementOfKind(q.question, q.concepts);
  if (thing !== null && !q.absent[q.concepts.indexOf(thing)]) out.push({ meets: (p) => p.holds(thing) || p.previousHolds(thing) });
  // "ما نتائج زيارة …؟", "What came of the talks?": only a paragraph telling an outcome (agreed, signed, أسفر، اتفق; outcome.ts).
  // … of that event: the people it names are named there too, or in the paragraph it goes on from (Bagheri's talks are no outcome of Qalibaf's visit).
  if (asksOutcome(q.question)) {
    const people = q.concepts.filter((c, i) => c.name === true && !c.place && !c.proper && !q.absent[i] && !isTitleWord(c.label));
    out.push({ reason: 'no paragraph that matches tells an outcome of what is asked about', meets: (p) => reportsOutcome(p.text) && people.every((c) => p.holds(c) || p.previousHolds(c)) });
  }
  // "هل وافقت باكستان على …؟": whether a deed was done, only where the deed is told (yes-no.ts).
  const verb = verbAskedWhether(q.question, q.concepts);
  // … by the verb or its verbal noun ("زيارة لاريجاني إلى موسكو", "خلال زيارته": yes-no.ts verbalNouns).
  const nouns = verb !== null ? verbalNouns(verb, questionWords(q.question)[1]!.norm, q.senses, q.has) : new Set<string>();
  const toldByNoun = (p: Candidate) => nouns.size > 0 && holdsDeedWord(p.text, nouns);
  if (verb !== null && q.absent[q.concepts.indexOf(verb)]) out.push({ reason: 'no paragraph that matches tells of the deed asked about', meets: (p) => p.holds(verb) || toldByNoun(p) });
  // "هل زار الجنرال عاصم منير طهران؟": a deed the coverage tells is the doer's only where the doer is its subject
  // (Bagheri visited … and called on Munir: not Munir's visit; yes-no.ts tellsDeedOf).
  const whose = doerAskedWhether(q.question, q.concepts);
  if (whose !== null && (!q.absent[q.concepts.indexOf(whose.verb)] || nouns.size > 0)) {
    const deedStems = new Set([...stemsIn(whose.verb, q.has), ...nouns]);
    const doerStems = new Set(whose.doer.flatMap((c) => [...stemsIn(c, q.has)]));
    // … or its article's headline tells it, naming every party the question names ("زيارة لاريجاني لموسكو" over "في زيارة …، التقى لاريجاني").
    const named = q.concepts.filter((c, i) => namesSomeone(c) && !q.absent[i]).map((c) => spellingsOf(c, q.has));
    const headlined = (title: string | undefined) => title !== undefined && headlineTells(title, deedStems, doerStems, named);
    if (deedStems.size > 0 && doerStems.size > 0) out.push({ reason: 'no paragraph that matches tells the deed as done by who is asked about', meets: (p) => tellsDeedOf(p.text, deedStems, doerStems) || headlined(p.title) });
  }
  // "هل زار لاريجاني الصين بعد باكستان؟": a deed of one party with others is told where they all are named together.
  // The verb itself is no party, though a word no dictionary knows in that form may pass for a name (أبدت).
  const parties = verb !== null ? q.concepts.filter((c, i) => c !== verb && namesSomeone(c) && !q.absent[i]) : [];
  if (parties.length >= 2) out.push({ meets: (p) => parties.every((c) => p.holds(c)) });
  // "هل تم توقيع اتفاقيات خلال زيارة لاريجاني لموسكو؟": the deed told where its parties are named.
  const done = passiveDeedAsked(q.question, q.concepts);
  // Its parties in any spelling (الإيراني for إيران), in it or the paragraph it goes on from (pair.ts namesEvery).
  const around = done !== null ? q.concepts.filter((c, i) => namesSomeone(c) && !q.absent[i]).map((c) => spellingsOf(c, q.has)) : [];
  if (done !== null && !q.absent[q.concepts.indexOf(done)]) out.push({ meets: (p) => p.holds(done) && namesEvery(p.previous === undefined ? p.text : `${p.previous} ${p.text}`, around) });
  // "What caused the war to end?": its cause only where the event (the end) is told (cause-event.ts).
  const event = eventOfCause(q.question, q.concepts);
  if (event !== null && !q.absent[q.concepts.indexOf(event)]) out.push({ meets: (p) => p.holds(event) || p.previousHolds(event) });
  // "Which army is bigger, Iran's or Pakistan's?": only a paragraph making the comparison (comparison.ts).
  const comparative = comparisonAsked(q.question, q.concepts);
  if (comparative !== null) out.push({ reason: 'no paragraph that matches makes the comparison asked about', meets: (p) => p.holds(comparative) });
  // "Where did X go to school?", "Which party does X belong to?": a part of a named person's life, only where it is told (general-knowledge.ts).
  // Someone named: a word that could be a name, or one that crosses scripts by sound (إسحاق ~ Ishaq), not a place.
  const person = (c: Concept) => (c.name === true || c.alternatives.some((a) => a.source === 'transliteration')) && !c.place && !c.proper;
  const life = q.concepts.some((c, i) => person(c) && !q.absent[i]) ? lifeFieldAsked(q.question) : null;
  if (life !== null) out.push({ reason: 'no paragraph that matches tells of that part of a life (schooling, party, birth)', meets: (p) => life.test(normalizeCached(p.text).toLowerCase()) });
  // "لماذا استقال X؟", "Why did X cancel …?": the reason of an event the coverage never tells is never given (why-deed.ts).
  const why = deedOfWhy(q.question, q.concepts);
  if (why !== null && q.absent[q.concepts.indexOf(why)] && !coverageWrites(why, q.has)) out.push({ reason: 'the coverage never tells the event whose reason is asked', meets: () => false });
  // "Where were the drills held?", "في أي موعد ستجرى المناورات؟": an event only proposed was neither held nor dated (proposed-event.ts).
  const proposed = proposedEventAsked(q.question, q.concepts, q.absent, q.has);
  if (proposed !== null) out.push({ reason: 'no paragraph that matches tells the event asked about as more than proposed', meets: (p) => !onlyProposed(p.text, proposed) });
  // "ماذا قال لاريجاني عن خط أنابيب الغاز بين إيران وباكستان؟": a topic whose own words the coverage mostly lacks is never spoken of (topic-thing.ts).
  if (topicThingMissing(q.concepts, q.absent, q.isNumber)) out.push({ reason: 'the coverage never mentions what the question asks about', meets: () => false });
  // "What did Pezeshkian and Putin agree on?": a deed of two people only where both are named (joint-deed.ts).
  // … each as the paragraph could show it: a name spelled only in another script is left to the share ("Dar": FreeDict's DAR);
  // "شدد الجانبان", naming neither, goes on with the pair its article told of (naming one, it speaks of that one's talks).
  const both = jointDoersAsked(q.question, q.concepts)?.filter((c) => !q.absent[q.concepts.indexOf(c)]) ?? [];
  if (both.length === 2) out.push({ reason: 'no paragraph that matches names both people asked about', meets: (p) => both.every((c) => !canShow(c, p.text) || p.holds(c) || p.previousHolds(c)) || (speaksOfBothSides(p.text) && !both.some((c) => p.holds(c))) });
  // "كم مذكرة تفاهم وقّعها لاريجاني …؟": a count is the named person's only where the paragraph stating it names him (count-doer.ts).
  const owners = wants === 'quantity' ? countOwners(q.question, q.concepts, q.absent) : [];
  if (owners.length > 0) out.push({ reason: 'no paragraph that matches gives the count as that of who is asked about', meets: (p) => namesOwners(p.text, owners, p.holds) });
  // "متى تأسس المجلس …؟", "Who founded …?": only a paragraph telling a founding (founding.ts).
  if (asksFounding(q.question, wants === 'time')) out.push({ reason: 'no paragraph that matches tells of a founding', meets: (p) => tellsFounding(p.text) });
  return out;
}

/**
 * The index stems of a question's ordinary words (not names, places, titles, frame words, numbers, or
 * verbs saying what a quantity amounts to: last, بلغ): what a "how many" counts.
 */
function countedTerms(concepts: Concept[], isNumber: (c: Concept) => boolean): Set<string> {
  const ordinary = concepts.filter((c) => !(standsForDoer(c) || isNumber(c) || isFrameWord(c.label) || amountsTo(c.label)));
  // A unit ("كم يوماً استغرقت الزيارة؟") goes with any number: the quantity must stand by what is measured (the visit), when the question names it.
  const measured = ordinary.filter((c) => !isUnit(c.label));
  return new Set((measured.length > 0 ? measured : ordinary).flatMap(exactStems));
}
