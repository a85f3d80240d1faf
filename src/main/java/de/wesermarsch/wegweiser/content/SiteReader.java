package de.wesermarsch.wegweiser.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code content/site.yaml}, the optional file in which a content directory says what site it makes. Without
 * it, a site is called "Wegweiser", offers every language of {@code languages.yaml}, names no contact of last
 * resort and follows the lenient rules. {@code wegweiser.ask-entry} in the configuration overrides the file's
 * {@code ask-entry}.
 */
final class SiteReader {

	static final String FILE = "content/site.yaml";

	static final String DEFAULT_NAME = "Wegweiser";

	private SiteReader() {
	}

	static Site read(Map<String, byte[]> files, ContentLoader.Parser parser, Problems problems, List<String> known,
			String askEntryOverride) {
		byte[] bytes = files.get(FILE);
		Object parsed = bytes == null ? Map.of() : parser.parse(FILE, bytes, problems);
		if (!(parsed instanceof Map<?, ?> map)) {
			if (parsed != null) {
				problems.add(FILE, null, null, "must be a mapping of fields");
			}
			return new Site(Map.of("de", DEFAULT_NAME), Map.of("de", DEFAULT_NAME), askEntryOverride, known, null, false);
		}
		Fields fields = new Fields(problems, FILE, null, "", map);
		fields.allowOnly(Set.of("name", "region", "ask-entry", "languages", "logo", "strict"));
		Map<String, String> name = fields.stringOrMap("name");
		Map<String, String> region = fields.stringOrMap("region");
		List<String> languages = fields.has("languages") ? fields.strings("languages") : known;
		languages.stream().filter(l -> !known.contains(l))
			.forEach(l -> fields.problem("languages", "'" + l + "' is not in i18n/languages.yaml"));
		if (!languages.contains("de")) {
			fields.problem("languages", "German (de) must be one of the languages");
		}
		String logo = fields.string("logo", false);
		if (logo != null && !files.containsKey("content/" + logo)) {
			fields.problem("logo", "'" + logo + "' does not exist in the content directory");
		}
		String askEntry = askEntryOverride != null ? askEntryOverride : fields.string("ask-entry", false);
		Map<String, String> siteName = name.isEmpty() ? Map.of("de", DEFAULT_NAME) : name;
		return new Site(siteName, region.isEmpty() ? siteName : region, askEntry,
				known.stream().filter(languages::contains).toList(), logo, fields.bool("strict"));
	}

}
