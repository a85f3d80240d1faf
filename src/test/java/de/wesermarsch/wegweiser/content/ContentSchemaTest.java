package de.wesermarsch.wegweiser.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schemas in {@code docs/schema/} that editors' tools use (a YAML language server, an IDE) accept every
 * file the service loads, of the county's content and of the test fixture, and refuse what the loader refuses
 * for the same reason: an unknown field, a missing title, a date that is no date, a status that does not exist.
 */
class ContentSchemaTest {

	static final Path SCHEMAS = Path.of("docs/schema");

	static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getDraft202012());

	static final YAMLMapper YAML = YAMLMapper.builder().build();

	@Test
	void everyContentFileOfTheCountyAndTheFixtureFitsItsSchema() throws IOException {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Path root : List.of(Path.of("."), Path.of("src/test/resources/fixture"))) {
			try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("content")), Files.walk(root.resolve("i18n")))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
					String schema = schemaOf(root.relativize(file).toString().replace('\\', '/'));
					if (schema != null) {
						checked++;
						validate(schema, Files.readString(file)).forEach(e -> problems.add(file + ": " + e.getMessage()));
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(checked).isGreaterThan(150);
	}

	@Test
	void aRegionImportedFromIntegreatFitsTheSchemas(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		Path target = dir.resolve("lkaugsburg");
		assertThat(de.wesermarsch.wegweiser.integreat.IntegreatCommand.run(new String[] { "import-integreat",
				"src/test/resources/integreat/pages/lkaugsburg", target.toString(), "--i18n", "i18n" })).isZero();
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(target)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				String schema = schemaOf("content/" + target.relativize(file).toString().replace('\\', '/'));
				if (schema != null) {
					validate(schema, Files.readString(file)).forEach(e -> problems.add(file.getFileName() + ": " + e.getMessage()));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theEntrySchemaRefusesWhatTheLoaderRefuses() throws IOException {
		String impressum = Files.readString(Path.of("src/test/resources/fixture/content/pages/impressum.yaml"));
		assertThat(validate("entry", impressum)).isEmpty();
		assertThat(messages("entry", impressum.replace("type: page", "type: page\nphone: 123"))).anyMatch(m -> m.contains("phone"));
		assertThat(messages("entry", impressum.replace("    title: Impressum\n", ""))).anyMatch(m -> m.contains("title"));
		assertThat(messages("entry", impressum.replace("reviewed: 2026-11-25", "reviewed: someday"))).anyMatch(m -> m.contains("reviewed"));
		assertThat(messages("entry", impressum.replace("provenance: machine-assisted", "provenance: guessed")))
			.anyMatch(m -> m.contains("provenance"));
		assertThat(messages("entry", impressum.replace("id: impressum", "id: Impressum Seite"))).anyMatch(m -> m.contains("id"));
		assertThat(validate("entry", impressum.replace("    reviewed: false", "    reviewed: false\n    html: <p>Impressum</p>")))
			.as("the imported pages' html field").isEmpty();
	}

	@Test
	void aSourceIsAFileOrAWebPageWithTheDayItWasRead() {
		assertThat(validate("sources", "- {id: a, title: T, publisher: P, file: sources/a.txt}")).isEmpty();
		assertThat(validate("sources", "- {id: a, title: T, publisher: P, url: 'https://x.example/', read: 2026-01-01, excerpt: E}")).isEmpty();
		assertThat(validate("sources", "- {id: a, title: T, publisher: P, url: 'https://x.example/'}")).isNotEmpty();
		assertThat(validate("sources", "- {id: a, title: T, publisher: P}")).isNotEmpty();
	}

	@Test
	void aSiteNeedsGermanAmongItsLanguages() {
		assertThat(validate("site", "name: X\nlanguages: [de, en]\n")).isEmpty();
		assertThat(validate("site", "name: X\nlanguages: [en]\n")).isNotEmpty();
		assertThat(validate("site", "name: X\nask-entry: [a, b]\n")).isNotEmpty();
	}

	/** The schema of a file the loader reads, by its place; null for files it does not read as YAML. */
	static String schemaOf(String name) {
		if (name.matches("content/(offers|networks|measures|guides|pages)/[^/]+\\.yaml")) {
			return "entry";
		}
		return switch (name) {
			case "content/sources.yaml" -> "sources";
			case "content/topics.yaml", "content/places.yaml", "content/audiences.yaml" -> "terms";
			case "content/site.yaml" -> "site";
			case "i18n/languages.yaml" -> "languages";
			default -> name.startsWith("i18n/thesaurus/") ? "thesaurus" : null;
		};
	}

	private static List<String> messages(String schema, String yaml) {
		return validate(schema, yaml).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
	}

	private static List<Error> validate(String name, String yaml) {
		try {
			Path file = SCHEMAS.resolve(name + ".schema.json");
			JsonNode schemaNode = JsonMapper.builder().build().readTree(Files.readString(file));
			Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaNode.get("$id").asString()), schemaNode);
			return schema.validate(YAML.readTree(yaml));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
