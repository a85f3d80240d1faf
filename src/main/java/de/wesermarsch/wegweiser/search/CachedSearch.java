package de.wesermarsch.wegweiser.search;

import java.util.concurrent.atomic.AtomicLongArray;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search results cached by snapshot version and the normalised request, with their JSON: a cached answer costs
 * no search and no serialisation. A new snapshot has a new version, so its answers never mix with the old ones,
 * which simply age out.
 * <p>
 * An answer is cached the second time its request is seen, not the first: most searches are asked once, and
 * caching each of them would only push the small heap's answers into the old generation to die there, which
 * costs full collections of a fifth of a second. Which requests were seen is remembered by a 64-bit fingerprint in
 * a fixed table, so the remembering cannot grow.
 */
@Component
public final class CachedSearch {

	/** The cache's budget, in bytes of JSON (counted twice for the result objects beside it): small heaps stay calm. */
	static final long BYTES = 24L * 1024 * 1024;

	/** How many request fingerprints are remembered: 2^16, a table of 512 KB. */
	private static final int SEEN_BITS = 16;

	private final Cache<Key, Answer> cache;

	private final AtomicLongArray seen = new AtomicLongArray(1 << SEEN_BITS);

	private final JsonMapper json;

	record Key(String version, SearchRequest request) {
	}

	/** A result and its JSON. */
	public record Answer(SearchResult result, byte[] json) {
	}

	public CachedSearch(MeterRegistry registry, JsonMapper json) {
		this.json = json;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(BYTES)
			// evictions run on the request's thread: handing each write to the common pool cost a third of an
			// uncached search in thread wake-ups
			.executor(Runnable::run)
			.<Key, Answer>weigher((key, answer) -> 2 * answer.json().length)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, cache, "search");
	}

	public Answer search(String version, SearchService search, SearchRequest request) {
		Key key = new Key(version, request);
		Answer answer = cache.getIfPresent(key);
		if (answer == null) {
			SearchResult result = search.search(request);
			answer = new Answer(result, json.writeValueAsBytes(result));
			if (seenBefore(key)) {
				cache.put(key, answer);
			}
		}
		return answer;
	}

	/** Whether the key was seen since another key with the same slot replaced it; remembers it from now on. */
	private boolean seenBefore(Key key) {
		long fingerprint = fingerprint(key) | 1; // never 0, the value of a slot nothing was seen in
		int slot = (int) (fingerprint >>> (Long.SIZE - SEEN_BITS));
		return seen.getAndSet(slot, fingerprint) == fingerprint;
	}

	/**
	 * A 64-bit hash of every part of the key. The records' own hash codes will not do: theirs of limit and offset
	 * are {@code 31 * limit + offset}, the same for thousands of pages.
	 */
	private static long fingerprint(Key key) {
		SearchRequest request = key.request();
		long hash = 0;
		for (Object part : new Object[] { key.version(), request.query(), request.lang(), request.easy(),
				request.types(), request.topics(), request.places(), request.limit(), request.offset() }) {
			hash = mix(hash * 0x9E3779B97F4A7C15L + part.hashCode());
		}
		return hash;
	}

	/** The finaliser of MurmurHash3: every bit of the input changes half of the output's bits. */
	private static long mix(long value) {
		value = (value ^ (value >>> 33)) * 0xFF51AFD7ED558CCDL;
		value = (value ^ (value >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return value ^ (value >>> 33);
	}

}
