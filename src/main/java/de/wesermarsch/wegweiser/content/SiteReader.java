package de.wesermarsch.wegweiser.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code content/site.yaml}, the optional file in which a content directory says what site it makes, checked
 * against {@code site.schema.json}. Without it, a site is called "Wegweiser", offers every language of
 * {@code languages.yaml}, names no contact of last resort and follows the lenient rules.
 * {@code wegweiser.ask-entry} in the configuration overrides the file's {@code ask-entry}.
 */
final class SiteReader {

	static final String FILE = "content/site.yaml";

	static final String DEFAULT_NAME = "Wegweiser";

	private SiteReader() {
	}

	static Site read(Map<String, byte[]> files, ContentLoader.Parser parser, Problems problems, List<String> known,
			String askEntryOverride) {
		byte[] bytes = files.get(FILE);
		JsonNode site = bytes == null ? null : parser.parse(FILE, bytes, problems);
		if (site != null && !site.isObject()) {
			problems.add(FILE, null, null, "must be a mapping of fields");
		}
		if (site == null || !site.isObject() || !ContentSchema.of("site").check(FILE, site, problems, false, t -> null).isEmpty()) {
			return new Site(Map.of("de", DEFAULT_NAME), Map.of("de", DEFAULT_NAME), askEntryOverride, known, null, false);
		}
		Map<String, String> name = names(site.get("name"));
		Map<String, String> region = names(site.get("region"));
		List<String> languages = site.has("languages")
				? site.get("languages").valueStream().map(JsonNode::asString).toList() : known;
		languages.stream().filter(l -> !known.contains(l))
			.forEach(l -> problems.add(FILE, null, "languages", "'" + l + "' is not in i18n/languages.yaml"));
		String logo = site.has("logo") ? site.get("logo").asString() : null;
		if (logo != null && !files.containsKey("content/" + logo)) {
			problems.add(FILE, null, "logo", "'" + logo + "' does not exist in the content directory");
		}
		String askEntry = askEntryOverride != null ? askEntryOverride
				: site.has("ask-entry") ? site.get("ask-entry").asString() : null;
		Map<String, String> siteName = name.isEmpty() ? Map.of("de", DEFAULT_NAME) : name;
		return new Site(siteName, region.isEmpty() ? siteName : region, askEntry,
				known.stream().filter(languages::contains).toList(), logo, site.path("strict").asBoolean(false));
	}

	/** A single name (German) or, per language code, a name. */
	private static Map<String, String> names(JsonNode names) {
		Map<String, String> result = new LinkedHashMap<>();
		if (names != null && names.isObject()) {
			names.properties().forEach(e -> result.put(e.getKey(), e.getValue().asString()));
		}
		else if (names != null) {
			result.put("de", names.asString());
		}
		return result;
	}

}
