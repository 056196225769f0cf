/** The command menus Telegram shows: everyone's, and the admins' (set per admin chat by run.ts). */
export const USER_COMMANDS = [
  { command: 'help', description: 'How to ask' },
  { command: 'ask', description: 'Ask a question (in groups): /ask <question>' },
];

export const ADMIN_COMMANDS = [
  { command: 'reindex', description: 'Re-index the seeds (add "full" to re-embed everything)' },
  { command: 'stats', description: 'Index statistics' },
  { command: 'sources', description: 'Articles in the coverage' },
  { command: 'remove', description: 'Remove an article: /remove <file name>' },
];
