package de.wesermarsch.wegweiser.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts, not inventions: every phone number, e-mail and web address in {@code content/} stands in a source that the
 * entry giving it cites, and every web source names its address, the day it was read and the page's own words.
 * The last tests plant invented facts in a copy of the real content and show that the check finds them.
 */
class FactsTest {

	static final Path CONTENT = Path.of("content");

	static Content content;

	@BeforeAll
	static void load() {
		content = new ContentLoader(CONTENT, Path.of("i18n")).load();
	}

	@Test
	void everyPhoneNumberEmailAndWebAddressStandsInASourceTheEntryCites() {
		assertThat(unsourced(content, CONTENT)).isEmpty();
	}

	@Test
	void everyWebSourceNamesItsAddressTheDayItWasReadAndThePagesOwnWords() {
		assertThat(content.sources().values().stream().filter(Source::web)).isNotEmpty().allSatisfy(s -> {
			assertThat(s.url()).as("%s url", s.id()).matches("https?://\\S+");
			assertThat(s.read()).as("%s read", s.id()).isNotNull().isBeforeOrEqualTo(LocalDate.now());
			assertThat(s.excerpt()).as("%s excerpt", s.id()).isNotBlank();
		});
		assertThat(content.sources().values().stream().filter(s -> !s.web()))
			.allSatisfy(s -> assertThat(CONTENT.resolve(s.file())).as("%s file", s.id()).isRegularFile());
	}

	@Test
	void everyGuidePageCitesASource() {
		assertThat(content.entries().values().stream().filter(e -> e.type() == EntryType.GUIDE)).isNotEmpty()
			.allSatisfy(e -> assertThat(e.sources()).as(e.id()).isNotEmpty());
	}

	@Test
	void anInventedPhoneNumberIsFound(@TempDir Path copy) throws IOException {
		Path kita = copyContent(copy).resolve("guides/kita-platz.yaml");
		Files.writeString(kita, Files.readString(kita).replace("E-Mail jugendamt@wesermarsch.de.",
				"E-Mail jugendamt@wesermarsch.de, Telefon 04401 927-999."));
		assertThat(unsourced(new ContentLoader(copy, Path.of("i18n")).load(), copy))
			.containsExactly("guides/kita-platz.yaml: phone number '04401 927-999' stands in none of its sources "
					+ "(mk-niedersachsen-kindertagesstaetten, heidekreis-beitragsfreiheit-kita, "
					+ "wesermarsch-kindertagesstaetten, integrationskonzept-2024)");
	}

	@Test
	void aRealNumberFromASourceTheEntryDoesNotCiteIsFoundInAnyScriptAndShortForm(@TempDir Path copy)
			throws IOException {
		Path kita = copyContent(copy).resolve("guides/kita-platz.yaml");
		// 116 016 stands in the Hilfetelefon's source, which this entry does not cite; written here in Persian digits.
		Files.writeString(kita, Files.readString(kita).replace("ایمیل jugendamt@wesermarsch.de.",
				"ایمیل jugendamt@wesermarsch.de، تلفن ۱۱۶ ۰۱۶، www.example.de، hilfe@example.org."));
		assertThat(unsourced(new ContentLoader(copy, Path.of("i18n")).load(), copy))
			.anySatisfy(f -> assertThat(f).contains("phone number '116 016'"))
			.anySatisfy(f -> assertThat(f).contains("web address 'www.example.de'"))
			.anySatisfy(f -> assertThat(f).contains("e-mail 'hilfe@example.org'"))
			.hasSize(3);
	}

	@Test
	void numbersAreComparedAsWholeNumbersInNationalForm() {
		assertThat(CitedFacts.canonicalPhone("+49 911 943-6390")).isEqualTo(CitedFacts.canonicalPhone("0911 9436390"));
		assertThat(CitedFacts.canonicalPhone("+49 (0)30-1815-1111")).isEqualTo("03018151111");
		assertThat(CitedFacts.phones("Notruf 112, Bereitschaftsdienst 116117, 04401/ 927-436, am 01.06.2023, 2024"))
			.containsExactly("112", "116117", "04401/ 927-436");
		assertThat(CitedFacts.phones("عدد 1120 و 2112")).isEmpty();
	}

	private static List<String> unsourced(Content content, Path directory) {
		CitedFacts facts = new CitedFacts(content, directory);
		return content.entries().values().stream().flatMap(e -> facts.unsourced(e).stream()).toList();
	}

	private static Path copyContent(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(CONTENT)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(CONTENT.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to);
				}
			}
		}
		return target;
	}

}
