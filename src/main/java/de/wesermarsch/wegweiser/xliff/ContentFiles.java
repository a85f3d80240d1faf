package de.wesermarsch.wegweiser.xliff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentException;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Text;

/**
 * Writes an import's translations into the entry files, all or nothing: the new files are made in a copy of the
 * content directory, the copy is loaded as the service would load it and every imported text is compared with
 * what the file now says, and only then are the changed files moved into place (each by an atomic rename, so the
 * running service's watcher never reads half a file).
 */
final class ContentFiles {

	private final Path contentDir;

	private final Path i18nDir;

	ContentFiles(Path contentDir, Path i18nDir) {
		this.contentDir = contentDir;
		this.i18nDir = i18nDir;
	}

	/** Writes the plan; returns the files changed, relative to the content directory. */
	List<Path> write(XliffImport.Plan plan) {
		Map<Path, String> changed = new LinkedHashMap<>();
		for (XliffImport.Translation t : plan.translations()) {
			Path file = contentDir.relativize(file(t.entry()));
			String yaml = changed.computeIfAbsent(file, f -> read(contentDir.resolve(f)));
			changed.put(file, TextBlocks.apply(yaml, t.key(), fields(t, plan)));
		}
		Path copy = copyWith(changed);
		try {
			verify(new ContentLoader(copy, i18nDir).load(), plan);
			for (Map.Entry<Path, String> file : changed.entrySet()) {
				Path target = contentDir.resolve(file.getKey());
				Path temp = target.resolveSibling("." + target.getFileName() + ".xliff-import");
				Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return List.copyOf(changed.keySet());
		}
		catch (ContentException e) {
			throw new XliffException(e.problems().stream()
				.map(p -> "The translated content would not load: " + p.replace(copy.toString(), contentDir.toString()))
				.toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			delete(copy);
		}
	}

	private Path file(Entry entry) {
		return contentDir.resolve(entry.type().folder()).resolve(entry.id() + ".yaml");
	}

	private static Map<String, Object> fields(XliffImport.Translation t, XliffImport.Plan plan) {
		Map<String, Object> fields = new LinkedHashMap<>();
		t.fields().forEach((field, value) -> fields.put(field.key(), value));
		fields.put("provenance", "human");
		fields.put("reviewed", t.reviewed());
		fields.put("reviewed-by", t.reviewed() ? plan.reviewer() : null);
		fields.put("reviewed-on", t.reviewed() ? plan.date() : null);
		fields.put("translator", plan.translator());
		fields.put("translates", t.entry().revision());
		return fields;
	}

	/** Every imported text must read back exactly as delivered; anything else is a fault of the writing. */
	private static void verify(Content loaded, XliffImport.Plan plan) {
		List<String> problems = new ArrayList<>();
		for (XliffImport.Translation t : plan.translations()) {
			Text text = loaded.entry(t.entry().id()).flatMap(e -> e.text(plan.lang(), t.key().endsWith(Entry.EASY_SUFFIX)))
				.orElse(null);
			t.fields().forEach((field, value) -> {
				if (text == null || !value.strip().equals(String.valueOf(field.of(text)).strip())) {
					problems.add("Entry '" + t.entry().id() + "' [" + t.key() + "], field '" + field.key()
							+ "' would not read back as delivered; nothing was written.");
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new XliffException(problems);
		}
	}

	private Path copyWith(Map<Path, String> changed) {
		try {
			Path copy = Files.createTempDirectory("wegweiser-xliff-import");
			try (Stream<Path> all = Files.walk(contentDir)) {
				for (Path source : (Iterable<Path>) all::iterator) {
					Path target = copy.resolve(contentDir.relativize(source).toString());
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
			for (Map.Entry<Path, String> file : changed.entrySet()) {
				Files.writeString(copy.resolve(file.getKey().toString()), file.getValue(), StandardCharsets.UTF_8);
			}
			return copy;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// a temporary copy left behind is harmless
		}
	}

}
