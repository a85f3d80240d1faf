package de.wesermarsch.wegweiser.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.okapi.lib.xliff2.core.TargetState;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.ContentReport;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Provenance;
import de.wesermarsch.wegweiser.content.SourceTexts;
import de.wesermarsch.wegweiser.content.Text;
import de.wesermarsch.wegweiser.content.TextCounts;

/** The translation round trip from the command line: what an editor and an agency meet, and what is refused. */
class XliffCommandTest {

	static final Map<String, String> ARABIC = Map.of(
			"sprachcafe-burhave.title.r1", "مقهى اللغة في بورهافه",
			"sprachcafe-burhave.summary.r1", "مكان لقاء مفتوح يتدرّب فيه القادمون الجدد على التحدّث بالألمانية.",
			"sprachcafe-burhave.body.r1", "مقهى اللغة جزء من مشروع AuFplus التابع لـ KVHS Wesermarsch.");

	static final Map<String, String> AGENCY = Map.of("agency", "Sprachdienst Nord GmbH", "translator", "Leila Haddad",
			"date", "2026-11-30");

	@TempDir
	Path dir;

	Path content;

	Path exported;

	Path delivered;

	ByteArrayOutputStream out = new ByteArrayOutputStream();

	ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void copy() throws IOException {
		Fixture.copyTo(dir);
		content = dir.resolve("content");
		exported = dir.resolve("ar.xlf");
		delivered = dir.resolve("ar-done.xlf");
	}

	int run(String... args) {
		String[] all = Stream.concat(Stream.of(args), Stream.of("--content", content.toString(), "--i18n",
				dir.resolve("i18n").toString())).toArray(String[]::new);
		return new XliffCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8),
				Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC)).execute(all);
	}

	String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theExportIsValidXliffWithTheMissingTextsAndTheMachineDraftsForPostEditing() throws IOException {
		assertThat(run("xliff-export", "ar", exported.toString())).isZero();
		String xliff = Files.readString(exported);
		assertThat(Translator.validate(exported)).isGreaterThan(3);
		assertThat(xliff).contains("version=\"2.1\"", "srcLang=\"de\"", "trgLang=\"ar\"")
			.contains("<unit id=\"sprachcafe-burhave.title.r1\"", "<source xml:space=\"preserve\">Sprachcafé in Burhave</source>");
		// the fixture's texts in Farsi are machine-assisted: their drafts go out as targets to post-edit
		assertThat(run("xliff-export", "fa", exported.toString())).isZero();
		assertThat(Files.readString(exported)).contains("subState=\"" + XliffExport.MACHINE + "\"");
	}

	@Test
	void onlyWhatChangedSinceADateCanBeExportedAndEverythingOnRequest() throws IOException {
		assertThat(run("xliff-export", "ar", exported.toString(), "--since", "2030-01-01")).isZero();
		assertThat(exported).doesNotExist();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nothing is due for ar");
		assertThat(run("xliff-export", "ar", exported.toString())).isZero();
		int due = Translator.validate(exported);
		assertThat(run("xliff-export", "ar", exported.toString(), "--all")).isZero();
		assertThat(Translator.validate(exported)).isGreaterThanOrEqualTo(due);
	}

	@Test
	void anImportWritesThePersonsTranslationAndLeavesEveryOtherByteOfTheFiles() throws IOException {
		Path file = content.resolve("offers/sprachcafe-burhave.yaml");
		String before = Files.readString(file).replace("\n", "\r\n").replace("texts:", "# kept by the import\r\ntexts:");
		Files.writeString(file, before);
		Map<String, String> others = hashes(content, file);
		assertThat(run("xliff-export", "ar", exported.toString())).isZero();
		Translator.work(exported, delivered, AGENCY, TargetState.REVIEWED, (id, source) -> ARABIC.get(id));

		assertThat(run("xliff-import", delivered.toString())).as(errors()).isZero();

		String after = Files.readString(file);
		assertThat(after).startsWith(before.stripTrailing()).contains("# kept by the import\r\ntexts:")
			.doesNotContain("\n\n").contains("  ar:\r\n    title: مقهى اللغة في بورهافه\r\n");
		assertThat(hashes(content, file)).isEqualTo(others);
		Content loaded = new ContentLoader(content, dir.resolve("i18n")).load();
		Text arabic = loaded.entry("sprachcafe-burhave").flatMap(e -> e.text("ar", false)).orElseThrow();
		assertThat(arabic.title()).isEqualTo(ARABIC.get("sprachcafe-burhave.title.r1"));
		assertThat(arabic.body().strip()).isEqualTo(ARABIC.get("sprachcafe-burhave.body.r1"));
		assertThat(arabic.provenance()).isEqualTo(Provenance.HUMAN);
		assertThat(arabic.reviewed()).isTrue();
		assertThat(arabic.translator()).isEqualTo("Leila Haddad");
		assertThat(arabic.reviewedBy()).isEqualTo("Leila Haddad");
		assertThat(arabic.reviewedOn()).hasToString("2026-11-30");
		assertThat(arabic.translates()).isEqualTo(1);
		TextCounts counts = ContentReport.of(loaded, new SourceTexts(loaded, content)).perLanguage().get("ar");
		assertThat(counts.human()).isEqualTo(1);
		assertThat(counts.reviewed()).isEqualTo(1);
		assertThat(counts.machine()).isEqualTo(counts.texts() - 1);
	}

	@Test
	void aTranslationOfAGermanTextThatChangedSinceTheExportIsRefusedAndNothingIsWritten() throws IOException {
		assertThat(run("xliff-export", "ar", exported.toString())).isZero();
		Translator.work(exported, delivered, AGENCY, TargetState.TRANSLATED, (id, source) -> ARABIC.get(id));
		Path file = content.resolve("offers/sprachcafe-burhave.yaml");
		Files.writeString(file, Files.readString(file).replace("revision: 1", "revision: 2")
			.replace("Ein offener Treffpunkt", "Ein offener Treff"));
		Map<String, String> before = hashes(content, null);

		assertThat(run("xliff-import", delivered.toString())).isEqualTo(1);

		assertThat(errors()).contains("Unit 'sprachcafe-burhave.title.r1' is stale", "now revision 2");
		assertThat(hashes(content, null)).isEqualTo(before);
	}

	@Test
	void aBrokenFileAWrongLanguageAnUnknownUnitAndAMissingTranslatorAreRefusedWithASentence() throws IOException {
		assertThat(run("xliff-export", "ar", exported.toString())).isZero();
		Translator.work(exported, delivered, AGENCY, TargetState.TRANSLATED, (id, source) -> ARABIC.get(id));
		String good = Files.readString(delivered);
		Map<String, String> before = hashes(content, null);

		Files.writeString(delivered, good.substring(0, good.length() / 2));
		assertThat(run("xliff-import", delivered.toString())).isEqualTo(1);
		assertThat(errors()).contains("The file is not valid XLIFF 2");

		Files.writeString(delivered, good.replace("trgLang=\"ar\"", "trgLang=\"fr\""));
		assertThat(run("xliff-import", delivered.toString())).isEqualTo(1);
		assertThat(errors()).contains("The file's target language 'fr' is not one of this site's languages");

		Files.writeString(delivered, good.replace("sprachcafe-burhave.title.r1", "gibt-es-nicht.title.r1"));
		assertThat(run("xliff-import", delivered.toString())).isEqualTo(1);
		assertThat(errors()).contains("Unit 'gibt-es-nicht.title.r1' names a text the content does not have");

		Files.writeString(delivered, good.replace("Sprachdienst Nord GmbH", "").replace("Leila Haddad", ""));
		assertThat(run("xliff-import", delivered.toString())).isEqualTo(1);
		assertThat(errors()).contains("does not say who translated it");

		assertThat(hashes(content, null)).isEqualTo(before);
	}

	@Test
	void aTextTranslatedOnlyInPartIsRefusedAndUntranslatedTextsAreLeftAlone() throws IOException {
		assertThat(run("xliff-export", "ar", exported.toString())).isZero();
		Translator.work(exported, delivered, AGENCY, TargetState.TRANSLATED,
				(id, source) -> id.endsWith(".title.r1") && id.startsWith("sprachcafe") ? ARABIC.get(id) : null);
		assertThat(run("xliff-import", delivered.toString())).isEqualTo(1);
		assertThat(errors()).contains("Entry 'sprachcafe-burhave' [ar] is translated only in part: summary, body are missing");

		Translator.work(exported, delivered, AGENCY, TargetState.TRANSLATED, (id, source) -> null);
		assertThat(run("xliff-import", delivered.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 0 ar texts", "Left as they were");
	}

	@Test
	void aWrongCallIsAnsweredWithItsUsage() {
		assertThat(run("xliff-export", "ar")).isEqualTo(2);
		assertThat(errors()).contains("usage: xliff-export LANG FILE");
		assertThat(run("xliff-export", "xx", exported.toString())).isEqualTo(1);
		assertThat(errors()).contains("'xx' is not a language to translate into");
	}

	/** The SHA-256 of every file under {@code root} except {@code except}. */
	static Map<String, String> hashes(Path root, Path except) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(except)).toList()) {
				hashes.put(root.relativize(f).toString(), java.util.HexFormat.of().formatHex(
						java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
			}
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		return hashes;
	}

}
