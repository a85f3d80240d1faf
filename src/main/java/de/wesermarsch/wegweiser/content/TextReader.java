package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import de.wesermarsch.wegweiser.html.SafeHtml;

/**
 * Reads the {@code texts} of an entry: one text per language (and easy variant), the original's and its
 * translations', with the defaults an editor need not write (provenance, a summary from the body) and the review
 * trail a text must carry when it says it was reviewed.
 */
final class TextReader {

	/** A text as written; the schema has checked every field's form. */
	record TextFile(String title, String summary, String body, String subGoal, String rhythm, String provenance,
			Boolean reviewed, @JsonProperty("reviewed-by") String reviewedBy,
			@JsonProperty("reviewed-on") String reviewedOn, String translator, Integer translates, String html) {
	}

	private final Problems problems;

	private final Set<String> languages;

	private final boolean strict;

	TextReader(Problems problems, Set<String> languages, boolean strict) {
		this.problems = problems;
		this.languages = languages;
		this.strict = strict;
	}

	Map<String, Text> read(String file, String id, Map<String, TextFile> texts, String original, int revision) {
		Map<String, Text> result = new LinkedHashMap<>();
		if (!languages.contains(original)) {
			problems.add(file, id, "original", "'" + original + "' is not a language of this site (known: "
					+ String.join(" ", languages) + ")");
		}
		else if (!texts.containsKey(original)) {
			problems.add(file, id, "texts." + original,
					"missing: every entry needs a text in its original language (" + original + ")");
		}
		texts.forEach((key, text) -> {
			String lang = Entry.language(key);
			if (!languages.contains(lang)) {
				problems.add(file, id, "texts." + key,
						"unknown language code '" + lang + "' (known: " + String.join(" ", languages) + ")");
			}
			else {
				result.put(key, text(file, id, "texts." + key + ".", text, key.equals(original), original, revision));
			}
		});
		return result;
	}

	private Text text(String file, String id, String at, TextFile text, boolean isOriginal, String original,
			int revision) {
		String summary = text.summary();
		if (summary == null && isOriginal && strict) {
			problems.add(file, id, at + "summary", "missing");
		}
		if (summary == null && text.body() != null) {
			summary = Summaries.firstSentence(text.body(), Entry.language(original));
		}
		Provenance provenance = text.provenance() == null
				? (isOriginal ? Provenance.HUMAN : Provenance.MACHINE_ASSISTED)
				: Provenance.of(text.provenance()).orElseThrow();
		Integer translates = text.translates();
		if (!isOriginal && translates == null) {
			problems.add(file, id, at + "translates", "missing");
		}
		if (isOriginal && translates != null) {
			problems.add(file, id, at + "translates", "the original translates nothing");
		}
		if (translates != null && translates > revision) {
			problems.add(file, id, at + "translates", "revision " + translates
					+ " of the original text does not exist (revision is " + revision + ")");
		}
		LocalDate reviewedOn = EntryReader.date(problems, file, id, at + "reviewed-on", text.reviewedOn());
		if (text.translator() != null && provenance != Provenance.HUMAN) {
			problems.add(file, id, at + "translator", "only a text of provenance 'human' names a translator");
		}
		if (text.html() != null && !SafeHtml.isSafe(text.html())) {
			problems.add(file, id, at + "html", "holds markup outside the allow-list (only headings h2-h6, paragraphs, "
					+ "lists, tables, emphasis and links to https, mailto and tel; no images, scripts, styles or "
					+ "attributes besides href)");
		}
		String html = text.html();
		if (html != null && !SafeHtml.plainText(html).equals(text.body() == null ? "" : text.body())) {
			// the body was changed since (by hand, or by an XLIFF import): the plain body is the text, the HTML is stale
			html = null;
		}
		boolean reviewed = Boolean.TRUE.equals(text.reviewed());
		if (reviewed && reviewedOn == null) {
			return null;
		}
		return new Text(text.title(), summary, text.body(), text.subGoal(), text.rhythm(), provenance,
				reviewed, translates, text.reviewedBy(), reviewedOn, text.translator(), html);
	}

}
