/**
 * Load test: many users asking at once, through the Bot API stand-in, against the bot as a child
 * process (src/main.ts, as `npm start` runs it; real FreeDict dictionary when installed, tiny test model).
 *
 *   npx tsx bench/stress.ts [--users 200] [--per-user 5] [--timeout 300]
 *   npm run stress            # once the script is in package.json
 *
 * All questions are queued in one burst. Checks that every update is answered exactly once (one
 * sendMessage replying to it), and prints reply times (push → first sendMessage), throughput and the
 * bot process's peak memory (VmHWM). Exit code 1 when an update was lost or answered twice.
 * Only loopback traffic: the stand-in listens on 127.0.0.1.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startBotProcess } from '../test/support/bot-process.js';
import type { RecordedRequest, TgUpdate } from '../test/support/bot-api-stub.js';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '200' },
    'per-user': { type: 'string', default: '5' },
    timeout: { type: 'string', default: '300' },
    questions: { type: 'string', default: process.env.BENCH_QUESTIONS ?? '/work/shared/eval/dev_qa.jsonl' },
  },
});
const USERS = Number(values.users);
const PER_USER = Number(values['per-user']);
const TIMEOUT_MS = Number(values.timeout) * 1000;

const say = (s: string) => process.stderr.write(`${s}\n`);

/** The dev questions (Arabic and English) and variations a person might type. */
async function questionPool(file: string): Promise<string[]> {
  const base = await readFile(file, 'utf8')
    .then((t) => t.split('\n').filter((l) => l.trim()).map((l) => String((JSON.parse(l) as { question: string }).question)))
    .catch(() => ['ماذا قال لاريجاني عن باكستان؟', 'What did Larijani say about Pakistan?', 'What is the boiling point of water?']);
  const pool: string[] = [];
  for (const q of base) {
    const arabic = /[\u0600-\u06FF]/.test(q);
    pool.push(q);
    pool.push(q.replace(/[?؟]\s*$/, ''));
    pool.push(arabic ? `سؤال: ${q}` : `Please tell me: ${q.charAt(0).toLowerCase()}${q.slice(1)}`);
    pool.push(arabic ? `${q} أرجو الإجابة مع المصدر` : `${q.toUpperCase()}`);
    pool.push(`  ${q.replace(/ /g, '  ')}  `);
  }
  return pool;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function procStatus(pid: number): Promise<Record<string, number>> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const out: Record<string, number> = {};
  for (const key of ['VmHWM', 'VmRSS']) {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
    if (m) out[key] = Number(m[1]) / 1024;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields.length > 13) out.cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100/s)
  return out;
}

const pool = await questionPool(values.questions);
say(`starting the bot (builds its index from seeds/ first)…`);
const t0 = Date.now();
const bot = await startBotProcess();
const pid = bot.child.pid!;
say(`bot ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${pid}); ${USERS} users × ${PER_USER} questions from a pool of ${pool.length}`);

let exitCode = 0;
try {
  // Warm-up and the idle figure: 20 questions one after the other, nobody else asking.
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) {
    const seen = new Set(bot.stub.requests());
    const at = Date.now();
    bot.stub.pushMessage({ text: pool[(i * 5) % pool.length]!, from: { id: 1 + (i % 2), first_name: 'Warm' } });
    const r = await bot.stub.waitFor((x) => !seen.has(x) && x.method === 'sendMessage' && x.outcome === 'ok', 60_000);
    idle.push(r.at - at);
    await new Promise((res) => setTimeout(res, 1300)); // stay under the flood limit (8 / 10 s per user, 2 users)
  }
  idle.sort((a, b) => a - b);
  const before = await procStatus(pid);

  const pushed: Array<{ update: TgUpdate; chat: number; messageId: number; at: number; question: string }> = [];
  const burstStart = Date.now();
  for (let k = 0; k < PER_USER; k++) {
    for (let u = 0; u < USERS; u++) {
      const id = 100_000 + u;
      const question = pool[(u * PER_USER + k) % pool.length]!;
      const update = bot.stub.pushMessage({ text: question, from: { id, first_name: `User${u}`, language_code: u % 2 ? 'ar' : 'en' } });
      pushed.push({ update, chat: id, messageId: update.message!.message_id, at: Date.now(), question });
    }
  }
  const pushedIn = Date.now() - burstStart;

  // Index the answers by (chat, replied message id) as they come.
  const firstReply = (r: RecordedRequest) => (r.method === 'sendMessage' ? (r.params.reply_parameters as { message_id?: number } | undefined)?.message_id : undefined);
  const key = (chat: number, id: number) => `${chat}:${id}`;
  let peakRss = before.VmRSS ?? 0;
  const deadline = Date.now() + TIMEOUT_MS;
  let answered = 0;
  while (Date.now() < deadline) {
    const got = new Set(bot.stub.requests('sendMessage').filter((r) => r.outcome === 'ok' && firstReply(r) !== undefined).map((r) => key(Number(r.params.chat_id), firstReply(r)!)));
    answered = pushed.filter((p) => got.has(key(p.chat, p.messageId))).length;
    const now = await procStatus(pid);
    peakRss = Math.max(peakRss, now.VmRSS ?? 0);
    if (answered === pushed.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1000)); // late duplicates, if any
  const after = await procStatus(pid);

  const sends = bot.stub.requests('sendMessage');
  const byUpdate = new Map<string, RecordedRequest[]>();
  for (const r of sends) {
    const id = firstReply(r);
    if (id === undefined) continue;
    const k = key(Number(r.params.chat_id), id);
    byUpdate.set(k, [...(byUpdate.get(k) ?? []), r]);
  }
  const counts = pushed.map((p) => (byUpdate.get(key(p.chat, p.messageId)) ?? []).filter((r) => r.outcome === 'ok').length);
  const lost = counts.filter((c) => c === 0).length;
  const twice = counts.filter((c) => c > 1).length;
  const refused = sends.filter((r) => r.outcome !== 'ok').length;
  const floodReplies = sends.filter((r) => /too fast|بسرعة/.test(String(r.params.text))).length;
  const latencies = pushed.flatMap((p) => {
    const first = (byUpdate.get(key(p.chat, p.messageId)) ?? []).filter((r) => r.outcome === 'ok')[0];
    return first ? [first.at - p.at] : [];
  }).sort((a, b) => a - b);
  const lastAnswer = Math.max(...pushed.map((p) => (byUpdate.get(key(p.chat, p.messageId)) ?? [])[0]?.at ?? 0));
  const wall = (lastAnswer - burstStart) / 1000;
  const abstained = pushed.filter((p) => /nothing on this|لا تتضمن التغطية/.test(String((byUpdate.get(key(p.chat, p.messageId)) ?? [])[0]?.params.text ?? ''))).length;
  const totalMessages = sends.filter((r) => r.outcome === 'ok' && Number(r.params.chat_id) >= 100_000).length;
  const tokenInLogs = bot.logs().includes(bot.stub.token.split(':')[1]!);

  const rows: Array<[string, string]> = [
    ['users × questions each', `${USERS} × ${PER_USER} = ${pushed.length} (pool of ${pool.length} Arabic/English questions and variations)`],
    ['queued in', `${pushedIn} ms (one burst)`],
    ['answered exactly once', `${counts.filter((c) => c === 1).length} / ${pushed.length}`],
    ['lost / answered twice', `${lost} / ${twice}`],
    ['refused sends (stand-in 4xx) / flood-limit replies', `${refused} / ${floodReplies}`],
    ['"nothing on this" answers', `${abstained}`],
    ['messages sent (answers split under 4096 chars)', `${totalMessages}`],
    ['idle reply time p50 / max (20 questions one at a time)', `${percentile(idle, 50)} / ${idle.at(-1)} ms`],
    ['burst reply time p50 / p95 / max (push → first sendMessage)', `${percentile(latencies, 50)} / ${percentile(latencies, 95)} / ${latencies.at(-1)} ms`],
    ['burst drained in', `${wall.toFixed(1)} s (${(pushed.length / wall).toFixed(0)} answers/s)`],
    ['bot RSS before / peak during / after the burst', `${before.VmRSS?.toFixed(0)} / ${peakRss.toFixed(0)} / ${after.VmRSS?.toFixed(0)} MiB`],
    ['bot peak memory (VmHWM, whole life incl. index build)', `${after.VmHWM?.toFixed(0)} MiB`],
    ['bot CPU time for the burst', `${((after.cpuSeconds ?? 0) - (before.cpuSeconds ?? 0)).toFixed(1)} s`],
    ['token in the bot\'s log', tokenInLogs ? 'YES' : 'no'],
  ];
  process.stdout.write(`\n| measure | value |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n`);
  if (lost || twice || answered !== pushed.length || tokenInLogs) {
    exitCode = 1;
    say(`FAILED: ${lost} lost, ${twice} answered twice${tokenInLogs ? ', token in the log' : ''}`);
  }
} finally {
  await bot.stop();
}
process.exit(exitCode);
