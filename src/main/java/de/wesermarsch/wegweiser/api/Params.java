package de.wesermarsch.wegweiser.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.web.reactive.function.server.ServerRequest;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.snapshot.Snapshot;

/**
 * Reads and checks the query parameters of one request against one snapshot; anything out of bounds or unknown
 * is a {@link BadRequest} whose sentence names the parameter and what is allowed.
 */
final class Params {

	private static final int MAX_VALUES = 20;

	private final ServerRequest request;

	private final Snapshot snapshot;

	Params(ServerRequest request, Snapshot snapshot) {
		this.request = request;
		this.snapshot = snapshot;
	}

	/** The search these parameters ask for, {@code defaultLimit} hits unless {@code limit} says otherwise. */
	SearchRequest search(int defaultLimit) {
		return new SearchRequest(query(), lang(), easy(), types(), topics(), places(), limit(defaultLimit), offset());
	}

	/** The query text without control characters; required, at most {@link SearchRequest#MAX_QUERY_LENGTH}. */
	String query() {
		String raw = single("q");
		if (raw == null) {
			throw new BadRequest("The parameter 'q' (what to search for) is missing.");
		}
		if (raw.length() > SearchRequest.MAX_QUERY_LENGTH * 4) {
			throw new BadRequest("The search text is too long: at most " + SearchRequest.MAX_QUERY_LENGTH + " characters.");
		}
		String clean = SearchRequest.clean(raw);
		if (clean.isEmpty()) {
			throw new BadRequest("The search text is empty: type at least one word.");
		}
		if (clean.length() > SearchRequest.MAX_QUERY_LENGTH) {
			throw new BadRequest("The search text is too long: at most " + SearchRequest.MAX_QUERY_LENGTH + " characters.");
		}
		return clean;
	}

	/** The language of the answer: the parameter if given (and known), else from Accept-Language, else German. */
	String lang() {
		String lang = single("lang");
		Content content = snapshot.content();
		if (lang == null) {
			return snapshot.languages().negotiate(request.headers().firstHeader("Accept-Language"));
		}
		if (content.language(lang).isEmpty()) {
			throw new BadRequest("Unknown language '" + shorten(lang) + "'. Known languages: "
					+ String.join(", ", content.languageCodes()) + ".");
		}
		return lang;
	}

	/** The one entry to answer from, if given; it must exist. */
	String entry() {
		String id = single("entry");
		if (id != null && snapshot.content().entry(id).isEmpty()) {
			throw new BadRequest("There is no entry '" + shorten(id) + "' to answer from.");
		}
		return id;
	}

	boolean easy() {
		String easy = single("easy");
		if (easy == null || easy.equals("false")) {
			return false;
		}
		if (easy.equals("true")) {
			return true;
		}
		throw new BadRequest("The parameter 'easy' must be true or false, not '" + shorten(easy) + "'.");
	}

	Set<EntryType> types() {
		Set<EntryType> types = new LinkedHashSet<>();
		for (String type : known("type", t -> EntryType.of(t).isPresent(),
				List.of(EntryType.values()).stream().map(EntryType::id).toList())) {
			types.add(EntryType.of(type).orElseThrow());
		}
		return types;
	}

	Set<String> topics() {
		return known("topic", snapshot.content().topics()::containsKey, snapshot.content().topics().keySet());
	}

	Set<String> places() {
		return known("place", snapshot.content().places()::containsKey, snapshot.content().places().keySet());
	}

	int limit(int fallback) {
		return number("limit", fallback, 1, SearchRequest.MAX_LIMIT);
	}

	int offset() {
		return number("offset", 0, 0, SearchRequest.MAX_OFFSET);
	}

	private Set<String> known(String name, Predicate<String> exists, java.util.Collection<String> allowed) {
		List<String> values = request.queryParams().getOrDefault(name, List.of());
		if (values.size() > MAX_VALUES) {
			throw new BadRequest("Too many values for '" + name + "': at most " + MAX_VALUES + ".");
		}
		Set<String> result = new LinkedHashSet<>();
		for (String value : values) {
			if (!exists.test(value)) {
				throw new BadRequest("Unknown " + name + " '" + shorten(value) + "'. Allowed: " + String.join(", ", allowed) + ".");
			}
			result.add(value);
		}
		return result;
	}

	private int number(String name, int fallback, int min, int max) {
		String value = single(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw new BadRequest("The parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '"
				+ shorten(value) + "'.");
	}

	private String single(String name) {
		List<String> values = request.queryParams().getOrDefault(name, List.of());
		if (values.size() > 1) {
			throw new BadRequest("The parameter '" + name + "' may be given only once.");
		}
		return values.isEmpty() || values.get(0) == null ? null : values.get(0);
	}

	/** Echoes at most 40 characters of what the caller sent, without control characters. */
	private static String shorten(String value) {
		String clean = value.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
	}

}
