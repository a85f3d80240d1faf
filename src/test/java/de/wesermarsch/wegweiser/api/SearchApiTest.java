package de.wesermarsch.wegweiser.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import de.wesermarsch.wegweiser.Fixture;

class SearchApiTest extends Fixture {

	@Test
	void germanCompoundFindsTheLanguageCafeFromOnePartOfTheWord() {
		client.get().uri("/api/v1/search?q=Sprachkurse&lang=de").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.hits[0].id").isEqualTo("sprachcafe-burhave")
			.jsonPath("$.lang").isEqualTo("de");
	}

	@Test
	void arabicQueryFindsAnEntryWrittenWithoutArabicThroughTheThesaurus() {
		client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "دورة لغة").queryParam("lang", "ar").build())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.hits[0].id").isEqualTo("sprachcafe-burhave")
			.jsonPath("$.hits[0].fallback").isEqualTo(true)
			.jsonPath("$.hits[0].lang").isEqualTo("de")
			.jsonPath("$.queryLanguage").isEqualTo("ar");
	}

	@Test
	void hitsAreInTheReadersLanguageWhereTheTranslationExists() {
		client.get().uri("/api/v1/search?q=Koordinierungsstelle&lang=en").exchange()
			.expectBody()
			.jsonPath("$.hits[0].title").isEqualTo("Coordination office for migration and participation")
			.jsonPath("$.hits[0].fallback").isEqualTo(false)
			.jsonPath("$.hits[0].url").isEqualTo("/api/v1/entries/koordinierungsstelle-migration-teilhabe?lang=en");
	}

	@Test
	void umlautsTypedAsTwoLettersMatch() {
		client.get().uri("/api/v1/search?q=Auslaenderbehoerde&lang=de").exchange()
			.expectBody()
			.jsonPath("$.hits[0].id").isEqualTo("koordinierungsstelle-migration-teilhabe");
	}

	@Test
	void aMisspeltWordStillFindsTheEntryAndOffersTheCorrection() {
		client.get().uri("/api/v1/search?q=Koordinirungstelle&lang=de").exchange()
			.expectBody()
			.jsonPath("$.hits[0].id").isEqualTo("koordinierungsstelle-migration-teilhabe")
			.jsonPath("$.didYouMean").isEqualTo("koordinierungsstelle");
	}

	@Test
	void languageOfTheAnswerComesFromAcceptLanguage() {
		client.get().uri("/api/v1/search?q=Koordinierungsstelle")
			.header("Accept-Language", "ar-SY,ar;q=0.9,en;q=0.5")
			.exchange()
			.expectBody()
			.jsonPath("$.lang").isEqualTo("ar")
			.jsonPath("$.hits[0].title").isEqualTo("مكتب تنسيق الهجرة والمشاركة");
	}

	@Test
	void kurdishInTheBrowserMeansKurmanjiUnlessWrittenInArabicScript() {
		client.get().uri("/api/v1/search?q=Termin").header("Accept-Language", "ku").exchange()
			.expectBody().jsonPath("$.lang").isEqualTo("kmr");
		client.get().uri("/api/v1/search?q=Termin").header("Accept-Language", "ku-Arab-IQ").exchange()
			.expectBody().jsonPath("$.lang").isEqualTo("ckb");
	}

	@Test
	void facetsCountAllMatchesAndFiltersNarrowThem() {
		client.get().uri("/api/v1/search?q=Arbeit Sprache Integration&lang=de").exchange()
			.expectBody()
			.jsonPath("$.facets.type.offer").isNumber()
			.jsonPath("$.facets.type.network").isEqualTo(1);
		client.get().uri("/api/v1/search?q=Arbeit Sprache Integration&lang=de&type=network").exchange()
			.expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.hits[0].id").isEqualTo("arbeitskreis-arbeitsmarktintegration");
	}

	@Test
	void placeFilterKeepsEntriesForTheWholeCounty() {
		client.get().uri("/api/v1/search?q=Sprachcafé Koordinierungsstelle&lang=de&place=nordenham").exchange()
			.expectBody()
			.jsonPath("$.hits[*].id").value(ids -> assertThat(ids.toString()).contains("koordinierungsstelle-migration-teilhabe")
				.doesNotContain("sprachcafe-burhave"));
		client.get().uri("/api/v1/search?q=Sprachcafé&lang=de&place=butjadingen").exchange()
			.expectBody()
			.jsonPath("$.hits[0].id").isEqualTo("sprachcafe-burhave");
	}

	@Test
	void luceneSyntaxIsJustText() {
		// as syntax these would match everything, or exclude the very entry the words find
		for (String q : new String[] { "*:*", "*", "\"", "~", "\\", "(", ")", "[* TO *]" }) {
			client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "{q}").build(q)).exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.total").isEqualTo(0);
		}
		assertThat(ids("Impressum")).contains("impressum");
		// excluding, negating, prefixes: as text, each finds what its words find
		for (String[] pair : new String[][] { { "Impressum -Impressum", "Impressum Impressum" }, { "!Impressum", "Impressum" },
				{ "-Impressum", "Impressum" }, { "+Impressum", "Impressum" } }) {
			assertThat(ids(pair[0])).as(pair[0]).isEqualTo(ids(pair[1]));
		}
	}

	private java.util.List<Object> ids(String q) {
		byte[] body = client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "{q}").build(q)).exchange()
			.expectStatus().isOk().expectBody().returnResult().getResponseBody();
		return com.jayway.jsonpath.JsonPath.read(new String(body, java.nio.charset.StandardCharsets.UTF_8), "$.hits[*].id");
	}

	@Test
	void badInputIsA400ProblemThatSaysWhatIsWrong() {
		problem("/api/v1/search", "'q'");
		problem("/api/v1/search?q=", "empty");
		problem("/api/v1/search?q=" + "a".repeat(201), "too long");
		problem("/api/v1/search?q=x&lang=xx", "Unknown language 'xx'");
		problem("/api/v1/search?q=x&type=event", "Unknown type 'event'");
		problem("/api/v1/search?q=x&topic=weather", "Unknown topic 'weather'");
		problem("/api/v1/search?q=x&place=berlin", "Unknown place 'berlin'");
		problem("/api/v1/search?q=x&limit=0", "'limit'");
		problem("/api/v1/search?q=x&limit=abc", "'limit'");
		problem("/api/v1/search?q=x&offset=-1", "'offset'");
		problem("/api/v1/search?q=x&easy=maybe", "'easy'");
	}

	private void problem(String uri, String expected) {
		client.get().uri(uri).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(400)
			.jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains(expected));
	}

	@Test
	void suggestionsCompleteTitlesAndEverydayWordsInTheReadersLanguage() {
		client.get().uri("/api/v1/suggest?q=sprachc&lang=de").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.suggestions[0]").isEqualTo("Sprachcafé in Burhave");
	}

	@Test
	void languagesAreListedWithEndonymAndDirection() {
		client.get().uri("/api/v1/languages").exchange()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(9)
			.jsonPath("$[?(@.code=='fa')].name").isEqualTo("فارسی")
			.jsonPath("$[?(@.code=='fa')].dir").isEqualTo("rtl");
	}

	@Test
	void unknownAddressesAreProblemsToo() {
		client.get().uri("/api/v1/nothing").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
