package de.wesermarsch.wegweiser.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import de.wesermarsch.wegweiser.Fixture;

class EntryApiTest extends Fixture {

	@Test
	void entryHasContactSourceReviewDateAndTranslationStatus() {
		client.get().uri("/api/v1/entries/koordinierungsstelle-migration-teilhabe?lang=en").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.lang").isEqualTo("en")
			.jsonPath("$.fallback").isEqualTo(false)
			.jsonPath("$.details.contact.phone").isEqualTo("04401 927-712")
			.jsonPath("$.details.organisation").isEqualTo("Landkreis Wesermarsch")
			.jsonPath("$.source.chapter").isEqualTo("1.1, Redaktion")
			.jsonPath("$.reviewed").isEqualTo("2026-11-25")
			.jsonPath("$.translation.machine").isEqualTo(true)
			.jsonPath("$.translation.reviewed").isEqualTo(false)
			.jsonPath("$.translation.outdated").isEqualTo(false)
			.jsonPath("$.topics[0].name").isEqualTo("Counselling and contact points");
	}

	@Test
	void aTranslationOfAnOlderGermanTextIsMarkedOutdated() {
		client.get().uri("/api/v1/entries/koordinierungsstelle-migration-teilhabe?lang=ar").exchange()
			.expectBody()
			.jsonPath("$.lang").isEqualTo("ar")
			.jsonPath("$.translation.outdated").isEqualTo(true);
	}

	@Test
	void missingTranslationFallsBackToGermanAndSaysSo() {
		client.get().uri("/api/v1/entries/sprachcafe-burhave?lang=ru").exchange()
			.expectBody()
			.jsonPath("$.lang").isEqualTo("de")
			.jsonPath("$.fallback").isEqualTo(true)
			.jsonPath("$.title").isEqualTo("Sprachcafé in Burhave")
			.jsonPath("$.places[0].id").isEqualTo("butjadingen")
			.jsonPath("$.countyWide").isEqualTo(false);
	}

	@Test
	void measureTranslatedOnlyInTitleAndSummaryShowsTheGermanMeasureText() {
		client.get().uri("/api/v1/entries/massnahme-homepage-termin-terminal-uebersetzen?lang=tr").exchange()
			.expectBody()
			.jsonPath("$.lang").isEqualTo("tr")
			.jsonPath("$.bodyLang").isEqualTo("de")
			.jsonPath("$.details.deadline").isEqualTo("2027")
			.jsonPath("$.details.fields[0]").isEqualTo("interkulturelle-oeffnung");
	}

	@Test
	void easyGermanIsServedWhenAskedFor() {
		client.get().uri("/api/v1/entries/koordinierungsstelle-migration-teilhabe?lang=de&easy=true").exchange()
			.expectBody()
			.jsonPath("$.easy").isEqualTo(true)
			.jsonPath("$.title").isEqualTo("Koordinierungs-Stelle Migration und Teilhabe");
	}

	@Test
	void unknownEntryIsA404Problem() {
		client.get().uri("/api/v1/entries/nope").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("There is no entry 'nope'.");
	}

	@Test
	void listFiltersByTypeAndSortsByTitle() {
		client.get().uri("/api/v1/entries?type=offer&lang=de").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(2)
			.jsonPath("$.items[0].id").isEqualTo("koordinierungsstelle-migration-teilhabe")
			.jsonPath("$.items[1].id").isEqualTo("sprachcafe-burhave");
	}

	@Test
	void listPagesAndRejectsBadPaging() {
		client.get().uri("/api/v1/entries?limit=2&offset=4").exchange()
			.expectBody()
			.jsonPath("$.total").isEqualTo(7)
			.jsonPath("$.items.length()").isEqualTo(2);
		client.get().uri("/api/v1/entries?limit=500").exchange().expectStatus().isBadRequest();
	}

}
