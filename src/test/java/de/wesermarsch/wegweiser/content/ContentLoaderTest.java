package de.wesermarsch.wegweiser.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

	@TempDir
	Path dir;

	Path content;

	@BeforeEach
	void copyFixture() throws IOException {
		de.wesermarsch.wegweiser.Fixture.copyTo(dir);
		content = dir.resolve("content");
	}

	Content load() {
		return new ContentLoader(content, dir.resolve("i18n")).load();
	}

	@Test
	void loadsAllKindsWithTheirDetails() {
		Content loaded = load();
		assertThat(loaded.entries()).hasSize(7);
		assertThat(loaded.entry("massnahme-homepage-termin-terminal-uebersetzen").orElseThrow().details())
			.isEqualTo(new Entry.Measure(java.util.List.of("interkulturelle-oeffnung"), new Deadline.ByYear(2027)));
		assertThat(loaded.entry("koordinierungsstelle-migration-teilhabe").orElseThrow().outdated("ar")).isTrue();
		assertThat(loaded.version()).hasSize(16);
	}

	@Test
	void versionChangesWithAnyFileAndOnlyThen() throws IOException {
		String before = load().version();
		assertThat(load().version()).isEqualTo(before);
		edit("offers/sprachcafe-burhave.yaml", "Burhave", "Burhave ");
		assertThat(load().version()).isNotEqualTo(before);
	}

	@Test
	void duplicateIdNamesBothFiles() throws IOException {
		Files.copy(content.resolve("offers/sprachcafe-burhave.yaml"), content.resolve("pages/sprachcafe-burhave.yaml"));
		assertProblem("content/pages/sprachcafe-burhave.yaml: entry 'sprachcafe-burhave', field 'type': 'offer' does not fit the folder pages/");
	}

	@Test
	void unknownTopicIsNamedWithFileEntryAndField() throws IOException {
		edit("offers/sprachcafe-burhave.yaml", "topics: [sprache-lernen", "topics: [wetter");
		assertProblem("content/offers/sprachcafe-burhave.yaml: entry 'sprachcafe-burhave', field 'topics': unknown id 'wetter'");
	}

	@Test
	void missingGermanTitle() throws IOException {
		edit("pages/impressum.yaml", "    title: Impressum\n", "");
		assertProblem("content/pages/impressum.yaml: entry 'impressum', field 'texts.de.title': missing");
	}

	@Test
	void malformedDate() throws IOException {
		edit("pages/impressum.yaml", "reviewed: 2026-11-25", "reviewed: 25.11.2026");
		assertProblem("field 'reviewed': '25.11.2026' is not a date of the form YYYY-MM-DD");
	}

	@Test
	void unknownLanguageCode() throws IOException {
		edit("offers/sprachcafe-burhave.yaml", "  fa:\n", "  pe:\n");
		assertProblem("field 'texts.pe': unknown language code 'pe'");
	}

	@Test
	void badDeadline() throws IOException {
		edit("measures/massnahme-homepage-termin-terminal-uebersetzen.yaml", "deadline: 2027", "deadline: soon");
		assertProblem("field 'deadline': 'soon' is not a deadline");
	}

	@Test
	void translationOfAFutureRevision() throws IOException {
		edit("offers/sprachcafe-burhave.yaml", "translates: 1", "translates: 3");
		assertProblem("field 'texts.en.translates': revision 3 of the original text does not exist");
	}

	@Test
	void brokenYamlAndUnknownFieldsAreReportedTogether() throws IOException {
		Files.writeString(content.resolve("offers/broken.yaml"), "id: [unclosed\n");
		edit("pages/impressum.yaml", "type: page", "type: page\nphone: 123");
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.satisfies(e -> assertThat(((ContentException) e).problems()).anySatisfy(
					p -> assertThat(p).startsWith("content/offers/broken.yaml: is not valid YAML"))
				.anySatisfy(p -> assertThat(p).contains("entry 'impressum', field 'phone': unknown field")));
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
		Files.write(content.resolve("pages/big.yaml"), new byte[20_000]);
		assertThatThrownBy(() -> new ContentLoader(content, dir.resolve("i18n"), null, new Bounds(16 << 10, 1 << 20)).load())
			.isInstanceOf(ContentException.class)
			.satisfies(e -> assertThat(((ContentException) e).problems()).containsExactly("content/pages/big.yaml: is 20 KB, "
					+ "more than the limit of 16 KB for one file (wegweiser.reload.max-file-size), so it was not read"));
	}

	@Test
	void contentLargerThanTheLimitIsRefused() {
		assertThatThrownBy(() -> new ContentLoader(content, dir.resolve("i18n"), null, new Bounds(16 << 10, 18 << 10)).load())
			.isInstanceOf(ContentException.class)
			.satisfies(e -> assertThat(((ContentException) e).problems()).singleElement().asString()
				.endsWith("makes the content larger than the limit of 18 KB (wegweiser.reload.max-content-size), so it "
						+ "and the files after it were not read"));
	}

	@Test
	void editorsFilesAndFilesThatAreNotEntriesAreIgnored() throws IOException {
		String before = load().version();
		for (String name : new String[] { "offers/sprachcafe-burhave.yaml~", "offers/.sprachcafe-burhave.yaml.swp",
				"offers/#sprachcafe-burhave.yaml#", "offers/.#sprachcafe-burhave.yaml", "offers/sprachcafe-burhave.yaml.bak",
				"offers/x.yaml.tmp", ".hidden/x.yaml", "pages/impressum.orig" }) {
			Files.createDirectories(content.resolve(name).getParent());
			Files.writeString(content.resolve(name), "id: [broken\n");
		}
		assertThat(load().version()).as("ignored files are not even part of the version").isEqualTo(before);
		Files.writeString(content.resolve("offers/notes.txt"), "id: [not an entry\n");
		assertThat(load().entries()).hasSize(7);
	}

	@Test
	void aPipeIsNotReadButNamed() throws Exception {
		Path fifo = content.resolve("offers/pipe.yaml");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
		assertProblem("content/offers/pipe.yaml: is not a regular file (a pipe, socket or device), so it was not read");
	}

	@Test
	void valuesStayWhatTheEditorWroteAsInYaml12() throws IOException {
		edit("pages/impressum.yaml", "revision: 1", "revision: 010");
		edit("pages/impressum.yaml", "chapter: Redaktion}", "chapter: 3.10}\n  - {document: integrationskonzept-2024, chapter: 1:30}");
		edit("pages/impressum.yaml", "source: {", "source:\n  - {");
		edit("pages/impressum.yaml", "title: Impressum", "title: No");
		edit("pages/impressum.yaml", "summary: Wer diesen Dienst anbietet.", "summary: on");
		Entry impressum = load().entry("impressum").orElseThrow();
		assertThat(impressum.originalText().title()).isEqualTo("No");
		assertThat(impressum.originalText().summary()).isEqualTo("on");
		assertThat(impressum.revision()).as("010 is ten in YAML 1.2, not octal eight").isEqualTo(10);
		assertThat(impressum.sources()).extracting(SourceRef::chapter).containsExactly("3.10", "1:30");
	}

	@Test
	void aKeyTwiceInOneMappingIsAProblem() throws IOException {
		edit("pages/impressum.yaml", "type: page", "type: page\ntype: page");
		assertProblem("content/pages/impressum.yaml, field 'type': appears twice in one mapping");
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = content.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
	}

	private void assertProblem(String expected) {
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class)
			.satisfies(e -> assertThat(((ContentException) e).problems()).anySatisfy(p -> assertThat(p).contains(expected)));
	}

}
