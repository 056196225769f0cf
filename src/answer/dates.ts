/** ISO dates (YYYY-MM-DD) written for a reader: "21 Oct 2025", "21 أكتوبر 2025". Pure. */

const MONTHS: Record<'ar' | 'en', readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  // The month names of Egyptian and Gulf outlets (the seeds' own usage), not the Levantine ones.
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/** "2025-10-21" → "21 Oct 2025" (en) or "21 أكتوبر 2025" (ar); anything else is returned unchanged. */
export function readerDate(iso: string, lang: 'ar' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}
