package de.wesermarsch.wegweiser.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.i18n.Language;

/** Checks the real content of {@code content/} against the rules an editor must keep. */
class ContentRulesTest {

	static final Path CONTENT = Path.of("content");

	static Content content;

	static ContentReport report;

	@BeforeAll
	static void load() throws IOException {
		content = new ContentLoader(CONTENT, Path.of("i18n")).load();
		report = ContentReport.of(content, new SourceTexts(content, CONTENT));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/content-report.md"), report.markdown());
	}

	@Test
	void everyOfferNetworkAndPageIsInEveryLanguageAndEasyGermanAndEveryMeasureHasTitleAndSummary() {
		assertThat(report.missing()).isEmpty();
	}

	@Test
	void everyPhoneNumberEmailAndAddressStandsInTheSourceTheEntryNames() {
		assertThat(report.unsourced()).isEmpty();
	}

	@Test
	void easyGermanKeepsTheMeasurableRules() {
		assertThat(report.easyFindings()).isEmpty();
	}

	@Test
	void wesermarschFollowsTheStrictRules() {
		assertThat(content.site().strict()).isTrue();
		assertThat(content.site().name("de")).isEqualTo("Wegweiser Wesermarsch");
		assertThat(content.askEntry()).isPresent();
	}

	@Test
	void everyTopicPlaceAndAudienceIsNamedInEveryLanguage() {
		List<String> codes = content.languages().stream().map(Language::code).toList();
		for (var terms : List.of(content.topics(), content.places(), content.audiences())) {
			terms.values().forEach(t -> assertThat(t.names()).as(t.id()).containsKeys(codes.toArray(String[]::new)));
		}
	}

	/**
	 * A network the seed says an office with an entry of its own convenes (chapter 1.2: the Koordinierungsstelle's
	 * own working groups) names that office as the one to ask, so its page ends with the convener's contact.
	 */
	@Test
	void networksNameTheirConvenerAsWhomToAsk() {
		for (Entry entry : content.entries().values()) {
			if (entry.details() instanceof Entry.Network network && network.convenor() != null) {
				content.entries().values().stream()
					.filter(o -> o.contact().filter(Contact::reachable).isPresent())
					.filter(o -> network.convenor().startsWith(o.originalText().title()))
					.findFirst()
					.ifPresent(office -> assertThat(entry.responsible()).as("whom to ask for " + entry.id())
						.isEqualTo(office.id()));
			}
		}
	}

	/** Whom to ask is said by the page ("can tell you whom to contact"), not promised in a text as an answer. */
	@Test
	void noTextPromisesThatAnOfficeAnswersEveryQuestion() {
		List<String> promises = List.of("Fragen beantwortet", "Questions are answered", "Sie hilft bei allen Fragen");
		for (Entry entry : content.entries().values()) {
			entry.texts().forEach((key, text) -> promises.forEach(p -> assertThat(text.body() + " " + text.summary())
				.as(entry.id() + " [" + key + "]").doesNotContain(p)));
		}
	}

	/** The report names, per offer and guide page, what a newcomer would need to act and the entry does not give. */
	@Test
	void theReportListsPerEntryTheFactsANewcomerWouldNeedAndTheEntryLacks() {
		for (Entry entry : content.entries().values()) {
			List<String> lacks = report.lacking().getOrDefault(entry.id(), List.of());
			boolean reachable = entry.contact().filter(c -> c.phone() != null || c.email() != null).isPresent();
			switch (entry.type()) {
				case OFFER, GUIDE -> {
					assertThat(lacks.contains("contact (phone or e-mail)")).as("%s lacks a contact", entry.id()).isEqualTo(!reachable);
					assertThat(lacks.contains("address")).as("%s lacks an address", entry.id())
						.isEqualTo(entry.contact().map(Contact::address).isEmpty());
					assertThat(lacks.contains("hours")).as("%s lacks hours", entry.id())
						.isEqualTo(entry.contact().map(Contact::hours).isEmpty());
				}
				case NETWORK -> assertThat(lacks.isEmpty()).as("%s has whom to contact", entry.id())
					.isEqualTo(entry.responsible() != null);
				case MEASURE, PAGE -> assertThat(lacks).as(entry.id()).isEmpty();
			}
		}
		assertThat(report.markdown()).contains("## What a newcomer would need and the entry lacks")
			.contains("- ehrenamtskarte: contact (phone or e-mail), address, hours, booking");
	}

	/**
	 * No reader sees a placeholder ("[Vom Landkreis zu ergänzen: …]"): a page says plainly what the county still has
	 * to supply, and the report lists those open items for the editors.
	 */
	@Test
	void noTextShowsAPlaceholderAndTheReportListsWhatTheCountyStillHasToSupply() {
		java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\[[^\\]]*:[^\\]]*\\]|zu ergänzen:");
		for (Entry entry : content.entries().values()) {
			entry.texts().forEach((key, text) -> assertThat(placeholder.matcher(text.title() + " " + text.summary() + " "
					+ text.body()).find()).as("a placeholder in %s [%s]", entry.id(), key).isFalse());
		}
		var editorial = de.wesermarsch.wegweiser.audit.EditorialReport.of(content, CONTENT, Path.of("i18n"));
		assertThat(editorial.open().items()).containsKeys("impressum", "datenschutz", "barrierefreiheit");
		editorial.open().items().keySet().forEach(id -> assertThat(content.entry(id).orElseThrow().originalText().body())
			.as("%s says what is still missing", id).contains("Diese Angaben muss der Landkreis noch ergänzen"));
		assertThat(editorial.markdown()).contains("## Open items for editors")
			.contains("- impressum: Anschrift (ladungsfähige Postanschrift)");
	}

	/**
	 * Appendix 6 of the concept lists every measure by deadline: 119 rows (a row cut by a page break goes on in a
	 * line with no deadline of its own) with 115 distinct texts, as some measures serve two fields of action or
	 * deadlines (the E-Mail-Verteiler is listed as "laufend" and as "Bis 2030"). Each row must be the body of a
	 * measure entry, and every measure entry's body must stand word for word in the concept (a page break may cut
	 * it): 116 entries, the 115 of the appendix and the budget of the Koordinierungsstelle, which only chapter 3.7
	 * names.
	 */
	@Test
	void measuresAreExactlyThoseOfTheConcept() throws IOException {
		String source = Files.readString(CONTENT.resolve("sources/integrationskonzept-2024.txt"));
		List<String> bodies = content.entries().values().stream()
			.filter(e -> e.type() == EntryType.MEASURE)
			.map(e -> letters(e.originalText().body()))
			.toList();
		List<String> appendixRows = new ArrayList<>();
		String appendix = source.substring(source.indexOf("## Anhang 6"));
		for (String line : appendix.split("\n")) {
			String[] cells = line.split("\t", -1);
			if (cells.length < 4 || letters(cells[2]).isEmpty() || letters(cells[2]).equals("maßnahme")) {
				continue;
			}
			if (letters(cells[3]).isEmpty() && !appendixRows.isEmpty()) {
				appendixRows.set(appendixRows.size() - 1, appendixRows.getLast() + letters(cells[2]));
			}
			else {
				appendixRows.add(letters(cells[2]));
			}
		}
		assertThat(appendixRows).hasSize(119);
		assertThat(appendixRows.stream().distinct()).hasSize(115);
		for (String row : appendixRows) {
			String start = row.substring(0, Math.min(60, row.length()));
			assertThat(bodies).as("a measure for the appendix row starting '%s'", start).anyMatch(b -> b.contains(start));
		}
		String sourceLetters = letters(source);
		bodies.forEach(b -> assertThat(verbatimPieces(b, sourceLetters)).as("pieces of the concept making up '%s'", b)
			.isBetween(1, 3));
		assertThat(bodies).hasSize(116);
		System.out.printf("Measures: %d entries; appendix 6: %d rows, %d distinct texts%n", bodies.size(),
				appendixRows.size(), appendixRows.stream().distinct().count());
	}

	/**
	 * How many pieces of the source, one after another, make up the text: 1 when it stands there word for word, 2
	 * or 3 when a page break of the source cut it; a very large number when it does not stand there at all.
	 */
	private static int verbatimPieces(String text, String source) {
		int pieces = 0;
		for (int start = 0; start < text.length(); pieces++) {
			int low = start + 1;
			int high = text.length();
			int end = start;
			while (low <= high) {
				int mid = (low + high) >>> 1;
				if (source.contains(text.substring(start, mid))) {
					end = mid;
					low = mid + 1;
				}
				else {
					high = mid - 1;
				}
			}
			if (end - start < 20 && end < text.length()) {
				return Integer.MAX_VALUE;
			}
			start = end;
		}
		return pieces;
	}

	/** Only letters and digits, lower case: compares texts across line breaks, markup and escapes. */
	private static String letters(String text) {
		return text.replaceAll("<[^>]+>", "").replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
	}

}
