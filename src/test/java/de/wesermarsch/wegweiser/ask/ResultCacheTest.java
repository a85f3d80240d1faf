package de.wesermarsch.wegweiser.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.search.SearchRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class ResultCacheTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ResultCache<SearchRequest, String> cache = new ResultCache<>("search", 1024 * 1024, String::length,
			registry);

	private final AtomicInteger searches = new AtomicInteger();

	@Test
	void aResultIsCachedTheSecondTimeItIsAskedFor() {
		String first = search("v1", request("Sprachkurs", 0));
		String second = search("v1", request("Sprachkurs", 0));
		String third = search("v1", request("Sprachkurs", 0));
		assertThat(second).as("asked once before: searched again, then kept").isNotSameAs(first).isEqualTo(first);
		assertThat(third).isSameAs(second);
		assertThat(searches).hasValue(2);
		assertThat(hits()).isEqualTo(1);
	}

	@Test
	void searchesAskedOnceAreNotCachedAndVersionsDoNotMix() {
		for (int offset = 0; offset < 20; offset++) {
			search("v1", request("Sprachkurs", offset));
		}
		search("v1", request("Beratung", 0));
		search("v2", request("Beratung", 0));
		search("v2", request("Beratung", 0));
		assertThat(hits()).isZero();
		assertThat(searches).hasValue(23);
	}

	private String search(String version, SearchRequest request) {
		return cache.get(version, request, r -> {
			searches.incrementAndGet();
			return new String(version + " " + r.query() + " " + r.offset());
		});
	}

	private double hits() {
		return registry.get("cache.gets").tag("cache", "search").tag("result", "hit").functionCounter().count();
	}

	private static SearchRequest request(String query, int offset) {
		return new SearchRequest(query, "de", false, Set.of(), Set.of(), Set.of(), 10, offset);
	}

}
