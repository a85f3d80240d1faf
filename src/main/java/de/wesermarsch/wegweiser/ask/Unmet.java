package de.wesermarsch.wegweiser.ask;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What people looked for and did not find: searches without a result and the "I did not find what I need"
 * signal, counted in aggregate per normalised query text and language. Nothing about who searched is kept: no
 * address, no time, no session. Digits and e-mail addresses are removed before counting, so a phone number or an
 * address typed into the search box is never stored; at most {@value #MAX_QUERIES} distinct texts are kept, in
 * memory only.
 */
@Component
public class Unmet {

	static final int MAX_QUERIES = 5_000;

	private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private final Map<Key, Counts> counts = new ConcurrentHashMap<>();

	private final io.micrometer.core.instrument.Counter searches;

	private final io.micrometer.core.instrument.Counter zeroResults;

	private final io.micrometer.core.instrument.Counter notFoundSignals;

	public Unmet(io.micrometer.core.instrument.MeterRegistry registry) {
		this.searches = registry.counter("wegweiser.searches");
		this.zeroResults = registry.counter("wegweiser.searches.zero.results");
		this.notFoundSignals = registry.counter("wegweiser.not.found.signals");
	}

	/** A normalised query text and its language. */
	public record Key(String query, String lang) {
	}

	/** How often a text found nothing, and how often someone said they did not find what they needed. */
	public record Counts(LongAdder zeroResults, LongAdder notFound) {
		Counts() {
			this(new LongAdder(), new LongAdder());
		}
	}

	/** One row of the report for editors. */
	public record Row(String query, String lang, long zeroResults, long notFound) {
	}

	/** Counts a search; one that found nothing is also counted under its text. */
	public void searched(String query, String lang, long total) {
		searches.increment();
		if (total == 0) {
			zeroResults.increment();
			counts(query, lang).ifPresent(c -> c.zeroResults().increment());
		}
	}

	/** Someone said they did not find what they needed after searching for this. */
	public void notFound(String query, String lang) {
		notFoundSignals.increment();
		counts(query, lang).ifPresent(c -> c.notFound().increment());
	}

	private java.util.Optional<Counts> counts(String query, String lang) {
		String normal = normalise(query);
		if (normal.isEmpty()) {
			return java.util.Optional.empty();
		}
		Key key = new Key(normal, lang);
		Counts existing = counts.get(key);
		if (existing == null && counts.size() >= MAX_QUERIES) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(counts.computeIfAbsent(key, k -> new Counts()));
	}

	static String normalise(String query) {
		String text = EMAIL.matcher(query == null ? "" : query).replaceAll(" ");
		text = DIGITS.matcher(text).replaceAll(" ");
		text = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
		return text.length() > 100 ? text.substring(0, 100) : text;
	}

	/** The most frequent unmet searches first. */
	public List<Row> top(int max) {
		return counts.entrySet().stream()
			.map(e -> new Row(e.getKey().query(), e.getKey().lang(), e.getValue().zeroResults().sum(),
					e.getValue().notFound().sum()))
			.sorted(Comparator.comparingLong((Row r) -> r.zeroResults() + r.notFound()).reversed())
			.limit(max)
			.toList();
	}

}
