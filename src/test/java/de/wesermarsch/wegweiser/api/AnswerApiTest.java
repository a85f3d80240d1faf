package de.wesermarsch.wegweiser.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import de.wesermarsch.wegweiser.Fixture;

/** {@code /api/v1/answer} answers with the content's own sentences, in the reader's language, or says it cannot. */
class AnswerApiTest extends Fixture {

	@Test
	void answersWithTheSentenceOfTheEntryThatSaysIt() {
		client.get().uri(u -> u.path("/api/v1/answer").queryParam("q", "Zu welchem Projekt gehört das Sprachcafé?")
			.queryParam("lang", "de").build())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.answerable").isEqualTo(true)
			.jsonPath("$.answers[0].id").isEqualTo("sprachcafe-burhave")
			.jsonPath("$.answers[0].title").isEqualTo("Sprachcafé in Burhave")
			.jsonPath("$.answers[0].sentences[0].text").isEqualTo("Das Sprachcafé gehört zum Projekt AuFplus der Kreisvolkshochschule.")
			.jsonPath("$.answers[0].sentences[0].lang").isEqualTo("de")
			.jsonPath("$.answers[0].fallback").isEqualTo(false)
			.jsonPath("$.answers[0].source.document").isEqualTo("integrationskonzept-2024")
			.jsonPath("$.answers[0].source.chapter").isEqualTo("3.2.2")
			.jsonPath("$.answers[0].url").isEqualTo("/api/v1/entries/sprachcafe-burhave?lang=de");
	}

	@Test
	void answersFromTheTranslationInTheReadersLanguage() {
		client.get().uri(u -> u.path("/api/v1/answer").queryParam("q", "Which project is the language café part of?")
			.queryParam("lang", "en").build())
			.exchange()
			.expectBody()
			.jsonPath("$.answers[0].sentences[0].text").isEqualTo("The language café is part of the AuFplus project of the county adult education centre.")
			.jsonPath("$.answers[0].sentences[0].lang").isEqualTo("en")
			.jsonPath("$.answers[0].fallback").isEqualTo(false);
	}

	@Test
	void withoutATranslationTheGermanSentenceIsGivenAndSaidToBeGerman() {
		client.get().uri(u -> u.path("/api/v1/answer").queryParam("q", "Sprachcafé Projekt AuFplus")
			.queryParam("lang", "ru").build())
			.exchange()
			.expectBody()
			.jsonPath("$.answers[0].sentences[0].lang").isEqualTo("de")
			.jsonPath("$.answers[0].fallback").isEqualTo(true);
	}

	@Test
	void whenNothingAnswersItSaysSoAndNamesWhomToAsk() {
		client.get().uri(u -> u.path("/api/v1/answer").queryParam("q", "Wo repariere ich mein Fahrrad?")
			.queryParam("lang", "de").build())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.answerable").isEqualTo(false)
			.jsonPath("$.answers.length()").isEqualTo(0)
			.jsonPath("$.contact.id").isEqualTo("koordinierungsstelle-migration-teilhabe")
			.jsonPath("$.contact.phone").isEqualTo("04401 927-712");
	}

	@Test
	void entryRestrictsTheAnswerToThatEntry() {
		client.get().uri(u -> u.path("/api/v1/answer").queryParam("q", "Zu welchem Projekt gehört das Sprachcafé?")
			.queryParam("lang", "de").queryParam("entry", "koordinierungsstelle-migration-teilhabe").build())
			.exchange()
			.expectBody()
			.jsonPath("$.answers[?(@.id=='sprachcafe-burhave')]").doesNotExist();
	}

	@Test
	void badInputIsAProblemDocument() {
		client.get().uri("/api/v1/answer?lang=de").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("'q'"));
		client.get().uri("/api/v1/answer?q=Sprachcafé&entry=gibt-es-nicht").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("gibt-es-nicht"));
	}

}
