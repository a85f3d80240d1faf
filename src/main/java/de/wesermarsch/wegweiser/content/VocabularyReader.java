package de.wesermarsch.wegweiser.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.i18n.Thesaurus;

/** Reads the list files: languages, sources, topics, places, audiences and the thesaurus. */
final class VocabularyReader {

	private final Problems problems;

	private final ContentLoader.Parser parser;

	private final Map<String, byte[]> files;

	VocabularyReader(Problems problems, ContentLoader.Parser parser, Map<String, byte[]> files) {
		this.problems = problems;
		this.parser = parser;
		this.files = files;
	}

	List<Language> languages(String file) {
		List<Language> languages = new ArrayList<>();
		for (Fields item : items(file, true)) {
			String code = item.string("code", true);
			try {
				languages.add(new Language(code, item.string("name", true), item.string("englishName", true),
						item.string("dir", true), item.string("analysis", false), item.strings("aliases")));
			}
			catch (RuntimeException e) {
				item.problem(null, "not a valid language: " + e.getMessage());
			}
		}
		if (languages.stream().noneMatch(l -> l.code().equals("de"))) {
			problems.add(file, null, null, "German (de) must be one of the languages");
		}
		return languages;
	}

	/** The documents entries cite: a file beside the content, or a web page with the date read and an excerpt. */
	Map<String, Source> sources(String file) {
		Map<String, Source> sources = new LinkedHashMap<>();
		for (Fields item : items(file, false)) {
			item.allowOnly(Set.of("id", "title", "publisher", "year", "file", "url", "read", "updated", "excerpt"));
			String id = item.string("id", true);
			String text = item.string("file", false);
			String url = item.string("url", false);
			if ((text == null) == (url == null)) {
				item.problem(null, "a document has either a file or a url (with read and excerpt)");
			}
			if (text != null && !files.containsKey("content/" + text)) {
				item.problem("file", "'" + text + "' does not exist in the content directory");
			}
			if (url != null && !url.startsWith("https://")) {
				item.problem("url", "'" + url + "' must be an https:// address");
			}
			Source source = new Source(id, item.string("title", true), item.string("publisher", true),
					item.integer("year", false), text, url, item.date("read", url != null),
					item.string("excerpt", url != null), item.date("updated", false));
			if (id != null && sources.put(id, source) != null) {
				item.problem("id", "duplicate id '" + id + "'");
			}
		}
		return sources;
	}

	Map<String, Term> terms(String file, Set<String> languages) {
		Map<String, Term> terms = new LinkedHashMap<>();
		for (Fields item : items(file, false)) {
			item.allowOnly(Set.of("id", "kind", "chapter", "icon", "names"));
			String id = item.string("id", true);
			Map<String, String> names = item.stringMap("names");
			names.keySet().stream().filter(k -> !languages.contains(k.replace(Entry.EASY_SUFFIX, "")))
				.forEach(k -> item.problem("names." + k, "unknown language code"));
			if (!names.containsKey("de")) {
				item.problem("names.de", "missing: every name needs German");
			}
			if (id != null && terms.put(id, new Term(id, item.string("kind", false), item.string("chapter", false),
					item.string("icon", false), names)) != null) {
				item.problem("id", "duplicate id '" + id + "'");
			}
		}
		return terms;
	}

	/**
	 * The thesaurus, from every file under {@code i18n/thesaurus/}; a concept id may appear only once. A concept
	 * may name topics this content does not have (the thesaurus is shared by every site): they are left out, and
	 * only a strict site refuses them. Terms of languages the site does not offer are left out too.
	 */
	Thesaurus thesaurus(List<String> files, Set<String> known, Set<String> offered, Set<String> topics, boolean strict) {
		List<Thesaurus.Concept> concepts = new ArrayList<>();
		Set<String> ids = new java.util.HashSet<>();
		for (Fields item : files.stream().flatMap(f -> items(f, true).stream()).toList()) {
			String id = item.string("concept", true);
			List<String> conceptTopics = item.strings("topics");
			if (strict) {
				conceptTopics.stream().filter(t -> !topics.contains(t))
					.forEach(t -> item.problem("topics", "unknown topic '" + t + "'"));
			}
			Fields terms = item.child("terms", true);
			Map<String, List<String>> byLanguage = new LinkedHashMap<>();
			if (terms != null) {
				for (String lang : terms.keys()) {
					if (!known.contains(lang)) {
						terms.problem(lang, "unknown language code");
					}
					else if (offered.contains(lang)) {
						byLanguage.put(lang, terms.strings(lang));
					}
				}
			}
			if (id != null && !ids.add(id)) {
				item.problem("concept", "duplicate concept id '" + id + "'");
			}
			else if (id != null) {
				concepts.add(new Thesaurus.Concept(id, conceptTopics.stream().filter(topics::contains).toList(), byLanguage));
			}
		}
		return new Thesaurus(concepts);
	}

	/** The items of a file that holds a YAML list of mappings; a missing optional file has none. */
	private List<Fields> items(String file, boolean required) {
		byte[] bytes = files.get(file);
		if (bytes == null) {
			if (required) {
				problems.add(file, null, null, "missing");
			}
			return List.of();
		}
		Object parsed = parser.parse(file, bytes, problems);
		if (parsed == null) {
			return List.of();
		}
		if (!(parsed instanceof List<?> list)) {
			problems.add(file, null, null, "must be a list");
			return List.of();
		}
		List<Fields> items = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) instanceof Map<?, ?> map) {
				Object id = map.get("id") != null ? map.get("id") : map.get("code") != null ? map.get("code") : map.get("concept");
				items.add(new Fields(problems, file, id == null ? "#" + (i + 1) : id.toString(), "", map));
			}
			else {
				problems.add(file, "#" + (i + 1), null, "must be a mapping of fields");
			}
		}
		return items;
	}

}
