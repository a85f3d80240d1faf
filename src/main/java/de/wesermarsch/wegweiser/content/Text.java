package de.wesermarsch.wegweiser.content;

import java.util.Objects;

/**
 * The text of an entry in one language: title, summary, body and the fields only some kinds have, with where
 * it came from. {@code translates} is the revision of the German text a translation was made from (null for
 * the German original).
 */
public record Text(String title, String summary, String body, String subGoal, String rhythm,
		Provenance provenance, boolean reviewed, Integer translates) {

	public Text {
		Objects.requireNonNull(title);
		Objects.requireNonNull(provenance);
		summary = summary == null ? "" : summary;
		body = body == null ? "" : body;
	}

}
