package de.wesermarsch.wegweiser.xliff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The glossary of {@code i18n/glossary.yaml} as the agency needs it: for a German text, the recurring names it
 * contains and the one term the project uses for each in the target language. An i18n directory without a
 * glossary gives an empty one.
 */
final class Glossary {

	record Term(String german, String translation, String note) {
	}

	private record Row(String german, String note, Map<String, String> terms) {
	}

	private final List<Row> rows;

	private Glossary(List<Row> rows) {
		this.rows = rows;
	}

	static Glossary read(Path i18nDir) {
		Path file = i18nDir.resolve("glossary.yaml");
		if (!Files.isRegularFile(file)) {
			return new Glossary(List.of());
		}
		try {
			Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
			List<Row> rows = new ArrayList<>();
			if (yaml instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof Map<?, ?> row && row.get("de") != null && row.get("terms") instanceof Map<?, ?> terms) {
						Map<String, String> byLang = new java.util.HashMap<>();
						terms.forEach((lang, term) -> {
							if (term instanceof Map<?, ?> t && t.get("term") != null) {
								byLang.put(lang.toString(), t.get("term").toString());
							}
						});
						rows.add(new Row(row.get("de").toString(), row.get("note") == null ? null : row.get("note").toString(),
								Map.copyOf(byLang)));
					}
				}
			}
			return new Glossary(List.copyOf(rows));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The glossary terms whose German form occurs in the text (ignoring case), with their term in the language. */
	List<Term> termsIn(String germanText, String lang) {
		String text = germanText.toLowerCase(Locale.GERMAN);
		return rows.stream()
			.filter(r -> r.terms().containsKey(lang) && text.contains(r.german().toLowerCase(Locale.GERMAN)))
			.map(r -> new Term(r.german(), r.terms().get(lang), r.note()))
			.toList();
	}

}
