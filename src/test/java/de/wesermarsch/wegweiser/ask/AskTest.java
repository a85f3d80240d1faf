package de.wesermarsch.wegweiser.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.answer.AnswerRequest;
import de.wesermarsch.wegweiser.answer.Answers;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class AskTest {

	private final Snapshot snapshot = Snapshot.of(
			new ContentLoader(Fixture.DIRECTORY.resolve("content"), Fixture.DIRECTORY.resolve("i18n")).load());

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final Unmet unmet = new Unmet(registry, snapshot::content, com.github.benmanes.caffeine.cache.Ticker.systemTicker());

	private final Ask ask = new Ask(registry, unmet, new Answers());

	@Test
	void everySearchThatFindsNothingIsCountedForEditorsEvenWhenItsResultIsCached() {
		for (int i = 0; i < 3; i++) {
			assertThat(ask.search(snapshot, request("Fahrradwerkstatt")).total()).isZero();
		}
		assertThat(ask.search(snapshot, request("Sprachkurs")).total()).isPositive();
		assertThat(unmet.top(10)).singleElement().satisfies(row -> {
			// a word the content does not know is not kept (it could be a name)
			assertThat(row.query()).isEqualTo("…");
			assertThat(row.zeroResults()).isEqualTo(3);
		});
		assertThat(registry.counter("wegweiser.searches").count()).isEqualTo(4);
	}

	@Test
	void everyQuestionTheContentDoesNotAnswerIsCountedWithoutItsDigits() {
		for (int i = 0; i < 2; i++) {
			assertThat(ask.answer(snapshot, new AnswerRequest("Wo repariere ich Fahrrad 12?", "de", false, null)).answerable())
				.isFalse();
		}
		assertThat(ask.answer(snapshot, new AnswerRequest("Zu welchem Projekt gehört das Sprachcafé?", "de", false, null))
			.answerable()).isTrue();
		assertThat(registry.counter("wegweiser.questions.unanswered").count()).isEqualTo(2);
	}

	@Test
	void aRepeatedSearchIsAnsweredFromTheCache() {
		ask.search(snapshot, request("Sprachkurs"));
		ask.search(snapshot, request("Sprachkurs"));
		assertThat(ask.search(snapshot, request("Sprachkurs"))).isSameAs(ask.search(snapshot, request("Sprachkurs")));
	}

	@Test
	void completionsComeInTheReadersLanguage() {
		assertThat(ask.suggest(snapshot, "Sprach", "de").suggestions()).isNotEmpty()
			.allSatisfy(s -> assertThat(s.toLowerCase()).contains("sprach"));
	}

	private static SearchRequest request(String query) {
		return new SearchRequest(query, "de", false, Set.of(), Set.of(), Set.of(), 10, 0);
	}

}
