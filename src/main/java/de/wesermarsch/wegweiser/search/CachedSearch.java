package de.wesermarsch.wegweiser.search;

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
 */
@Component
public final class CachedSearch {

	/** The cache's budget, in bytes of JSON (counted twice for the result objects beside it): small heaps stay calm. */
	static final long BYTES = 24L * 1024 * 1024;

	private final Cache<Key, Answer> cache;

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
			.<Key, Answer>weigher((key, answer) -> 2 * answer.json().length)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, cache, "search");
	}

	public Answer search(String version, SearchService search, SearchRequest request) {
		return cache.get(new Key(version, request), key -> {
			SearchResult result = search.search(key.request());
			return new Answer(result, json.writeValueAsBytes(result));
		});
	}

}
