package de.wesermarsch.wegweiser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import de.wesermarsch.wegweiser.Fixture;

/** The Ask box and the answer page, read as HTML without a browser. */
class AnswerPageTest extends Fixture {

	String html(String uri) {
		return client.get().uri(uri).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	String answer(String locale, String question) {
		return client.get().uri(u -> u.path("/" + locale + "/answer").queryParam("q", question).build())
			.accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	@Test
	void everySearchBoxCanAskWithoutScript() {
		assertThat(html("/ar/")).contains("formaction=\"/ar/answer\"").containsPattern(">(<bdi dir=\"ltr\">)?Fragen(</bdi>)?</button>");
		assertThat(html("/kiosk/uk/")).contains("formaction=\"/kiosk/uk/answer\"").contains("id=\"keyboard\"");
		assertThat(html("/embed/de/")).contains("formaction=\"/embed/de/answer\"").doesNotContain("formtarget");
	}

	@Test
	void theAnswerComesFirstThenMarkedInItsEntryWhichIsOneTapAway() {
		String page = answer("de", "Zu welchem Projekt gehört das Sprachcafé?");
		assertThat(page).contains("<h1>Antwort auf: Zu welchem Projekt gehört das Sprachcafé?</h1>");
		int answer = page.indexOf("<blockquote class=\"answer-text\" lang=\"de\" dir=\"ltr\">");
		assertThat(answer).isPositive();
		assertThat(page.indexOf("Das Sprachcafé gehört zum Projekt AuFplus der Kreisvolkshochschule.", answer)).isPositive();
		assertThat(page).contains("<mark>Das Sprachcafé gehört zum Projekt AuFplus der Kreisvolkshochschule.</mark>")
			.contains("href=\"/de/entries/sprachcafe-burhave#:~:text=Das%20Sprachcaf%C3%A9%20geh%C3%B6rt%20zum%20Projekt%20AuFplus%20der%20Kreisvolkshochschule%2E\"");
	}

	@Test
	void atTheKioskEachAnswerCarriesAQrCodeOfItsEntryOpenedAtTheAnswerButNotTheQuestion() {
		String page = answer("kiosk/de", "Zu welchem Projekt gehört das Sprachcafé?");
		assertThat(page).containsPattern("<img src=\"data:image/svg\\+xml[^\"]+\" alt=\"QR: [^\"]*/de/entries/sprachcafe-burhave#:~:text=Das%20Sprachcaf");
		assertThat(page).doesNotContainPattern("alt=\"QR: [^\"]*[?&]q=");
		assertThat(answer("de", "Zu welchem Projekt gehört das Sprachcafé?")).doesNotContain("alt=\"QR:");
	}

	@Test
	void inTheReadersLanguageOrInGermanSaidSo() {
		String english = answer("en", "Which project is the language café part of?");
		assertThat(english).contains("lang=\"en\"").contains("The language café is part of the AuFplus project");
		String russian = answer("ru", "Sprachcafé Projekt AuFplus");
		assertThat(russian).contains("<blockquote class=\"answer-text\" lang=\"de\" dir=\"ltr\">")
			.contains("class=\"fallback\"");
	}

	@Test
	void whenNothingAnswersItSaysSoAndOffersWhomToAsk() {
		String page = answer("de", "Wo repariere ich mein Fahrrad?");
		assertThat(page).contains("Darauf haben wir in unseren Texten keine Antwort gefunden.")
			.contains("href=\"tel:+494401927712\"")
			.doesNotContain("<blockquote");
	}

	@Test
	void anEmptyQuestionLeadsBackToTheStart() {
		client.get().uri(u -> u.path("/de/answer").queryParam("q", " ").build()).exchange().expectStatus().isSeeOther().expectHeader().location("/de/");
	}

}
