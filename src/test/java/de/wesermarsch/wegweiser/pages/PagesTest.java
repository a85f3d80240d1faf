package de.wesermarsch.wegweiser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import de.wesermarsch.wegweiser.Fixture;

/** The server-rendered pages, read as HTML without a browser (the browser tests do the rest). */
class PagesTest extends Fixture {

	String html(String uri) {
		return client.get().uri(uri).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class).returnResult().getResponseBody();
	}

	@Test
	void theRootSendsTheBrowserToItsLanguage() {
		client.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fa-IR,fa;q=0.9").exchange()
			.expectStatus().isSeeOther().expectHeader().location("/fa/");
	}

	@Test
	void anEntryWithoutALanguageAndAPashtoBrowserAreSentToALanguageTheReaderKnows() {
		client.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "ps-AF,ps;q=0.9,en;q=0.5").exchange()
			.expectStatus().isSeeOther().expectHeader().location("/fa/");
		client.get().uri("/entries/sprachcafe-burhave").header(HttpHeaders.ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9").exchange()
			.expectStatus().isSeeOther().expectHeader().location("/uk/entries/sprachcafe-burhave");
	}

	@Test
	void countsAndFilterCountsUseTheSameDigits() {
		String page = html("/fa/search?q=Sprachcaf%C3%A9");
		String digits = com.ibm.icu.text.NumberFormat.getInstance(com.ibm.icu.util.ULocale.forLanguageTag("fa")).format(1);
		assertThat(digits).isNotEqualTo("1");
		// (numbers in right-to-left text stand in a left-to-right isolate)
		assertThat(page).containsPattern("<label for=\"type-offer\">(<bdi dir=\"ltr\">)?[^<]*\\(" + digits + "\\)")
			.doesNotContainPattern("<label for=\"[^\"]+\">(<bdi dir=\"ltr\">)?[^<]*\\([0-9]+\\)");
	}

	@Test
	void aPickedSuggestionThatIsAnEntrysTitleOpensTheEntry() {
		client.get().uri(u -> u.path("/de/search").queryParam("q", "Sprachcafé in Burhave").queryParam("open", "1").build()).exchange()
			.expectStatus().isSeeOther().expectHeader().location("/de/entries/sprachcafe-burhave");
		assertThat(html("/de/search?q=Sprachcaf%C3%A9%20in%20Burhave")).contains("class=\"hits\"");
		assertThat(html("/de/search?q=Sprachcaf%C3%A9&open=1")).contains("class=\"hits\"");
	}

	@Test
	void startPageHasLanguageDirectionEndonymsAndTopicTiles() {
		String page = html("/ar/");
		assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains("lang=\"fa\" dir=\"rtl\" hreflang=\"fa\">فارسی</a>")
			.contains("lang=\"uk\" dir=\"ltr\" hreflang=\"uk\">Українська</a>")
			.contains("href=\"/ar/topics/sprache-lernen\"")
			.contains("action=\"/ar/search\"")
			.doesNotContain("style=");
	}

	@Test
	void easyGermanIsItsOwnAddressWithGermanLanguage() {
		assertThat(html("/de-easy/entries/koordinierungsstelle-migration-teilhabe"))
			.contains("<html lang=\"de\" dir=\"ltr\">")
			.contains("Koordinierungs-Stelle Migration und Teilhabe")
			.contains("href=\"/de/entries/koordinierungsstelle-migration-teilhabe\"");
	}

	@Test
	void easyGermanPagesSpeakEasyGermanAndSayWhenTheyShowTheStandardText() {
		assertThat(html("/de-easy/")).contains(">Was suchen Sie?</label>");
		assertThat(html("/de/")).contains(">Wonach suchen Sie?</label>");
		assertThat(html("/de-easy/entries/massnahme-homepage-termin-terminal-uebersetzen"))
			.contains("Diesen Text gibt es noch nicht in Leichter Sprache. Sie sehen den Text in schwerer Sprache.");
		assertThat(html("/de-easy/entries/koordinierungsstelle-migration-teilhabe")).doesNotContain("noch nicht in Leichter Sprache");
		assertThat(html("/de/entries/massnahme-homepage-termin-terminal-uebersetzen")).doesNotContain("noch nicht in Leichter Sprache");
	}

	@Test
	void easyGermanFillsItsOwnTextsWithNumbers() {
		assertThat(html("/de-easy/search?q=Sprachcaf%C3%A9")).containsPattern("class=\"count\"[^>]*>Wir haben \\d+ Ergebnis(se)? gefunden<");
		assertThat(html("/de/search?q=Sprachcaf%C3%A9")).containsPattern("class=\"count\"[^>]*>\\d+ Ergebnis(se)?<");
	}

	@Test
	void resultsShowHitsFacetsAndTheGermanFallbackNotice() {
		String page = html("/ru/search?q=Sprachcaf%C3%A9");
		assertThat(page).contains("href=\"/ru/entries/sprachcafe-burhave\" lang=\"de\" dir=\"ltr\">Sprachcafé in Burhave</a>")
			.contains("class=\"fallback\"")
			.contains("name=\"type\" value=\"offer\"");
	}

	@Test
	void aMeasureSaysWhatItsDateMeansThatItsGermanTextIsAMachineAssistedSummaryAndWhoCanTellWhomToContact() {
		assertThat(html("/de/entries/massnahme-homepage-termin-terminal-uebersetzen"))
			.contains("Stand: Integrationskonzept 2024 des Landkreises Wesermarsch, verglichen am 25. November 2026")
			.contains("Maschinell unterstützte Zusammenfassung der genannten Quellen")
			.doesNotContain("Zuletzt geprüft")
			.doesNotContain("Maschinell übersetzt")
			.contains("Diese Stelle kann Ihnen sagen, an wen Sie sich wenden können:")
			.contains("href=\"tel:+494401927712\"");
	}

	@Test
	void aGuidePageEndsWithTheOfficeResponsibleForIt() {
		assertThat(html("/en/entries/erste-schritte"))
			.contains("Diese Stelle ist zuständig und sagt Ihnen, an wen Sie sich wenden können:")
			.contains("href=\"/en/entries/koordinierungsstelle-migration-teilhabe\"")
			.contains("href=\"tel:+494401927712\"")
			.contains("<title>First steps after arrival · Wegweiser Wesermarsch</title>");
		assertThat(html("/de/entries/erste-schritte-wohnung"))
			.contains("Für diesen Eintrag haben wir keine Kontaktdaten. Diese Stelle kann Ihnen sagen, an wen Sie sich wenden können:")
			.contains("Landkreis Wesermarsch (überall)");
	}

	@Test
	void helpComesFirstAndThePlansOfTheCountyInASectionOfTheirOwn() {
		String page = html("/de/search?q=Sprachen");
		int offer = page.indexOf("href=\"/de/entries/sprachcafe-burhave\"");
		int plans = page.indexOf("<section class=\"plans\"");
		int measure = page.indexOf("href=\"/de/entries/massnahme-homepage-termin-terminal-uebersetzen\"");
		assertThat(offer).as("the offer").isPositive();
		assertThat(plans).as("the plans section comes after the help").isGreaterThan(offer);
		assertThat(measure).as("the measure is in the plans section").isGreaterThan(plans);
		assertThat(page.substring(plans)).contains("Geplant im Integrationskonzept 2024")
			.contains("noch keine Angebote")
			.contains("Frist: bis 2027");
	}

	@Test
	void theEmbeddedFrameListsHelpAndCountsThePlans() {
		String frame = html("/embed/de/?q=Sprachen");
		assertThat(frame).contains("/de/entries/sprachcafe-burhave\"")
			.doesNotContain("/de/entries/massnahme-homepage-termin-terminal-uebersetzen")
			.contains("Geplant im Integrationskonzept 2024: 1 passende Maßnahme");
	}

	@Test
	void whenOnlyPlansMatchThePageSaysSoAndWhomToAsk() {
		String page = html("/de/search?q=Homepage");
		assertThat(page).contains("nur Pläne des Landkreises")
			.contains("href=\"tel:+494401927712\"")
			.contains("href=\"/de/entries/massnahme-homepage-termin-terminal-uebersetzen\"")
			.contains("Geplant im Integrationskonzept 2024");
	}

	@Test
	void aDeadlineThatHasPassedIsShownAsPassed() {
		var content = context.getBean(de.wesermarsch.wegweiser.snapshot.Snapshots.class).current().content();
		var facts = new EntryFacts(content, PageLocale.parse("de", content, "").orElseThrow());
		int lastYear = java.time.Year.now().getValue() - 1;
		assertThat(facts.deadline(new de.wesermarsch.wegweiser.content.Deadline.ByYear(lastYear)))
			.isEqualTo("bis " + lastYear + " (diese Frist ist vorbei)");
		assertThat(facts.deadline(new de.wesermarsch.wegweiser.content.Deadline.ByYear(lastYear + 2)))
			.isEqualTo("bis " + (lastYear + 2));
	}

	@Test
	void nothingFoundOffersWhomToAskTheTopicsAndTheSignal() {
		String page = html("/en/search?q=qqqqxxxxzzzz");
		assertThat(page).contains("href=\"tel:+494401927712\"")
			.contains("mailto:hannah-sophie.heldberg@wesermarsch.de")
			.contains("action=\"/en/not-found\"")
			.contains("href=\"/en/topics/arbeit\"");
	}

	@Test
	void theNotFoundSignalReturnsToTheResultsWithThanks() {
		client.post().uri("/de/not-found").contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("q=Fahrrad")
			.exchange().expectStatus().isSeeOther().expectHeader().location("/de/search?q=Fahrrad&sent=1");
		assertThat(html("/de/search?q=Fahrrad&sent=1")).contains("Danke für Ihre Rückmeldung");
	}

	@Test
	void entryPageHasTappableContactTranslationStatusSourceAndReviewDate() {
		String page = html("/ar/entries/koordinierungsstelle-migration-teilhabe");
		assertThat(page).contains("href=\"tel:+494401927712\"")
			.contains("class=\"translation\" role=\"note\"")
			.contains("Integrationskonzept 2024")
			.contains("<h1 lang=\"ar\" dir=\"rtl\">مكتب تنسيق الهجرة والمشاركة</h1>");
	}

	@Test
	void anOfferWithoutContactPointsToWhomToAsk() {
		assertThat(html("/de/entries/sprachcafe-burhave")).contains("href=\"/de/entries/koordinierungsstelle-migration-teilhabe\"")
			.contains("href=\"tel:+494401927712\"");
	}

	@Test
	void measuresAreGroupedByFieldAndDeadline() {
		assertThat(html("/de/measures")).contains("<h2>Interkulturelle Öffnung</h2>").contains("<h3>bis 2027</h3>")
			.contains("Homepage und Termin-Terminal übersetzen");
	}

	@Test
	void networksTopicsAndPlacesCanBeBrowsed() {
		assertThat(html("/de/networks")).contains("Arbeitskreis Arbeitsmarktintegration");
		assertThat(html("/de/topics/arbeit")).contains("Arbeitskreis Arbeitsmarktintegration");
		assertThat(html("/de/places/nordenham")).contains("Koordinierungsstelle Migration und Teilhabe")
			.doesNotContain("Sprachcafé in Burhave");
	}

	@Test
	void entryPagesCarrySchemaOrgDataWithProviderContactPlaceAndLanguage() throws Exception {
		String page = html("/ar/entries/koordinierungsstelle-migration-teilhabe");
		String data = page.substring(page.indexOf("<script type=\"application/ld+json\">") + 35, page.indexOf("</script>",
				page.indexOf("application/ld+json")));
		var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(data);
		assertThat(json.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(json.path("@type").asString()).isEqualTo("GovernmentService");
		assertThat(json.path("inLanguage").asString()).isEqualTo("ar");
		assertThat(json.path("provider").path("@type").asString()).isEqualTo("Organization");
		assertThat(json.path("provider").path("contactPoint").path("telephone").asString()).isEqualTo("04401 927-712");
		assertThat(json.path("areaServed").get(0).path("@type").asString()).isEqualTo("AdministrativeArea");
	}

	@Test
	void theEmbeddingGuideShowsTheThreeSnippetsWithPreviews() {
		String page = html("/de/embed");
		assertThat(page).contains("/embed/de/").contains("wegweiser-search.js").contains("&lt;form action")
			.contains("<iframe src=\"/embed/de/\"").contains("<wegweiser-search lang=\"de\">");
	}

	@Test
	void unknownPagesAreAFriendly404InTheLanguage() {
		client.get().uri("/en/entries/nope").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound()
			.expectBody(String.class).value(b -> assertThat(b).contains("<html lang=\"en\""));
	}

}
