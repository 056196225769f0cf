start =
    Hello! I answer questions about a body of news coverage ({ $articles } articles), in English or Arabic, with the paragraphs that answer them, each cited.

    Just send me a question, for example:
    <i>What did Larijani say about Pakistan?</i>
    Send /help for more.
help =
    <b>How to ask</b>
    Send a question in English or Arabic. I reply with the most relevant paragraphs of the coverage, the answering sentence in bold, and where each comes from (title, outlet, date, paragraph).

    Buttons under an answer: <b>More results</b>, <b>Full article</b>, and 👍/👎 to tell us if it helped.
    In groups, mention me or reply to me. In any chat, type @{ $bot } and a question.

    The coverage: { $articles } articles.
nothing-found =
    The coverage has nothing on this.
    It covers, for example: { $topics }
paragraph-of = paragraph { $n } of the article
also-in = Also in:
more-results = More results
full-article = Full article
next-page = Next page ›
prev-page = ‹ Previous
no-more = No more results for this question.
expired = This button has expired. Please send your question again.
invalid-button = This button is not valid.
vote-thanks = Thanks for your feedback!
non-text = I can only read text. Please type your question.
too-long = Your question is too long ({ $length } characters). Please keep it under { $max }.
empty = Please type a question.
flood = You are sending messages too fast. Please wait a few seconds.
article-header = <b>{ $title }</b> — page { $page } of { $pages }
error = Something went wrong while answering. Please try again in a moment.
results-header = Results { $from }–{ $to } for your question:
admin-only = Sorry, this command is for the bot's admins only.
inline-empty = Type a question about the coverage
full-translation = 🌐 Whole paragraphs translated
