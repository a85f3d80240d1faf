package de.wesermarsch.wegweiser.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Search results cached by snapshot version and the normalised request: a new snapshot has a new version, so
 * its answers never mix with the old ones, which simply age out.
 */
@org.springframework.stereotype.Component
public final class CachedSearch {

	static final int SIZE = 10_000;

	private final Cache<Key, SearchResult> cache;

	record Key(String version, SearchRequest request) {
	}

	public CachedSearch(io.micrometer.core.instrument.MeterRegistry registry) {
		this.cache = Caffeine.newBuilder().maximumSize(SIZE).recordStats().build();
		io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, cache, "search");
	}

	public SearchResult search(String version, SearchService search, SearchRequest request) {
		return cache.get(new Key(version, request), key -> search.search(key.request()));
	}

}
