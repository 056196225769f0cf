/** Recently asked questions, so "more results" and votes can refer to them in 64 bytes. Bounded; lost on restart (the buttons then say so). */
import { randomBytes } from 'node:crypto';

export interface Asked {
  question: string;
  lang: 'ar' | 'en';
  userHash: string;
  /** paragraph ids shown so far */
  shown: string[];
  /** the last vote pressed on this answer, so a new page of it shows the choice too */
  vote?: { up: boolean; reason?: 'paragraph' | 'none' | 'translation' };
}

export class AskedQuestions {
  private readonly items = new Map<string, Asked>();
  constructor(private readonly capacity = 5000) {}

  add(a: Asked): string {
    const qid = randomBytes(6).toString('hex').slice(0, 10);
    this.items.set(qid, a);
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value!);
    return qid;
  }

  get(qid: string): Asked | undefined {
    return this.items.get(qid);
  }
}
