package de.wesermarsch.wegweiser.xliff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glossary of {@code i18n/glossary.yaml} as the agency needs it: for a German text, the recurring names it
 * contains and the one term the project uses for each in the target language. An i18n directory without a
 * glossary gives an empty one. The file is read once, by the audit's {@link de.wesermarsch.wegweiser.audit.Glossary}
 * (which also checks it); a term's German form is found in a text as written, ignoring case.
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
		List<Row> rows = new ArrayList<>();
		for (de.wesermarsch.wegweiser.audit.Glossary.Term term : de.wesermarsch.wegweiser.audit.Glossary.read(file).terms()) {
			Map<String, String> byLang = new java.util.HashMap<>();
			term.renderings().forEach((lang, rendering) -> byLang.put(lang, rendering.term()));
			rows.add(new Row(term.german().pattern(), term.note().isEmpty() ? null : term.note(), Map.copyOf(byLang)));
		}
		return new Glossary(List.copyOf(rows));
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
