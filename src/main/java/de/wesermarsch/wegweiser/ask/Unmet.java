package de.wesermarsch.wegweiser.ask;

import java.util.Comparator;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.snapshot.Snapshots;

/**
 * What people looked for and did not find: searches without a result and the "I did not find what I need"
 * signal, counted in aggregate per query text and language. Nothing about who searched is kept: no address, no
 * time, no session. Of the text only the words the published content knows are kept ({@link KnownWords}; the
 * others become "…"), so a name, a street, a phone number or an e-mail typed into the search box is never
 * stored. At most {@value #MAX_QUERIES} texts are kept, in memory only; a text nobody has searched for in
 * {@value #FORGET_DAYS} days is forgotten, and when the table is full a new text must be more frequent than the
 * one it replaces (Caffeine's admission), so a flood of one-off texts cannot push out what many people ask.
 */
@Component
public class Unmet {

	static final int MAX_QUERIES = 5_000;

	static final int FORGET_DAYS = 28;

	private final Cache<Key, Counts> counts;

	private final java.util.function.Supplier<Content> content;

	private volatile KnownWords known;

	private final io.micrometer.core.instrument.Counter searches;

	private final io.micrometer.core.instrument.Counter zeroResults;

	private final io.micrometer.core.instrument.Counter notFoundSignals;

	private final io.micrometer.core.instrument.Counter unanswered;

	@org.springframework.beans.factory.annotation.Autowired
	public Unmet(io.micrometer.core.instrument.MeterRegistry registry, Snapshots snapshots) {
		this(registry, () -> snapshots.current().content(), Ticker.systemTicker());
	}

	/** Counts against the content that {@code content} gives (the one served now), on the clock {@code ticker}. */
	Unmet(io.micrometer.core.instrument.MeterRegistry registry, java.util.function.Supplier<Content> content,
			Ticker ticker) {
		this.content = content;
		this.counts = Caffeine.newBuilder()
			.maximumSize(MAX_QUERIES)
			.expireAfterAccess(Duration.ofDays(FORGET_DAYS))
			.ticker(ticker)
			.executor(Runnable::run)
			.build();
		this.searches = registry.counter("wegweiser.searches");
		this.zeroResults = registry.counter("wegweiser.searches.zero.results");
		this.notFoundSignals = registry.counter("wegweiser.not.found.signals");
		this.unanswered = registry.counter("wegweiser.questions.unanswered");
	}

	/** A normalised query text and its language. */
	public record Key(String query, String lang) {
	}

	/**
	 * How often a text found nothing, how often someone said they did not find what they needed, and how often it
	 * was asked as a question that the content does not answer.
	 */
	public record Counts(LongAdder zeroResults, LongAdder notFound, LongAdder unanswered) {
		Counts() {
			this(new LongAdder(), new LongAdder(), new LongAdder());
		}
	}

	/** One row of the report for editors. */
	public record Row(String query, String lang, long zeroResults, long notFound, long unanswered) {
	}

	/** Counts a search; one that found nothing is also counted under its text. */
	public void searched(String query, String lang, long total) {
		searches.increment();
		if (total == 0) {
			zeroResults.increment();
			counts(query, lang).ifPresent(c -> c.zeroResults().increment());
		}
	}

	/** Counts a question; one the content does not answer is counted under its text. */
	public void asked(String query, String lang, boolean answered) {
		if (!answered) {
			unanswered.increment();
			counts(query, lang).ifPresent(c -> c.unanswered().increment());
		}
	}

	/** Someone said they did not find what they needed after searching for this. */
	public void notFound(String query, String lang) {
		notFoundSignals.increment();
		counts(query, lang).ifPresent(c -> c.notFound().increment());
	}

	private java.util.Optional<Counts> counts(String query, String lang) {
		String kept = knownWords().keep(query == null ? "" : query);
		if (kept.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(counts.get(new Key(kept.length() > 100 ? kept.substring(0, 100) : kept, lang),
				k -> new Counts()));
	}

	/** The known words of the content served now, built again when the content changes. */
	private KnownWords knownWords() {
		Content content = this.content.get();
		KnownWords words = known;
		if (words == null || !words.version().equals(content.version())) {
			words = new KnownWords(content);
			known = words;
		}
		return words;
	}

	/** The most frequent unmet searches first. */
	public List<Row> top(int max) {
		return counts.asMap().entrySet().stream()
			.map(e -> new Row(e.getKey().query(), e.getKey().lang(), e.getValue().zeroResults().sum(),
					e.getValue().notFound().sum(), e.getValue().unanswered().sum()))
			.sorted(Comparator.comparingLong((Row r) -> r.zeroResults() + r.notFound() + r.unanswered()).reversed())
			.limit(max)
			.toList();
	}

}
