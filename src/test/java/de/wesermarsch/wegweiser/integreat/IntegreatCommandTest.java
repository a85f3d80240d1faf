package de.wesermarsch.wegweiser.integreat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.content.Provenance;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.html.SafeHtml;

/**
 * The Integreat import from the command line, on the real pages of two regions: what it makes of them, that a
 * re-import keeps every id, and what it refuses (with exit code and sentence, the target left as it was).
 */
class IntegreatCommandTest {

	static final Path PAGES = Path.of("src/test/resources/integreat/pages");

	static final Path I18N = Path.of("i18n");

	@TempDir
	Path dir;

	ByteArrayOutputStream out = new ByteArrayOutputStream();

	ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return new IntegreatCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8),
				Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC)).execute(args);
	}

	Content load(Path content) {
		return new ContentLoader(content, I18N).load();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lkaugsburg", "rems-murr-kreis" })
	void aRegionImportsIntoAContentDirectoryThatLoadsWithoutAHandEdit(String region) throws IOException {
		Path target = dir.resolve(region);
		assertThat(run("import-integreat", PAGES.resolve(region).toString(), target.toString(), "--i18n", I18N.toString()))
			.as(err.toString()).isZero();
		Content content = load(target);
		Map<Long, String> germanTitles = titles(region, "de");
		assertThat(content.entries()).hasSize(germanTitles.size());
		assertThat(content.site().languages()).containsExactly("de", "en");
		for (Entry entry : content.entries().values()) {
			assertThat(entry.type()).isEqualTo(EntryType.GUIDE);
			assertThat(entry.original()).isEqualTo("de");
			long id = Long.parseLong(entry.id().substring("integreat-".length()));
			assertThat(entry.originalText().title()).isEqualTo(germanTitles.get(id));
			entry.texts().values().forEach(t -> assertThat(t.provenance()).isEqualTo(Provenance.SOURCE));
			// every text with a body keeps its HTML through the files (its plain text is the body), and it is safe
			entry.texts().values().stream().filter(t -> !t.body().isBlank()).forEach(t -> assertThat(t.html()).isNotNull());
			entry.texts().values().stream().filter(t -> t.html() != null).forEach(t -> assertThat(SafeHtml.isSafe(t.html())).isTrue());
			assertThat(entry.sources()).hasSize(entry.texts().size());
			var source = content.sources().get(entry.sources().getFirst().document());
			assertThat(source.url()).startsWith("https://admin.integreat-app.de/" + region + "/de/");
			assertThat(source.updated()).isBefore(LocalDate.of(2026, 12, 2));
		}
		// the tree is kept: chapters at the top, every other page under one
		long top = content.entries().values().stream().filter(e -> ((Entry.Guide) e.details()).parent() == null).count();
		assertThat(top).isBetween(1L, 20L);
		assertThat(out.toString()).contains("Imported " + germanTitles.size() + " guide pages of " + region);
	}

	@Test
	void translationsAreLinkedContactCardsBecomeStructureAndImagesAreLeftOut() throws IOException {
		Path target = dir.resolve("augsburg");
		assertThat(run("import-integreat", PAGES.resolve("lkaugsburg").toString(), target.toString())).isZero();
		Entry office = load(target).entry("integreat-5600234").orElseThrow();
		assertThat(office.texts()).containsOnlyKeys("de", "en");
		assertThat(office.texts().get("en").title()).isEqualTo("The Augsburg District Office");
		assertThat(office.texts().get("en").translates()).isEqualTo(1);
		assertThat(office.sources()).extracting(s -> s.document()).containsExactly("integreat-de-5600234", "integreat-en-5600235");
		assertThat(office.contact()).hasValueSatisfying(c -> {
			assertThat(c.phone()).isEqualTo("0821 31020");
			assertThat(c.address()).isEqualTo("Prinzregentenplatz 4, 86150 Augsburg");
			assertThat(c.email()).isEqualTo("info@LRA-a.bayern.de");
			assertThat(c.hours()).startsWith("Montag bis Freitag von 7.30 bis 12.30 Uhr");
		});
		String html = office.texts().get("de").html();
		assertThat(html).contains("<ul>", "<li>Pflichtaufgaben", "href=\"tel:+4982131020\"").doesNotContain("<img", "style=", "class=");
		// the plain body keeps each datum of the card on its own line, for answers to cite
		assertThat(office.texts().get("de").body()).contains("\n0821 31020\n");
		assertThat(((Entry.Guide) office.details()).parent()).isEqualTo("integreat-5484856");
		assertThat(out.toString()).containsPattern("Left out, not fetched: \\d+ images");
	}

	@Test
	void aReimportKeepsEveryIdAndTheEditorsFilesAndReportsPagesRemovedUpstream() throws IOException {
		Path source = copyOf("lkaugsburg");
		Path target = dir.resolve("target");
		assertThat(run("import-integreat", source.toString(), target.toString())).isZero();
		Set<String> first = load(target).entries().keySet();
		Files.writeString(target.resolve("site.yaml"), "name: Integreat Augsburger Land\nlanguages: [de, en]\n");
		out.reset();
		assertThat(run("import-integreat", source.toString(), target.toString())).isZero();
		Content again = load(target);
		assertThat(again.entries().keySet()).isEqualTo(first);
		assertThat(again.site().name("de")).isEqualTo("Integreat Augsburger Land");
		assertThat(out.toString()).contains("0 new, " + first.size() + " updated");

		// upstream removes a page without children (de and its English translation)
		String de = Files.readString(source.resolve("de/pages.json"));
		String en = Files.readString(source.resolve("en/pages.json"));
		Files.writeString(source.resolve("de/pages.json"), withoutPage(de, 5600234));
		Files.writeString(source.resolve("en/pages.json"), withoutPage(en, 5600235));
		out.reset();
		assertThat(run("import-integreat", source.toString(), target.toString())).as(err.toString()).isZero();
		assertThat(out.toString()).contains("Removed upstream, no longer in the guide (1): integreat-5600234");
		assertThat(load(target).entries().keySet()).containsAll(first.stream().filter(id -> !id.equals("integreat-5600234")).toList())
			.doesNotContain("integreat-5600234");
	}

	@Test
	void anEnglishOnlyRegionHasEnglishOriginals() throws IOException {
		Path source = dir.resolve("source");
		Files.createDirectories(source.resolve("en"));
		Files.writeString(source.resolve("en/pages.json"), """
				[{"id": 11, "url": "https://admin.integreat-app.de/town/en/welcome/", "path": "/town/en/welcome/",
				  "title": "Welcome", "content": "<p>Register your address first.</p>", "last_updated": "2024-05-01T10:00:00+02:00",
				  "parent": {"id": 0, "url": null, "path": null}, "order": 1, "available_languages": {"ar": {"id": 12}}},
				 {"id": 13, "url": "https://admin.integreat-app.de/town/en/welcome/doctor/", "path": "/town/en/welcome/doctor/",
				  "title": "Doctor", "content": "<p>Call the practice.</p>", "last_updated": "2024-05-01T10:00:00+02:00",
				  "parent": {"id": 7, "path": "/town/en/welcome/"}, "order": 1, "available_languages": {}}]
				""");
		assertThat(run("import-integreat", source.toString(), dir.resolve("town").toString())).as(err.toString()).isZero();
		Content content = load(dir.resolve("town"));
		Entry doctor = content.entry("integreat-13").orElseThrow();
		assertThat(doctor.original()).isEqualTo("en");
		assertThat(((Entry.Guide) doctor.details()).parent()).isEqualTo("integreat-11");
		assertThat(Shown.of(doctor, "de", false).title()).isEqualTo("Doctor");
		assertThat(content.languageCodes()).containsExactly("de", "en");
	}

	@Test
	void htmlIsMadeSafeAtImport() throws IOException {
		Path source = dir.resolve("source");
		Files.createDirectories(source.resolve("de"));
		Files.writeString(source.resolve("de/pages.json"), """
				[{"id": 1, "url": "https://admin.integreat-app.de/x/de/a/", "path": "/x/de/a/", "title": "A",
				  "content": "<h1>Termine</h1><p onclick=\\"steal()\\">Mo 8 Uhr<script>steal()</script></p><iframe src=\\"https://t.example\\"></iframe><img src=\\"https://t.example/p.png\\"><table><tr><td>Mo</td><td>8–12</td></tr></table><a href=\\"javascript:steal()\\">x</a>",
				  "last_updated": "2024-05-01T10:00:00+02:00", "parent": null, "order": 0, "available_languages": {}}]
				""");
		assertThat(run("import-integreat", source.toString(), dir.resolve("t").toString())).as(err.toString()).isZero();
		var text = load(dir.resolve("t")).entry("integreat-1").orElseThrow().originalText();
		assertThat(text.html()).contains("<h2>Termine</h2>", "<td>8–12</td>")
			.doesNotContain("script", "onclick", "iframe", "img", "javascript");
		assertThat(text.body()).isEqualTo("Termine\n\nMo 8 Uhr\n\nMo; 8–12\n\nx");
		assertThat(out.toString()).contains("Left out, not fetched: 1 images");
	}

	@Test
	void brokenInputIsRefusedWithASentenceAndTheTargetStaysAsItWas() throws IOException {
		Path source = copyOf("lkaugsburg");
		Path target = dir.resolve("target");
		assertThat(run("import-integreat", source.toString(), target.toString())).isZero();
		Map<String, String> before = snapshot(target);

		Files.writeString(source.resolve("en/pages.json"), "<html>not json</html>");
		assertRefused(source, target, "en/pages.json is not JSON");

		Files.writeString(source.resolve("en/pages.json"), "{\"pages\": []}");
		assertRefused(source, target, "en/pages.json must be a JSON array of pages");

		Files.writeString(source.resolve("en/pages.json"), """
				[{"id": 5600235, "url": "https://admin.integreat-app.de/lkaugsburg/en/x/", "path": "/lkaugsburg/en/x/",
				  "content": "", "last_updated": "2024-05-01T10:00:00+02:00", "parent": null, "order": 0}]
				""");
		assertRefused(source, target, "en/pages.json, page 5600235: field 'title' is missing.");

		Files.delete(source.resolve("en/pages.json"));
		Files.writeString(source.resolve("en/pages.json"), "[]");
		assertRefused(source, target, "de/pages.json, page 5484709: available_languages.en points to page 5484710, which en/pages.json does not hold.");

		Files.createDirectories(source.resolve("xx"));
		Files.writeString(source.resolve("xx/pages.json"), "[]");
		assertRefused(source, target, "the language 'xx' is not in");

		assertThat(snapshot(target)).isEqualTo(before);
		try (Stream<Path> beside = Files.list(dir)) {
			assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("source", "target");
		}
	}

	@Test
	void aCallOfTheWrongFormExitsWithTwo() {
		assertThat(run("import-integreat", "only-one")).isEqualTo(2);
		assertThat(err.toString()).contains("usage: import-integreat SOURCE_DIR TARGET_DIR");
		assertThat(run("import-integreat", "a", "b", "--colour", "red")).isEqualTo(2);
		assertThat(run("import-integreat", dir.resolve("missing").toString(), dir.resolve("t").toString())).isEqualTo(1);
		assertThat(err.toString()).contains("is not a directory");
	}

	void assertRefused(Path source, Path target, String message) {
		err.reset();
		assertThat(run("import-integreat", source.toString(), target.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("Refused; " + target + " is unchanged:").contains(message);
	}

	/** The region's pages unpacked into a directory the test may change. */
	Path copyOf(String region) throws IOException {
		Path source = dir.resolve("source");
		for (String lang : new String[] { "de", "en" }) {
			Files.createDirectories(source.resolve(lang));
			Files.writeString(source.resolve(lang + "/pages.json"), json(region, lang));
		}
		return source;
	}

	static String json(String region, String lang) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(PAGES.resolve(region + "/" + lang + "/pages.json.gz")))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static Map<Long, String> titles(String region, String lang) throws IOException {
		var pages = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json(region, lang));
		Map<Long, String> titles = new TreeMap<>();
		pages.forEach(p -> titles.put(p.get("id").asLong(), org.jsoup.parser.Parser.unescapeEntities(p.get("title").asString(), false).strip()));
		return titles;
	}

	static String withoutPage(String json, long id) {
		var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
		var pages = (tools.jackson.databind.node.ArrayNode) mapper.readTree(json);
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).get("id").asLong() == id) {
				pages.remove(i);
				break;
			}
		}
		return mapper.writeValueAsString(pages);
	}

	static Map<String, String> snapshot(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
				try {
					return Files.readString(p);
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}, (a, b) -> a, TreeMap::new));
		}
	}

}
