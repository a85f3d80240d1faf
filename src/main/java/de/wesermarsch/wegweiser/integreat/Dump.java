package de.wesermarsch.wegweiser.integreat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code SOURCE_DIR/<lang>/pages.json} (or {@code pages.json.gz}) for every language directory, in the
 * shape of Integreat's pages API ({@code /api/v3/<region>/<lang>/pages}), into pages by language. Every problem
 * of every file is collected, then refused at once.
 */
final class Dump {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Dump() {
	}

	/** The pages of every language found, German first, then the others in the order of their codes. */
	static Map<String, List<Page>> read(Path source) throws IOException {
		if (!Files.isDirectory(source)) {
			throw new IntegreatException(List.of(source + " is not a directory (expected one folder per language, each with pages.json)."));
		}
		List<String> problems = new ArrayList<>();
		Map<String, List<Page>> byLang = new TreeMap<>((a, b) -> a.equals("de") ? (b.equals("de") ? 0 : -1) : b.equals("de") ? 1 : a.compareTo(b));
		try (Stream<Path> dirs = Files.list(source)) {
			for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
				Path file = Files.exists(dir.resolve("pages.json")) ? dir.resolve("pages.json") : dir.resolve("pages.json.gz");
				if (Files.exists(file)) {
					byLang.put(dir.getFileName().toString(), pages(file, dir.getFileName().toString(), problems));
				}
			}
		}
		if (byLang.isEmpty() && problems.isEmpty()) {
			problems.add(source + " holds no <lang>/pages.json (one folder per language, e.g. de/pages.json).");
		}
		if (!problems.isEmpty()) {
			throw new IntegreatException(problems);
		}
		return byLang;
	}

	private static List<Page> pages(Path file, String lang, List<String> problems) throws IOException {
		JsonNode root;
		try (InputStream in = open(file)) {
			root = JSON.readTree(in);
		}
		catch (JacksonException e) {
			problems.add(lang + "/pages.json is not JSON (" + e.getOriginalMessage() + ").");
			return List.of();
		}
		if (root == null || !root.isArray()) {
			problems.add(lang + "/pages.json must be a JSON array of pages, as /api/v3/<region>/" + lang + "/pages gives it.");
			return List.of();
		}
		List<Page> pages = new ArrayList<>();
		Map<Long, Boolean> seen = new LinkedHashMap<>();
		for (int i = 0; i < root.size(); i++) {
			Page page = page(root.get(i), lang, i, problems);
			if (page != null && seen.put(page.id(), true) != null) {
				problems.add(page.where() + ": the id appears twice.");
			}
			else if (page != null) {
				pages.add(page);
			}
		}
		return pages;
	}

	private static InputStream open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
	}

	/** One page, or null when it lacks a field the import needs (reported). */
	private static Page page(JsonNode node, String lang, int index, List<String> problems) {
		if (!node.isObject()) {
			problems.add(lang + "/pages.json, item " + (index + 1) + ": not a page (a JSON object).");
			return null;
		}
		String where = node.path("id").isIntegralNumber() ? lang + "/pages.json, page " + node.get("id").asLong()
				: lang + "/pages.json, item " + (index + 1);
		int before = problems.size();
		long id = number(node, "id", where, problems);
		String url = string(node, "url", where, problems);
		String path = string(node, "path", where, problems);
		String title = string(node, "title", where, problems);
		String content = node.path("content").isString() ? node.get("content").asString() : null;
		if (content == null) {
			problems.add(where + ": field 'content' " + (node.path("content").isMissingNode() ? "is missing." : "must be a string (HTML)."));
		}
		int order = (int) number(node, "order", where, problems);
		LocalDate updated = date(string(node, "last_updated", where, problems), where, problems);
		JsonNode parent = node.path("parent");
		String parentPath = parent.isObject() && parent.path("path").isString() ? parent.get("path").asString() : null;
		if (!parent.isNull() && !parent.isMissingNode() && !parent.isObject()) {
			problems.add(where + ": field 'parent' must be null or an object with the parent's path.");
		}
		Map<String, Long> translations = translations(node.path("available_languages"), where, problems);
		if (url != null && !url.startsWith("https://")) {
			problems.add(where + ": field 'url' must be an https:// address, not '" + url + "'.");
		}
		if (problems.size() > before) {
			return null;
		}
		String excerpt = node.path("excerpt").isString() ? node.get("excerpt").asString() : "";
		int offers = node.path("embedded_offers").isArray() ? node.get("embedded_offers").size() : 0;
		return new Page(lang, id, url, path, org.jsoup.parser.Parser.unescapeEntities(title, false).strip(), content, excerpt, parentPath, order, updated, translations, offers);
	}

	private static Map<String, Long> translations(JsonNode node, String where, List<String> problems) {
		Map<String, Long> translations = new TreeMap<>();
		if (node.isMissingNode() || node.isNull()) {
			return translations;
		}
		if (!node.isObject()) {
			problems.add(where + ": field 'available_languages' must be an object (language code -> {id, url, path}).");
			return translations;
		}
		for (var entry : node.properties()) {
			if (!entry.getValue().path("id").isIntegralNumber()) {
				problems.add(where + ": field 'available_languages." + entry.getKey() + "' has no page id.");
			}
			else {
				translations.put(entry.getKey(), entry.getValue().get("id").asLong());
			}
		}
		return translations;
	}

	private static String string(JsonNode node, String field, String where, List<String> problems) {
		JsonNode value = node.path(field);
		if (!value.isString() || value.asString().isBlank()) {
			problems.add(where + ": field '" + field + "' " + (value.isMissingNode() ? "is missing." : "must be a non-empty string."));
			return null;
		}
		return value.asString();
	}

	private static long number(JsonNode node, String field, String where, List<String> problems) {
		JsonNode value = node.path(field);
		if (!value.isIntegralNumber()) {
			problems.add(where + ": field '" + field + "' " + (value.isMissingNode() ? "is missing." : "must be a whole number."));
			return 0;
		}
		return value.asLong();
	}

	private static LocalDate date(String value, String where, List<String> problems) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toLocalDate();
		}
		catch (DateTimeParseException e) {
			problems.add(where + ": field 'last_updated' is not a date and time (" + value + ").");
			return null;
		}
	}

}
