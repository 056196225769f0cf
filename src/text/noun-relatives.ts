/**
 * The imperfect of a derived verb's verbal noun — the reverse of stem.ts imperfectRelatives: a question
 * asks with the noun (استغلال، اجتماع، انضمام), the news tells it with the verb (أن تستغل روسيا، يجتمع،
 * تنضم). Forms VII, VIII and X put hamzat al-wasl before the root and ا before its last letter
 * (انفعال، افتعال، استفعال); their imperfect drops both and takes a person prefix (ينفعل، يفتعل، يستفعل).
 * A doubled last root letter is written once in the imperfect (استغلال ~ تستغل, انضمام ~ ينضم).
 * Only forms the coverage has are used (concepts.ts), so guesses that are no word cost nothing.
 */
const DERIVED_NOUN = /^ا(.{3,4})ا(.)$/;
const PERSONS = ['ي', 'ت'];

/** Normalized verbal noun (no article or clitics) → its imperfects, third person, normalized. */
export function verbalNounImperfects(norm: string): string[] {
  const m = DERIVED_NOUN.exec(norm);
  if (!m) return [];
  const [, mid, last] = m as unknown as [string, string, string];
  // Forms VII/VIII have a three-letter middle (نطل، جتم), form X starts its four with ست (ستغل، ستخد).
  if (mid.length === 4 && !mid.startsWith('ست')) return [];
  if (mid.length === 3 && !/^(?:ن.|.ت|.ط|.د)/.test(mid)) return [];
  const stems = [mid + last];
  if (mid.endsWith(last)) stems.push(mid);
  return PERSONS.flatMap((p) => stems.map((s) => p + s));
}

/** The people named by a relative adjective in ـاني (الباكستانيين، الإيرانيون، الأفغانيين). */
const NISBA_ANI_PLURAL = /^(?:[وف]?(?:بال|لل|ال|كال|ب|ل))?(.{3,})اني(?:ين|ون)$/;

/**
 * The masculine singular of a plural relative adjective in ـاني. The stemmer takes its ني for "me" there
 * (الباكستاني → باكستا) but strips يين to ان in the plural (الباكستانيين → باكستان): "موقف الباكستانيين"
 * would never meet "الشعب الباكستاني". The other way (a masculine in the question) is left: it reached every
 * feminine of the country's adjective (الإيرانية) and moved five first answers (measured); concepts.ts uses
 * this for a question's topic only. A normalized form, kept where the coverage has it.
 */
export function nisbaSiblings(norm: string): string[] {
  const m = NISBA_ANI_PLURAL.exec(norm);
  return m ? [m[1]! + 'اني'] : [];
}
