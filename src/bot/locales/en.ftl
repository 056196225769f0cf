start =
    Hello! I answer questions about a body of news coverage ({ $articles } articles), in English or Arabic, with the paragraphs that answer them, each cited.

    Just send me a question, for example:
    <i>What did Larijani say about Pakistan?</i>
    Send /help for more.
help =
    <b>How to ask</b>
    Send a question in English or Arabic. I reply with the most relevant paragraphs of the coverage, the answering sentence in bold, and where each comes from (title, outlet, date, paragraph).

    Buttons under an answer: <b>Source 1</b>, <b>Source 2</b>… open each result's article at the quoted paragraph; <b>More results</b> pages through the answers; 👍/👎 tell us if it helped.
    In groups, mention me or reply to me. In any chat, type @{ $bot } and a question.

    The coverage: { $articles } articles.
nothing-found =
    The coverage has nothing on this.
    It covers, for example: { $topics }
paragraph-of = paragraph { $n } of the article
also-in = Also in:
more-results = More results
next-page = Next page ›
prev-page = ‹ Previous
no-more = No more results for this question.
expired = This button has expired. Please send your question again.
invalid-button = This button is not valid.
non-text = I can only read text. Please type your question.
too-long = Your question is too long ({ $length } characters). Please keep it under { $max }.
empty = Please type a question.
flood = You are sending messages too fast. Please wait a few seconds.
article-header = <b>{ $title }</b> — page { $page } of { $pages }
error = Something went wrong while answering. Please try again in a moment.
results-header = Results { $from }–{ $to }
admin-only = Sorry, this command is for the bot's admins only.
inline-empty = Type a question about the coverage
lang-code = en
source-n = Source { $n }
prev-results = ‹ Previous results
reason-paragraph = Wrong paragraph
reason-none = No answer
reason-translation = Poor translation
vote-counted = Thanks for your feedback!
vote-changed = Your vote was changed.
vote-unchanged = Your vote was already counted.
vote-why = Thanks! What was wrong? (optional)
vote-reason = Thanks, noted: { $reason }.
never-mentions = The coverage never mentions { $words }.
partial-never-mentions = Partial match: the coverage never mentions { $words }. The closest paragraphs:
greeting-hello =
    Hello! Ask me a question about the news coverage, in English or Arabic, for example:
    <i>What did Larijani say about Pakistan?</i>
    <i>What did Pakistan's foreign ministry say about the meeting?</i>
    It covers, for example: { $topics }
greeting-thanks =
    You're welcome! Ask me another question any time, for example:
    <i>Which news agency reported General Bagheri's statement?</i>
greeting-bye = Goodbye! Come back with a question any time.
full-translation = 🌐 Whole paragraphs translated
