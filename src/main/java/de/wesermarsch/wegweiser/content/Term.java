package de.wesermarsch.wegweiser.content;

import java.util.Map;

/**
 * A named item of a vocabulary: a topic, a place or an audience, with its name in each language. {@code kind}
 * tells fields of action from themes and towns from municipalities; {@code chapter} and {@code icon} are
 * optional.
 */
public record Term(String id, String kind, String chapter, String icon, Map<String, String> names) {

	public Term {
		names = Map.copyOf(names);
	}

	/** The name in this language (easy variant first when asked for), else in German. */
	public String name(String lang, boolean easy) {
		if (easy && names.containsKey(Entry.key(lang, true))) {
			return names.get(Entry.key(lang, true));
		}
		return names.getOrDefault(lang, names.get("de"));
	}

}
