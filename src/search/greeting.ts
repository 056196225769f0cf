/**
 * Greetings and thanks ("hi", "thanks!", "مرحبا", "شكرا جزيلا") are not questions: they deserve a
 * greeting back and a few example questions, not "the coverage has nothing on this". A message is
 * one only when it is made of nothing but greeting phrases (and a few fillers such as "there",
 * "bot", "يا"), so "hello, what did Larijani say?" is still a question.
 */
import { normalizeText } from '../text/normalize.js';

export type Greeting = 'hello' | 'thanks' | 'bye';

// Normalized forms (ة → ه, ى → ي, أ/إ/آ → ا, lowercase), longest first within each list.
const PHRASES: Array<[Greeting, string[]]> = [
  ['thanks', [
    'thank you for your help', 'thanks for your help', 'thanks for the help', 'i appreciate your help', 'i appreciate it', 'much appreciated', 'appreciate it', 'i am grateful', "i'm grateful", 'grateful',
    'thank you very much', 'thank you so much', 'thanks a lot', 'thanks so much', 'many thanks', 'thank you', 'thanks', 'thx', 'ty', 'cheers',
    'شكرا على المساعده', 'شكرا لمساعدتك', 'ممتن لمساعدتك', 'ممتن لك', 'ممتنه', 'ممتن', 'اشكرك', 'نشكرك', 'شكرا جزيلا', 'شكرا لك', 'شكرا لكم', 'الف شكر', 'شكرا', 'مشكور', 'مشكوره', 'يعطيك العافيه', 'تسلم', 'جزاك الله خيرا', 'merci',
  ]],
  ['bye', ['good bye', 'goodbye', 'good night', 'bye', 'see you later', 'see you', 'take care', 'مع السلامه', 'الي اللقاء', 'الى اللقاء', 'في امان الله', 'تصبح علي خير', 'وداعا']],
  ['hello', [
    "how's it going", 'hows it going', 'how is it going', 'how are you doing', 'how are things', 'how do you do', 'nice to meet you', 'good day',
    'good morning', 'good afternoon', 'good evening', 'how are you', "what's up", 'whats up', 'hello', 'hallo', 'hiya', 'hey', 'hi', 'yo', 'greetings', 'salam', 'salaam',
    'السلام عليكم ورحمه الله وبركاته', 'السلام عليكم ورحمه الله', 'السلام عليكم', 'وعليكم السلام', 'اهلا وسهلا', 'اهلا بك', 'مرحبا بك', 'صباح الخير', 'مساء الخير',
    'كيف الحال', 'كيف حالكم', 'كيفك', 'يومك سعيد', 'نهارك سعيد', 'طاب يومك', 'كيف حالك', 'مرحبا', 'مرحبتين', 'اهلا', 'اهلين', 'هلا', 'سلام',
  ]],
];

const FILLERS = new Set(['for', 'your', 'help', 'the', 'today', 'tonight', 'this', 'morning', 'evening', 'اليوم', 'answer', 'answers', 'info', 'information', 'المساعده', 'مساعدتكم', 'الاجابه', 'المعلومات', 'الرد', 'لمساعدتك', 'مساعدتك', 'علي', 'there', 'bot', 'again', 'everyone', 'all', 'friend', 'and', 'very', 'much', 'so', 'ok', 'okay', 'يا', 'صديقي', 'و', 'جدا', 'كثيرا',
  // praise that comes with thanks ("thanks, that was really helpful", "شكرا، كانت الإجابة مفيدة")
  'that', "that's", 'thats', 'it', "it's", 'its', 'was', 'is', 'a', 'lot', 'really', 'great', 'good', 'nice', 'helpful', 'useful', 'perfect', 'excellent', 'awesome', 'cool', 'clear',
  'كانت', 'كان', 'مفيده', 'مفيد', 'رائع', 'رائعه', 'ممتاز', 'ممتازه', 'جميل', 'واضح', 'واضحه', 'تمام']);

/** The greeting a message consists of (thanks win over hello when both appear), or null for anything else. */
export function detectGreeting(message: string): Greeting | null {
  const text = normalizeText(message).toLowerCase().replace(/[^\p{L}\p{N}'\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return null;
  let rest = ` ${text} `;
  const found = new Set<Greeting>();
  for (const [kind, phrases] of PHRASES) {
    for (const p of phrases) {
      const at = ` ${p} `;
      while (rest.includes(at)) { rest = rest.replace(at, ' '); found.add(kind); }
    }
  }
  if (found.size === 0) return null;
  if (rest.split(' ').some((w) => w && !FILLERS.has(w))) return null;
  return found.has('thanks') ? 'thanks' : found.has('bye') ? 'bye' : 'hello';
}
