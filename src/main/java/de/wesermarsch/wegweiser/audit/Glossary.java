package de.wesermarsch.wegweiser.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One term per language for the names that recur ({@code i18n/glossary.yaml}): the word translators use, the
 * pattern of its inflected forms and the wrong variants that were found in translations. {@link #findings}
 * holds every text and UI message against it, so a second word for the same office cannot creep back in.
 */
public record Glossary(List<Term> terms) {

	public Glossary {
		terms = List.copyOf(terms);
	}

	/** A recurring name: its German form and its rendering per language. */
	public record Term(String id, Pattern german, String note, Map<String, Rendering> renderings) {
	}

	/** How a language says a term: {@code term} as written, {@code match} its forms, {@code avoid} wrong ones. */
	public record Rendering(String term, Pattern match, List<Pattern> avoid) {
	}

	public static Glossary read(Path file) {
		List<Term> terms = new ArrayList<>();
		for (Object item : AuditFiles.list(AuditFiles.read(file), file.toString())) {
			Map<String, Object> term = AuditFiles.map(item, file + ": a term");
			String id = AuditFiles.string(term.get("id"), file + ": the id of a term");
			String where = file + ", term " + id;
			Map<String, Rendering> renderings = new LinkedHashMap<>();
			AuditFiles.map(term.get("terms"), where + ": terms").forEach((lang, value) -> {
				Map<String, Object> rendering = AuditFiles.map(value, where + ", " + lang);
				String word = AuditFiles.string(rendering.get("term"), where + ", " + lang + ": term");
				Object match = rendering.get("match");
				List<Pattern> avoid = AuditFiles.list(rendering.get("avoid"), where + ", " + lang + ": avoid").stream()
					.map(a -> Normal.pattern(a.toString()))
					.toList();
				renderings.put(lang, new Rendering(word,
						Normal.pattern(match == null ? Pattern.quote(word) : match.toString()), avoid));
			});
			terms.add(new Term(id, Pattern.compile(AuditFiles.string(term.get("de"), where + ": de")),
					String.valueOf(term.getOrDefault("note", "")), renderings));
		}
		return new Glossary(terms);
	}

	/**
	 * Every place where a translation breaks the glossary, as a sentence for editors: a wrong variant anywhere,
	 * or, in a UI message, title or summary whose German names the term, the term missing.
	 */
	List<String> findings(List<Piece> pieces) {
		List<String> findings = new ArrayList<>();
		for (Piece piece : pieces) {
			String text = Normal.text(piece.text());
			for (Term term : terms) {
				Rendering rendering = term.renderings().get(piece.lang());
				if (rendering == null) {
					continue;
				}
				for (Pattern avoid : rendering.avoid()) {
					var wrong = avoid.matcher(text);
					if (wrong.find()) {
						findings.add(piece.where() + " [" + piece.lang() + "]: \"" + wrong.group() + "\" for "
								+ term.id() + "; the glossary says \"" + rendering.term() + "\"");
					}
				}
				if (piece.short_() && term.german().matcher(piece.german()).find()
						&& !rendering.match().matcher(text).find()) {
					findings.add(piece.where() + " [" + piece.lang() + "]: the German names " + term.id()
							+ ", the translation lacks \"" + rendering.term() + "\"");
				}
			}
		}
		return findings;
	}

}
