package de.wesermarsch.wegweiser.answer;

import de.wesermarsch.wegweiser.search.SearchRequest;

/**
 * A validated question: what was asked, the language and variant of the answer, and optionally the one entry to
 * answer from ({@code entry}, null for all). The API and the pages check the values before they build one.
 */
public record AnswerRequest(String query, String lang, boolean easy, String entry) {

	/** How many of the search's best entries are read for an answer. */
	public static final int ENTRIES = 3;

	public AnswerRequest {
		if (query == null || query.isBlank() || query.length() > SearchRequest.MAX_QUERY_LENGTH) {
			throw new IllegalArgumentException("question must have 1 to " + SearchRequest.MAX_QUERY_LENGTH + " characters");
		}
	}

	/** The search whose best entries are read. */
	public SearchRequest search() {
		return new SearchRequest(query, lang, easy, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), ENTRIES, 0);
	}

}
