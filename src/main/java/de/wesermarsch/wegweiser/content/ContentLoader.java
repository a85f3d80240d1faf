package de.wesermarsch.wegweiser.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.i18n.Messages;
import de.wesermarsch.wegweiser.i18n.Thesaurus;

/**
 * Reads the content directory and the i18n directory into one validated {@link Content}. Every problem of every
 * file is collected; if there is any, loading fails with all of them, so an editor sees the whole list at once.
 */
public final class ContentLoader {

	private final Path contentDir;

	private final Path i18nDir;

	public ContentLoader(Path contentDir, Path i18nDir) {
		this.contentDir = contentDir;
		this.i18nDir = i18nDir;
	}

	public Content load() {
		Map<String, byte[]> files = readAll();
		Problems problems = new Problems();
		VocabularyReader vocabularies = new VocabularyReader(problems, this::parse, files);
		List<Language> languages = vocabularies.languages("i18n/languages.yaml");
		problems.throwIfAny();
		Set<String> codes = Set.copyOf(languages.stream().map(Language::code).toList());
		Map<String, Source> sources = vocabularies.sources("content/sources.yaml");
		Map<String, Term> topics = vocabularies.terms("content/topics.yaml", codes);
		Map<String, Term> places = vocabularies.terms("content/places.yaml", codes);
		Map<String, Term> audiences = vocabularies.terms("content/audiences.yaml", codes);
		Thesaurus thesaurus = vocabularies.thesaurus(files.keySet().stream().filter(f -> f.startsWith("i18n/thesaurus/")).toList(),
				codes, topics.keySet());
		Map<String, Entry> entries = entries(files, problems, codes);
		References references = new References(problems, sources, topics, places, audiences);
		Messages messages = messages(files, codes, problems);
		entries.values().forEach(references::check);
		problems.throwIfAny();
		return new Content(version(files), languages, sources, topics, places, audiences, entries, thesaurus,
				compoundWords(files, codes), messages);
	}

	private Map<String, Entry> entries(Map<String, byte[]> files, Problems problems, Set<String> codes) {
		EntryReader reader = new EntryReader(problems, codes);
		Map<String, Entry> entries = new TreeMap<>();
		Map<String, String> fileOfId = new LinkedHashMap<>();
		for (EntryType type : EntryType.values()) {
			String prefix = "content/" + type.folder() + "/";
			files.keySet().stream().filter(f -> f.startsWith(prefix)).forEach(file -> {
				if (!file.endsWith(".yaml")) {
					problems.add(file, null, null, "not a .yaml file; entries are YAML files named <id>.yaml");
					return;
				}
				if (!(parse(file, files.get(file), problems) instanceof Map<?, ?> map)) {
					problems.add(file, null, null, "must hold one entry (a mapping of fields)");
					return;
				}
				Entry entry = reader.read(file, type, map);
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

	/** Word lists {@code i18n/<code>-compound-parts.txt}: one word a line, {@code #} starts a comment. */
	private static Map<String, List<String>> compoundWords(Map<String, byte[]> files, Set<String> codes) {
		Map<String, List<String>> words = new LinkedHashMap<>();
		for (String code : codes) {
			byte[] bytes = files.get("i18n/" + code + "-compound-parts.txt");
			if (bytes != null) {
				words.put(code, new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.toList());
			}
		}
		return words;
	}

	/** UI texts {@code i18n/messages_<code>.properties} (UTF-8); German is required, its patterns must parse. */
	private static Messages messages(Map<String, byte[]> files, Set<String> codes, Problems problems) {
		Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
		for (String code : codes) {
			String file = "i18n/messages_" + code + ".properties";
			byte[] bytes = files.get(file);
			if (bytes == null) {
				if (code.equals("de")) {
					problems.add(file, null, null, "missing: the German UI texts are required");
				}
				continue;
			}
			java.util.Properties properties = new java.util.Properties();
			try {
				properties.load(new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
			}
			catch (IOException | IllegalArgumentException e) {
				problems.add(file, null, null, "is not a properties file: " + e.getMessage());
				continue;
			}
			Map<String, String> texts = new java.util.TreeMap<>();
			properties.forEach((key, value) -> {
				try {
					new com.ibm.icu.text.MessageFormat(value.toString());
					texts.put(key.toString(), value.toString());
				}
				catch (IllegalArgumentException e) {
					problems.add(file, null, key.toString(), "is not an ICU message pattern: " + e.getMessage());
				}
			});
			byLanguage.put(code, texts);
		}
		return new Messages(byLanguage);
	}

	Object parse(String file, byte[] bytes, Problems problems) {
		try {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (RuntimeException e) {
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
			problems.add(file, null, null, "is not valid YAML: " + reason);
			return null;
		}
	}

	/** Every file under both directories, keyed by a stable relative name ("content/offers/x.yaml"). */
	private Map<String, byte[]> readAll() {
		Map<String, byte[]> files = new TreeMap<>();
		read(contentDir, "content/", files);
		read(i18nDir, "i18n/", files);
		return files;
	}

	private static void read(Path dir, String prefix, Map<String, byte[]> files) {
		if (!Files.isDirectory(dir)) {
			throw new ContentException(List.of(dir + ": not a directory"));
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				String name = prefix + dir.relativize(path).toString().replace('\\', '/');
				if (!path.getFileName().toString().startsWith(".")) {
					files.put(name, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
		Object parse(String file, byte[] bytes, Problems problems);
	}

}
