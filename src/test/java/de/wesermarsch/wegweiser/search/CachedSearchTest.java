package de.wesermarsch.wegweiser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.content.ContentLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

class CachedSearchTest {

	private final SearchService search = new SearchService(new SearchIndex(
			new ContentLoader(Fixture.DIRECTORY.resolve("content"), Fixture.DIRECTORY.resolve("i18n")).load()));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final CachedSearch cache = new CachedSearch(registry, JsonMapper.builder().build());

	@Test
	void anAnswerIsCachedTheSecondTimeItIsAskedFor() {
		CachedSearch.Answer first = cache.search("v1", search, request("Sprachkurs", 0));
		CachedSearch.Answer second = cache.search("v1", search, request("Sprachkurs", 0));
		CachedSearch.Answer third = cache.search("v1", search, request("Sprachkurs", 0));
		assertThat(second).as("asked once before: searched again, then kept").isNotSameAs(first);
		assertThat(new String(second.json())).isEqualTo(new String(first.json()));
		assertThat(third).isSameAs(second);
		assertThat(hits()).isEqualTo(1);
	}

	@Test
	void searchesAskedOnceAreNotCachedAndVersionsDoNotMix() {
		for (int offset = 0; offset < 20; offset++) {
			cache.search("v1", search, request("Sprachkurs", offset));
		}
		cache.search("v1", search, request("Beratung", 0));
		cache.search("v2", search, request("Beratung", 0));
		cache.search("v2", search, request("Beratung", 0));
		assertThat(hits()).isZero();
	}

	private double hits() {
		return registry.get("cache.gets").tag("cache", "search").tag("result", "hit").functionCounter().count();
	}

	private static SearchRequest request(String query, int offset) {
		return new SearchRequest(query, "de", false, Set.of(), Set.of(), Set.of(), 10, offset);
	}

}
