package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The text of an entry in one language: title, summary, body and the fields only some kinds have, with where
 * it came from. {@code translates} is the revision of the original text a translation was made from (null for
 * the original). A text marked {@code reviewed} names who reviewed it and when; {@code translator} may name the
 * person who wrote a human translation. {@code html} is the body as HTML where the text came from a page that has
 * it (an imported guide page: tables and lists the plain body cannot hold), within {@code SafeHtml}'s allow-list;
 * {@code body} then holds its plain paragraphs, which search and answers read.
 */
public record Text(String title, String summary, String body, String subGoal, String rhythm,
		Provenance provenance, boolean reviewed, Integer translates, String reviewedBy, LocalDate reviewedOn,
		String translator, String html) {

	public Text {
		Objects.requireNonNull(title);
		Objects.requireNonNull(provenance);
		summary = summary == null ? "" : summary;
		body = body == null ? "" : body;
		if (reviewed && (reviewedBy == null || reviewedOn == null)) {
			throw new IllegalArgumentException("a reviewed text names who reviewed it and when");
		}
	}

}
