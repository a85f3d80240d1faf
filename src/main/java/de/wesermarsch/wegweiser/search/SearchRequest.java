package de.wesermarsch.wegweiser.search;

import java.util.Set;

import de.wesermarsch.wegweiser.content.EntryType;

/**
 * A validated search: the query, the language and variant of the answer, filters (values within one filter are
 * alternatives, filters together all apply) and the page. The API validates the values against the content
 * before it builds one.
 */
public record SearchRequest(String query, String lang, boolean easy, Set<EntryType> types, Set<String> topics,
		Set<String> places, int limit, int offset) {

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_LIMIT = 50;

	public static final int MAX_OFFSET = 1000;

	public SearchRequest {
		if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
			throw new IllegalArgumentException("query must have 1 to " + MAX_QUERY_LENGTH + " characters");
		}
		if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset > MAX_OFFSET) {
			throw new IllegalArgumentException("paging out of range");
		}
		types = Set.copyOf(types);
		topics = Set.copyOf(topics);
		places = Set.copyOf(places);
	}

	/** What someone typed, without control characters or lone surrogates, whitespace collapsed. */
	public static String clean(String typed) {
		return typed.codePoints()
			.map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip()
			.replaceAll("\\s+", " ");
	}

}
