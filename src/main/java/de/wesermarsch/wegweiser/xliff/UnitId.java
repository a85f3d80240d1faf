package de.wesermarsch.wegweiser.xliff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of one XLIFF unit: which entry, which variant (the plain text or its easy-language version), which field,
 * and the revision of the German text it was exported from — so that an import can tell a translation of an older
 * German text from a current one. Written as {@code <entry>.<field>.r<revision>} or
 * {@code <entry>.easy.<field>.r<revision>}; entry ids are slugs without dots, so the dots separate unambiguously,
 * and the whole is an XML NMTOKEN as XLIFF 2 wants.
 */
record UnitId(String entry, boolean easy, TextField field, int revision) {

	private static final Pattern FORM = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.(?:(easy)\\.)?([A-Za-z]+)\\.r([0-9]{1,6})");

	String format() {
		return entry + (easy ? ".easy." : ".") + field.key() + ".r" + revision;
	}

	/** The text key of the target language this unit belongs to ({@code ar} or {@code ar-easy}). */
	String key(String lang) {
		return easy ? lang + "-easy" : lang;
	}

	static Optional<UnitId> parse(String id) {
		Matcher m = FORM.matcher(id == null ? "" : id);
		if (!m.matches()) {
			return Optional.empty();
		}
		return TextField.of(m.group(3))
			.map(field -> new UnitId(m.group(1), m.group(2) != null, field, Integer.parseInt(m.group(4))));
	}

}
