package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.wesermarsch.wegweiser.html.SafeHtml;

/**
 * Reads the {@code texts} of an entry: one text per language (and easy variant), the original's and its
 * translations', with the defaults an editor need not write (provenance, a summary from the body) and the review
 * trail a text must carry when it says it was reviewed.
 */
final class TextReader {

	private static final Set<String> TEXT_FIELDS = Set.of("title", "summary", "body", "subGoal", "rhythm",
			"provenance", "reviewed", "reviewed-by", "reviewed-on", "translator", "translates", "html");

	private final Set<String> languages;

	private final boolean strict;

	TextReader(Set<String> languages, boolean strict) {
		this.languages = languages;
		this.strict = strict;
	}

	Map<String, Text> read(Fields fields, String original, int revision) {
		Fields texts = fields.child("texts", true);
		Map<String, Text> result = new LinkedHashMap<>();
		if (texts == null) {
			return result;
		}
		if (!languages.contains(original)) {
			fields.problem("original", "'" + original + "' is not a language of this site (known: "
					+ String.join(" ", languages) + ")");
		}
		else if (!texts.has(original)) {
			texts.problem(original, "missing: every entry needs a text in its original language (" + original + ")");
		}
		for (String key : texts.keys()) {
			String lang = Entry.language(key);
			if (!languages.contains(lang)) {
				texts.problem(key, "unknown language code '" + lang + "' (known: " + String.join(" ", languages) + ")");
				continue;
			}
			Text text = text(texts.child(key, true), key.equals(original), original, revision);
			if (text != null) {
				result.put(key, text);
			}
		}
		return result;
	}

	private Text text(Fields text, boolean isOriginal, String original, int revision) {
		if (text == null) {
			return null;
		}
		text.allowOnly(TEXT_FIELDS);
		String title = text.string("title", true);
		String body = text.string("body", false);
		String summary = text.string("summary", isOriginal && strict);
		if (summary == null && body != null) {
			summary = Summaries.firstSentence(body, Entry.language(original));
		}
		String provenanceId = text.string("provenance", false);
		Provenance provenance = provenanceId == null ? (isOriginal ? Provenance.HUMAN : Provenance.MACHINE_ASSISTED)
				: Provenance.of(provenanceId).orElse(null);
		if (provenance == null) {
			text.problem("provenance", "'" + provenanceId + "' is not one of source, human, machine-assisted");
		}
		Integer translates = text.integer("translates", !isOriginal);
		if (isOriginal && translates != null) {
			text.problem("translates", "the original translates nothing");
		}
		if (translates != null && translates > revision) {
			text.problem("translates", "revision " + translates + " of the original text does not exist (revision is "
					+ revision + ")");
		}
		boolean reviewed = text.bool("reviewed");
		String reviewedBy = text.string("reviewed-by", reviewed);
		LocalDate reviewedOn = text.date("reviewed-on", reviewed);
		String translator = text.string("translator", false);
		if (translator != null && provenance != Provenance.HUMAN) {
			text.problem("translator", "only a text of provenance 'human' names a translator");
		}
		String html = text.string("html", false);
		if (html != null && !SafeHtml.isSafe(html)) {
			text.problem("html", "holds markup outside the allow-list (only headings h2-h6, paragraphs, lists, tables, "
					+ "emphasis and links to https, mailto and tel; no images, scripts, styles or attributes besides href)");
		}
		else if (html != null && !SafeHtml.plainText(html).equals(body == null ? "" : body.strip())) {
			// the body was changed since (by hand, or by an XLIFF import): the plain body is the text, the HTML is stale
			html = null;
		}
		if (title == null || provenance == null || (reviewed && (reviewedBy == null || reviewedOn == null))) {
			return null;
		}
		return new Text(title, summary, body, text.string("subGoal", false), text.string("rhythm", false), provenance,
				reviewed, translates, reviewedBy, reviewedOn, translator, html);
	}

}
