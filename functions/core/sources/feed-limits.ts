// Feed poll limits, shared by the poll (feeds function) and the page fetches (pages function)
// without either bundling the other's parser.

/** A page that failed this many fetches is given up on (kept from the feed content, or rejected). */
export const MAX_FETCH_ATTEMPTS = 3;
/** Pages fetched per feed per poll; the rest wait for the next poll (bounds the function's run time). */
export const MAX_PAGES_PER_POLL = 30;
