package de.wesermarsch.wegweiser.content;

import java.util.List;
import java.util.Map;

/**
 * What a content directory says about the site it makes ({@code content/site.yaml}): its name and region in each
 * language (German, else the first given, where a language has none), the entry whose contact is the contact of
 * last resort ({@code askEntry}, null for none), the languages it offers, an optional logo (a path in the content
 * directory) and whether the strict rules of a fully translated, fully sourced site apply.
 */
public record Site(Map<String, String> name, Map<String, String> region, String askEntry, List<String> languages,
		String logo, boolean strict) {

	public Site {
		name = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(name));
		region = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(region));
		languages = List.copyOf(languages);
	}

	/** The site's name in this language. */
	public String name(String lang) {
		return in(name, lang);
	}

	/** The region's name in this language. */
	public String region(String lang) {
		return in(region, lang);
	}

	private static String in(Map<String, String> names, String lang) {
		String name = names.getOrDefault(lang, names.get("de"));
		return name != null ? name : names.values().stream().findFirst().orElse("");
	}

}
