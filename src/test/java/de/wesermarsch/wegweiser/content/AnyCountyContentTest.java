package de.wesermarsch.wegweiser.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content model v2 for a county that is not Wesermarsch: a content directory with nothing but entry files loads
 * with defaults, may be written in English, offer only some languages, and use guide pages, several and web
 * sources; the rules that stay refuse with one sentence naming file, entry and field.
 */
class AnyCountyContentTest {

	@TempDir
	Path dir;

	Path content;

	@BeforeEach
	void bareCounty() throws IOException {
		de.wesermarsch.wegweiser.Fixture.copyTo(dir);
		content = dir.resolve("content");
		try (var files = Files.walk(content)) {
			files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(content)).forEach(p -> p.toFile().delete());
		}
		write("guides/ankommen.yaml", """
				id: ankommen
				texts:
				  de:
				    title: Ankommen in der Stadt
				    body: Hier finden Sie die ersten Schritte. Melden Sie zuerst Ihre Wohnung an.
				""");
	}

	Content load() {
		return new ContentLoader(content, dir.resolve("i18n")).load();
	}

	@Test
	void aDirectoryWithOneBareEntryLoadsWithDefaults() {
		Content loaded = load();
		Entry entry = loaded.entry("ankommen").orElseThrow();
		assertThat(entry.type()).isEqualTo(EntryType.GUIDE);
		assertThat(entry.revision()).isEqualTo(1);
		assertThat(entry.reviewed()).isNull();
		assertThat(entry.sources()).isEmpty();
		assertThat(entry.originalText().provenance()).isEqualTo(Provenance.HUMAN);
		assertThat(entry.originalText().summary()).isEqualTo("Hier finden Sie die ersten Schritte.");
		assertThat(loaded.site().strict()).isFalse();
		assertThat(loaded.askEntry()).isEmpty();
		assertThat(loaded.topics()).isEmpty();
		// the shared thesaurus names Wesermarsch's topics: without them, its concepts still link languages
		assertThat(loaded.thesaurus().concepts()).isNotEmpty().allSatisfy(c -> assertThat(c.topics()).isEmpty());
	}

	@Test
	void anEnglishOriginalIsShownWhereGermanIsMissing() throws IOException {
		write("guides/doctor.yaml", """
				id: doctor
				original: en
				texts:
				  en: {title: Finding a doctor, body: Call the practice first.}
				  uk: {title: Як знайти лікаря, translates: 1}
				""");
		Entry entry = load().entry("doctor").orElseThrow();
		Shown arabic = Shown.of(entry, "ar", false);
		assertThat(arabic.fallback()).isTrue();
		assertThat(arabic.lang()).isEqualTo("en");
		assertThat(arabic.title()).isEqualTo("Finding a doctor");
		Shown ukrainian = Shown.of(entry, "uk", false);
		assertThat(ukrainian.fallback()).isFalse();
		assertThat(ukrainian.bodyLang()).isEqualTo("en");
		assertThat(entry.texts().get("uk").provenance()).isEqualTo(Provenance.MACHINE_ASSISTED);
	}

	@Test
	void theOriginalLanguageMustHaveAText() throws IOException {
		write("guides/doctor.yaml", "id: doctor\noriginal: en\ntexts:\n  de: {title: Arzt}\n");
		assertProblem("content/guides/doctor.yaml: entry 'doctor', field 'texts.en': missing: every entry needs a text in its original language (en)");
	}

	@Test
	void aSiteOffersOnlyItsLanguagesAndRefusesTextsInOthers() throws IOException {
		write("site.yaml", "name: Integreat Testregion\nregion: Stadt Testregion\nlanguages: [de, en]\n");
		Content loaded = load();
		assertThat(loaded.languageCodes()).containsExactly("de", "en");
		assertThat(loaded.messages().format("de", "site.name", java.util.Map.of())).isEqualTo("Integreat Testregion");
		assertThat(loaded.messages().format("en", "entry.countyWide", java.util.Map.of())).startsWith("Stadt Testregion");
		write("guides/ankommen.yaml", "id: ankommen\ntexts:\n  de: {title: Ankommen}\n  ar: {title: الوصول, translates: 1}\n");
		assertProblem("content/guides/ankommen.yaml: entry 'ankommen', field 'texts.ar': unknown language code 'ar' (known: ");
	}

	@Test
	void guidePagesFormATreeWithoutCycles() throws IOException {
		write("guides/wohnung.yaml", "id: wohnung\nparent: ankommen\norder: 2\ncontact: {phone: \"0441 123456\", hours: Mo–Fr 8–12 Uhr}\ntexts:\n  de: {title: Wohnung anmelden}\n");
		Entry.Guide guide = (Entry.Guide) load().entry("wohnung").orElseThrow().details();
		assertThat(guide).isEqualTo(new Entry.Guide("ankommen", 2, new Contact(null, "0441 123456", null, null, null, "Mo–Fr 8–12 Uhr")));
		write("guides/ankommen.yaml", "id: ankommen\nparent: wohnung\ntexts:\n  de: {title: Ankommen}\n");
		assertProblem("content/guides/ankommen.yaml: entry 'ankommen', field 'parent': 'wohnung' leads into a cycle of parents");
		write("guides/ankommen.yaml", "id: ankommen\nparent: nirgends\ntexts:\n  de: {title: Ankommen}\n");
		assertProblem("field 'parent': 'nirgends' is not a guide page");
	}

	@Test
	void theResponsibleOfficeMustBeAnEntryWithContactData() throws IOException {
		write("guides/wohnung.yaml", "id: wohnung\nresponsible: ankommen\ntexts:\n  de: {title: Wohnung anmelden}\n");
		assertProblem("content/guides/wohnung.yaml: entry 'wohnung', field 'responsible': 'ankommen' has no contact data (phone, e-mail or address)");
		write("guides/wohnung.yaml", "id: wohnung\nresponsible: buergerbuero\ntexts:\n  de: {title: Wohnung anmelden}\n");
		assertProblem("field 'responsible': 'buergerbuero' is not an entry");
	}

	@Test
	void anEntryCitesSeveralSourcesAndWebPagesWithTheirOwnWords() throws IOException {
		write("sources.yaml", """
				- id: stadt-meldewesen
				  title: Wohnsitz anmelden
				  publisher: Stadt Testregion
				  url: https://www.example.org/anmelden
				  read: 2026-11-30
				  excerpt: "Terminvereinbarung unter 0441 123456"
				- id: stadt-buergerbuero
				  title: Bürgerbüro
				  publisher: Stadt Testregion
				  url: https://www.example.org/buergerbuero
				  read: 2026-11-30
				  excerpt: "E-Mail: buergerbuero@example.org"
				""");
		write("guides/wohnung.yaml", """
				id: wohnung
				source:
				  - {document: stadt-meldewesen}
				  - {document: stadt-buergerbuero, chapter: Kontakt}
				contact: {phone: "0441 123456", email: buergerbuero@example.org}
				texts:
				  de: {title: Wohnung anmelden, body: "Rufen Sie 0441 123456 an oder 0441 999999."}
				""");
		Content loaded = load();
		Entry entry = loaded.entry("wohnung").orElseThrow();
		assertThat(entry.sources()).containsExactly(new SourceRef("stadt-meldewesen", null), new SourceRef("stadt-buergerbuero", "Kontakt"));
		assertThat(loaded.sources().get("stadt-meldewesen").read()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
		assertThat(new SourceTexts(loaded, content).unsourced(entry)).containsExactly("phone '0441 999999'");
	}

	@Test
	void aWebSourceNeedsTheDayItWasReadAndAnExcerpt() throws IOException {
		write("sources.yaml", "- {id: seite, title: Seite, publisher: Stadt, url: \"https://www.example.org/\"}\n");
		assertProblem("content/sources.yaml: entry 'seite', field 'read': missing");
		assertProblem("content/sources.yaml: entry 'seite', field 'excerpt': missing");
		write("sources.yaml", "- {id: seite, title: Seite, publisher: Stadt}\n");
		assertProblem("content/sources.yaml: entry 'seite': a document has either a file or a url (with read and excerpt)");
	}

	@Test
	void aReviewNamesWhoReviewedAndWhen() throws IOException {
		write("guides/ankommen.yaml", "id: ankommen\ntexts:\n  de: {title: Ankommen, reviewed: true}\n");
		assertProblem("content/guides/ankommen.yaml: entry 'ankommen', field 'texts.de.reviewed-by': missing");
		assertProblem("field 'texts.de.reviewed-on': missing");
		write("guides/ankommen.yaml", "id: ankommen\ntexts:\n  de: {title: Ankommen, reviewed: true, reviewed-by: A. Muster, reviewed-on: 2026-11-30, translator: A. Muster}\n");
		Text text = load().entry("ankommen").orElseThrow().originalText();
		assertThat(List.of(text.reviewed(), text.reviewedBy(), text.reviewedOn().toString(), text.translator()))
			.containsExactly(true, "A. Muster", "2026-11-30", "A. Muster");
	}

	@Test
	void strictSitesKeepWesermarschsRules() throws IOException {
		write("offers/beratung.yaml", "id: beratung\nstatus: active\ntexts:\n  de: {title: Beratung, body: Wir beraten.}\n");
		assertThat(load().entry("beratung")).isPresent();
		write("site.yaml", "strict: true\n");
		assertProblem("content/offers/beratung.yaml: entry 'beratung', field 'source': missing");
		assertProblem("content/offers/beratung.yaml: entry 'beratung', field 'reviewed': missing");
		assertProblem("content/offers/beratung.yaml: entry 'beratung', field 'texts.de.summary': missing");
		assertProblem("i18n/thesaurus/everyday.yaml: entry 'language-course', field 'topics': unknown topic 'sprache-lernen'");
		write("sources.yaml", "- {id: plan, title: Plan, publisher: Stadt, file: plan.txt}\n");
		write("plan.txt", "Wir beraten.");
		write("offers/beratung.yaml", "id: beratung\nstatus: active\nreviewed: 2026-11-30\nsource: {document: plan}\n"
				+ "texts:\n  de: {title: Beratung, summary: Beratung., body: Wir beraten.}\n");
		assertProblem("content/offers/beratung.yaml: entry 'beratung', field 'topics': needs at least one topic");
	}

	@Test
	void contentWithoutItsContactOfLastResortIsRefused() throws IOException {
		write("site.yaml", "ask-entry: buergerbuero\n");
		assertProblem("content/site.yaml, field 'ask-entry': the contact of last resort: 'buergerbuero' is not an entry; the pages need someone to ask when nothing fits");
		write("offers/buergerbuero.yaml", "id: buergerbuero\nstatus: active\ncontact: {email: info@example.org}\ntexts:\n  de: {title: Bürgerbüro}\n");
		assertThat(load().askEntry().map(Entry::id)).contains("buergerbuero");
		assertThatThrownBy(() -> new ContentLoader(content, dir.resolve("i18n"), "ankommen").load())
			.hasMessageContaining("configuration, field 'wegweiser.ask-entry': the contact of last resort: 'ankommen' has no contact data");
	}

	private void write(String file, String text) throws IOException {
		Path path = content.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text);
	}

	@Test
	void aGuidePageMayKeepItsBodyAsHtmlWithinTheAllowListOnly() throws IOException {
		write("guides/termine.yaml", """
				id: termine
				texts:
				  de:
				    title: Termine
				    body: "Mo; 8–12 Uhr\\n\\n0441 1234"
				    html: "<table><tr><td>Mo</td><td>8–12 Uhr</td></tr></table><p><a href=\\"tel:+494411234\\">0441 1234</a></p>"
				""");
		assertThat(load().entry("termine").orElseThrow().originalText().html()).contains("<td>8–12 Uhr</td>");
		// a body changed since (by hand, by a translation agency) wins: the HTML of the old text is not shown
		write("guides/termine.yaml", """
				id: termine
				texts:
				  de:
				    title: Termine
				    body: "Mo; 9–13 Uhr"
				    html: "<table><tr><td>Mo</td><td>8–12 Uhr</td></tr></table>"
				""");
		assertThat(load().entry("termine").orElseThrow().originalText().html()).isNull();
		write("guides/termine.yaml", """
				id: termine
				texts:
				  de:
				    title: Termine
				    html: "<p onclick=\\"steal()\\">Mo</p><img src=\\"https://tracker.example/p.png\\">"
				""");
		assertProblem("content/guides/termine.yaml: entry 'termine', field 'texts.de.html': holds markup outside the allow-list");
	}

	@Test
	void aNewLanguageIsDataOnly() throws IOException {
		Path languages = dir.resolve("i18n/languages.yaml");
		Files.writeString(languages, Files.readString(languages) + "- {code: fr, name: Français, englishName: French, dir: ltr}\n");
		write("site.yaml", "name: Wegweiser Testregion\nlanguages: [de, fr]\n");
		write("guides/medecin.yaml", """
				id: medecin
				original: fr
				texts:
				  fr: {title: Trouver un médecin, body: Appelez d'abord le cabinet médical.}
				""");
		Content loaded = load();
		assertThat(loaded.languageCodes()).containsExactly("de", "fr");
		Entry entry = loaded.entry("medecin").orElseThrow();
		assertThat(Shown.of(entry, "fr", false).fallback()).isFalse();
		assertThat(Shown.of(entry, "de", false).title()).isEqualTo("Trouver un médecin");
	}

	private void assertProblem(String expected) {
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.satisfies(e -> assertThat(((ContentException) e).problems()).anySatisfy(p -> assertThat(p).contains(expected)));
	}

}
