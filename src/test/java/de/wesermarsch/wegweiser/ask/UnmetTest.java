package de.wesermarsch.wegweiser.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** What the editors' report of unmet searches keeps: only words the content knows, bounded, aging out. */
class UnmetTest {

	static final Content CONTENT = new ContentLoader(Fixture.DIRECTORY.resolve("content"),
			Fixture.DIRECTORY.resolve("i18n")).load();

	long now;

	final Unmet unmet = new Unmet(new SimpleMeterRegistry(), () -> CONTENT, () -> now);

	@Test
	void namesStreetsNumbersAndAddressesAreNeverKept() {
		for (String typed : List.of("Frau Özdemir Lindenstraße 12 Impressum", "Impressum ahmad.karimi@example.org",
				"Impressum Олена Коваленко +49 4401 123456", "Impressum محمد الأحمد شارع")) {
			unmet.notFound(typed, "de");
		}
		assertThat(unmet.top(10)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.query()).matches("(… )?impressum( …)?"));
	}

	@Test
	void aFloodOfOneOffTextsDoesNotPushOutWhatManyAsk() {
		KnownWords known = new KnownWords(CONTENT);
		List<String> words = new ArrayList<>(new java.util.LinkedHashSet<>(List.of(known.keep(bodyOfAllEntries()).split(" "))));
		words.removeIf(w -> w.equals(KnownWords.UNKNOWN));
		for (int i = 0; i < 30; i++) {
			unmet.notFound("Impressum", "de");
		}
		int distinct = 0;
		for (int i = 0; i < words.size() && distinct < 6_000; i++) {
			for (int j = 0; j < words.size() && distinct < 6_000; j++, distinct++) {
				unmet.notFound(words.get(i) + " " + words.get(j) + " " + words.get((i + j) % words.size()), "de");
				if (distinct % 100 == 0) {
					unmet.notFound("Impressum", "de"); // people go on asking during the flood
				}
			}
		}
		assertThat(distinct).isEqualTo(6_000);
		for (int i = 0; i < 20; i++) {
			unmet.notFound("Impressum Impressum", "de"); // a new need after the flood is still counted
		}
		assertThat(unmet.top(10)).extracting(Unmet.Row::query).contains("impressum impressum");
		assertThat(unmet.top(Unmet.MAX_QUERIES + 1000)).hasSizeLessThanOrEqualTo(Unmet.MAX_QUERIES)
			.first().satisfies(row -> {
				assertThat(row.query()).isEqualTo("impressum");
				assertThat(row.notFound()).isEqualTo(30 + 60);
			});
	}

	@Test
	void aTextNobodyAsksForAnyMoreAgesOut() {
		unmet.notFound("Impressum", "de");
		now += Duration.ofDays(Unmet.FORGET_DAYS + 1).toNanos();
		unmet.notFound("Impressum Impressum", "de");
		assertThat(unmet.top(10)).extracting(Unmet.Row::query).containsExactly("impressum impressum");
	}

	private static String bodyOfAllEntries() {
		StringBuilder all = new StringBuilder();
		CONTENT.entries().values().forEach(e -> e.texts().values().forEach(t -> all.append(' ').append(t.title())
			.append(' ').append(t.summary())));
		return all.toString();
	}

}
