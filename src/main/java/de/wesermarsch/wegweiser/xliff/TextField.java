package de.wesermarsch.wegweiser.xliff;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import de.wesermarsch.wegweiser.content.Text;

/** The translatable fields of a text, with their key in the content files. */
enum TextField {

	TITLE("title", Text::title), SUMMARY("summary", Text::summary), BODY("body", Text::body),
	SUB_GOAL("subGoal", Text::subGoal), RHYTHM("rhythm", Text::rhythm);

	private final String key;

	private final Function<Text, String> value;

	TextField(String key, Function<Text, String> value) {
		this.key = key;
		this.value = value;
	}

	String key() {
		return key;
	}

	/** The field's value in a text, or null where the text has none (an empty summary or body counts as none). */
	String of(Text text) {
		String v = value.apply(text);
		return v == null || v.isBlank() ? null : v;
	}

	static Optional<TextField> of(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
	}

}
