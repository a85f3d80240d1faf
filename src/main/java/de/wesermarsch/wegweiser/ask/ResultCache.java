package de.wesermarsch.wegweiser.ask;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Results cached by snapshot version and request. A new snapshot has a new version, so its results never mix
 * with the old ones, which simply age out. The budget is in bytes, estimated per result, so a small heap stays
 * calm however long the results are.
 * <p>
 * A result is cached the second time its request is seen, not the first: most searches are asked once, and
 * caching each of them would only push the small heap's results into the old generation to die there, which
 * cost full collections of a fifth of a second under load. Which requests were seen is remembered by a 64-bit
 * fingerprint in a fixed table, so the remembering cannot grow.
 *
 * @param <Q> the request, a record: its text form names every part of it
 * @param <R> the result
 */
final class ResultCache<Q extends Record, R> {

	/** How many request fingerprints are remembered: 2^16, a table of 512 KB. */
	private static final int SEEN_BITS = 16;

	private final Cache<Key<Q>, R> cache;

	private final AtomicLongArray seen = new AtomicLongArray(1 << SEEN_BITS);

	private record Key<Q>(String version, Q request) {
	}

	/**
	 * @param name the cache's name in the metrics
	 * @param bytes the budget
	 * @param weight the bytes a result holds, roughly
	 */
	ResultCache(String name, long bytes, ToIntFunction<R> weight, MeterRegistry registry) {
		this.cache = Caffeine.newBuilder()
			.maximumWeight(bytes)
			// evictions run on the request's thread: handing each write to the common pool cost a third of an
			// uncached search in thread wake-ups
			.executor(Runnable::run)
			.<Key<Q>, R>weigher((key, result) -> weight.applyAsInt(result))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, cache, name);
	}

	/** The cached result of the request in this version, if there is one (nothing computed). */
	java.util.Optional<R> cached(String version, Q request) {
		return java.util.Optional.ofNullable(cache.getIfPresent(new Key<>(version, request)));
	}

	/** The cached result of the request in this version, or the one {@code compute} gives. */
	R get(String version, Q request, Function<Q, R> compute) {
		Key<Q> key = new Key<>(version, request);
		R result = cache.getIfPresent(key);
		if (result == null) {
			result = compute.apply(request);
			if (seenBefore(key)) {
				cache.put(key, result);
			}
		}
		return result;
	}

	/** Whether the key was seen since another key with the same slot replaced it; remembers it from now on. */
	private boolean seenBefore(Key<Q> key) {
		long fingerprint = fingerprint(key) | 1; // never 0, the value of a slot nothing was seen in
		int slot = (int) (fingerprint >>> (Long.SIZE - SEEN_BITS));
		return seen.getAndSet(slot, fingerprint) == fingerprint;
	}

	/**
	 * A 64-bit hash of the key's text form, which names every component of the request. The records' own hash
	 * codes will not do: theirs of two numbers is {@code 31 * a + b}, the same for thousands of pages.
	 */
	private static long fingerprint(Key<?> key) {
		long hash = 0;
		String text = key.toString();
		for (int i = 0; i < text.length(); i++) {
			hash = hash * 0x9E3779B97F4A7C15L + text.charAt(i);
		}
		return mix(hash);
	}

	/** The finaliser of MurmurHash3: every bit of the input changes half of the output's bits. */
	private static long mix(long value) {
		value = (value ^ (value >>> 33)) * 0xFF51AFD7ED558CCDL;
		value = (value ^ (value >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return value ^ (value >>> 33);
	}

}
