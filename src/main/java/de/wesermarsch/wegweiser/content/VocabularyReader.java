package de.wesermarsch.wegweiser.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.i18n.Thesaurus;
import tools.jackson.databind.JsonNode;

/**
 * Reads the list files: languages, sources, topics, places, audiences and the thesaurus. Each file is checked
 * against its schema; the items that fit are bound to records and checked for what needs other files.
 */
final class VocabularyReader {

	record LanguageFile(String code, String name, String englishName, String dir, String analysis,
			List<String> aliases) {
	}

	record SourceFile(String id, String title, String publisher, Integer year, String file, String url, String read,
			String excerpt, String updated) {
	}

	record TermFile(String id, String kind, String chapter, String icon, LinkedHashMap<String, String> names) {
	}

	record ConceptFile(String concept, List<String> topics, LinkedHashMap<String, List<String>> terms) {
	}

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
		for (Item<LanguageFile> item : items(file, true, "languages", LanguageFile.class)) {
			LanguageFile l = item.value();
			try {
				languages.add(new Language(l.code(), l.name(), l.englishName(), l.dir(), l.analysis(),
						l.aliases() == null ? List.of() : l.aliases()));
			}
			catch (RuntimeException e) {
				problems.add(file, item.name(), null, "not a valid language: " + e.getMessage());
			}
		}
		return languages;
	}

	/** The documents entries cite: a file beside the content, or a web page with the date read and an excerpt. */
	Map<String, Source> sources(String file) {
		Map<String, Source> sources = new LinkedHashMap<>();
		for (Item<SourceFile> item : items(file, false, "sources", SourceFile.class)) {
			SourceFile s = item.value();
			if (s.file() != null && !files.containsKey("content/" + s.file())) {
				problems.add(file, s.id(), "file", "'" + s.file() + "' does not exist in the content directory");
			}
			Source source = new Source(s.id(), s.title(), s.publisher(), s.year(), s.file(), s.url(),
					EntryReader.date(problems, file, s.id(), "read", s.read()), s.excerpt(),
					EntryReader.date(problems, file, s.id(), "updated", s.updated()));
			if (sources.put(s.id(), source) != null) {
				problems.add(file, s.id(), "id", "duplicate id '" + s.id() + "'");
			}
		}
		return sources;
	}

	Map<String, Term> terms(String file, Set<String> languages) {
		Map<String, Term> terms = new LinkedHashMap<>();
		for (Item<TermFile> item : items(file, false, "terms", TermFile.class)) {
			TermFile t = item.value();
			t.names().keySet().stream().filter(k -> !languages.contains(k.replace(Entry.EASY_SUFFIX, "")))
				.forEach(k -> problems.add(file, t.id(), "names." + k, "unknown language code"));
			if (terms.put(t.id(), new Term(t.id(), t.kind(), t.chapter(), t.icon(), t.names())) != null) {
				problems.add(file, t.id(), "id", "duplicate id '" + t.id() + "'");
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
		for (String file : files) {
			for (Item<ConceptFile> item : items(file, true, "thesaurus", ConceptFile.class)) {
				ConceptFile c = item.value();
				List<String> conceptTopics = c.topics() == null ? List.of() : c.topics();
				if (strict) {
					conceptTopics.stream().filter(t -> !topics.contains(t))
						.forEach(t -> problems.add(file, c.concept(), "topics", "unknown topic '" + t + "'"));
				}
				Map<String, List<String>> byLanguage = new LinkedHashMap<>();
				c.terms().forEach((lang, words) -> {
					if (!known.contains(lang)) {
						problems.add(file, c.concept(), "terms." + lang, "unknown language code");
					}
					else if (offered.contains(lang)) {
						byLanguage.put(lang, words);
					}
				});
				if (!ids.add(c.concept())) {
					problems.add(file, c.concept(), "concept", "duplicate concept id '" + c.concept() + "'");
				}
				else {
					concepts.add(new Thesaurus.Concept(c.concept(), conceptTopics.stream().filter(topics::contains).toList(),
							byLanguage));
				}
			}
		}
		return new Thesaurus(concepts);
	}

	/** An item of a list file that fits the schema, and the name problems give it. */
	record Item<T>(String name, T value) {
	}

	/**
	 * The items of a file that holds a YAML list of mappings, checked against its schema; the items that do not fit
	 * are reported and left out. A missing optional file, or an empty one, has none.
	 */
	private <T> List<Item<T>> items(String file, boolean required, String schema, Class<T> type) {
		byte[] bytes = files.get(file);
		if (bytes == null) {
			if (required) {
				problems.add(file, null, null, "missing");
			}
			return List.of();
		}
		JsonNode parsed = parser.parse(file, bytes, problems);
		if (parsed == null) {
			return List.of();
		}
		if (!parsed.isArray()) {
			problems.add(file, null, null, "must be a list");
			return List.of();
		}
		Set<Integer> failed = ContentSchema.of(schema).check(file, parsed, problems, true, VocabularyReader::name);
		List<Item<T>> items = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			if (!failed.contains(i)) {
				String name = name(parsed.get(i));
				items.add(new Item<>(name == null ? "#" + (i + 1) : name, EntryReader.BINDER.treeToValue(parsed.get(i), type)));
			}
		}
		return items;
	}

	private static String name(JsonNode item) {
		for (String key : List.of("id", "code", "concept")) {
			JsonNode id = item.get(key);
			if (id != null && !id.isContainer()) {
				return id.asString();
			}
		}
		return null;
	}

}
