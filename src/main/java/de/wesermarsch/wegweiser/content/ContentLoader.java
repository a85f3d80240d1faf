package de.wesermarsch.wegweiser.content;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.i18n.Messages;
import de.wesermarsch.wegweiser.i18n.Thesaurus;
import tools.jackson.databind.JsonNode;

/**
 * Reads the content directory and the i18n directory into one validated {@link Content}. Every problem of every
 * file is collected; if there is any, loading fails with all of them, so an editor sees the whole list at once.
 */
public final class ContentLoader {

	private final Path contentDir;

	private final Path i18nDir;

	private final String askEntry;

	private final Bounds bounds;

	public ContentLoader(Path contentDir, Path i18nDir) {
		this(contentDir, i18nDir, null);
	}

	/** A loader whose contact of last resort is {@code askEntry} (from configuration) whatever site.yaml says. */
	public ContentLoader(Path contentDir, Path i18nDir, String askEntry) {
		this(contentDir, i18nDir, askEntry, Bounds.DEFAULT);
	}

	/** A loader that refuses files and content larger than {@code bounds}. */
	public ContentLoader(Path contentDir, Path i18nDir, String askEntry, Bounds bounds) {
		this.contentDir = contentDir;
		this.i18nDir = i18nDir;
		this.askEntry = askEntry;
		this.bounds = bounds;
	}

	/** Content and the files it was read from, named as in problems ("content/offers/x.yaml"). */
	public record Loaded(Content content, Map<String, byte[]> files) {
	}

	public Content load() {
		return loadWithFiles().content();
	}

	/** Loads the content and keeps the bytes it was read from (to be kept as the last good content). */
	public Loaded loadWithFiles() {
		Problems problems = new Problems();
		Map<String, byte[]> files = readAll(problems);
		problems.throwIfAny();
		VocabularyReader vocabularies = new VocabularyReader(problems, this::parse, files);
		List<Language> known = vocabularies.languages("i18n/languages.yaml");
		problems.throwIfAny();
		List<String> knownCodes = known.stream().map(Language::code).toList();
		Site site = SiteReader.read(files, this::parse, problems, knownCodes, askEntry);
		List<Language> languages = known.stream().filter(l -> site.languages().contains(l.code())).toList();
		Set<String> codes = Set.copyOf(site.languages());
		Map<String, Source> sources = vocabularies.sources("content/sources.yaml");
		Map<String, Term> topics = vocabularies.terms("content/topics.yaml", Set.copyOf(knownCodes));
		Map<String, Term> places = vocabularies.terms("content/places.yaml", Set.copyOf(knownCodes));
		Map<String, Term> audiences = vocabularies.terms("content/audiences.yaml", Set.copyOf(knownCodes));
		Thesaurus thesaurus = vocabularies.thesaurus(files.keySet().stream().filter(f -> f.startsWith("i18n/thesaurus/") && f.endsWith(".yaml")).toList(),
				Set.copyOf(knownCodes), codes, topics.keySet(), site.strict());
		Map<String, Entry> entries = entries(files, problems, codes, site.strict());
		References references = new References(problems, sources, topics, places, audiences, entries, site.strict());
		entries.values().forEach(references::check);
		references.checkAskEntry(site, askEntry != null);
		Messages messages = UiTexts.messages(files, site.languages(), site, problems);
		problems.throwIfAny();
		return new Loaded(new Content(version(files), site, languages, sources, topics, places, audiences, entries,
				thesaurus, UiTexts.wordLists(files, site.languages(), "compound-parts"),
				UiTexts.wordLists(files, site.languages(), "stop-words"), messages), files);
	}

	private Map<String, Entry> entries(Map<String, byte[]> files, Problems problems, Set<String> codes, boolean strict) {
		EntryReader reader = new EntryReader(problems, codes, strict);
		Map<String, Entry> entries = new TreeMap<>();
		Map<String, String> fileOfId = new LinkedHashMap<>();
		for (EntryType type : EntryType.values()) {
			String prefix = "content/" + type.folder() + "/";
			files.keySet().stream().filter(f -> f.startsWith(prefix)).forEach(file -> {
				if (!file.endsWith(".yaml")) {
					return; // not an entry (a note, a picture, a copy under another name): entries are <id>.yaml
				}
				int before = problems.messages().size();
				JsonNode tree = parse(file, files.get(file), problems);
				if (tree == null || !tree.isObject()) {
					if (tree != null || problems.messages().size() == before) {
						problems.add(file, null, null, "must hold one entry (a mapping of fields)");
					}
					return;
				}
				Entry entry = reader.read(file, type, tree);
				if (entry == null) {
					return;
				}
				String other = fileOfId.putIfAbsent(entry.id(), file);
				if (other != null) {
					problems.add(file, entry.id(), "id", "duplicate id, also used in " + other);
				}
				else {
					entries.put(entry.id(), entry);
				}
			});
		}
		return entries;
	}

	JsonNode parse(String file, byte[] bytes, Problems problems) {
		return YamlTree.parse(file, bytes, problems);
	}

	/** Every file under both directories, keyed by a stable relative name ("content/offers/x.yaml"). */
	private Map<String, byte[]> readAll(Problems problems) {
		Map<String, byte[]> files = new TreeMap<>();
		FileTree tree = new FileTree(bounds, problems);
		tree.read(contentDir, "content/", files);
		tree.read(i18nDir, "i18n/", files);
		return files;
	}

	private static String version(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((name, bytes) -> {
				digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Parses one file; problems are reported, not thrown. */
	@FunctionalInterface
	interface Parser {
		JsonNode parse(String file, byte[] bytes, Problems problems);
	}

}
