package de.wesermarsch.wegweiser.integreat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.i18n.Language;

/**
 * One import of a region's guide into a content directory. The new directory is written beside the target,
 * loaded as the service would load it, and only then put in the target's place; the target's own files (its
 * {@code site.yaml}, entries and documents an editor added) are carried over, the guide pages of an earlier import
 * replaced, and those the region no longer has reported by id.
 */
final class Import {

	private final Path source;

	private final Path target;

	private final Path i18n;

	private final String name;

	private final String region;

	private final LocalDate today;

	Import(Path source, Path target, Path i18n, String name, String region, LocalDate today) {
		this.source = source;
		this.target = target.toAbsolutePath().normalize();
		this.i18n = i18n;
		this.name = name;
		this.region = region;
		this.today = today;
	}

	/** What the import did, line by line. */
	record Report(List<String> lines) {
	}

	Report run() throws IOException {
		Map<String, List<Page>> byLang = Dump.read(source);
		checkLanguages(byLang.keySet());
		List<Guide> guides = Guide.of(byLang);
		Set<String> before = importedIds(target);
		Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".import-");
		try {
			int images = write(temp, guides, byLang);
			new ContentLoader(temp, i18n).load();
			swap(temp);
			return report(guides, byLang, before, images);
		}
		finally {
			delete(temp);
		}
	}

	/** Every language of the dump must be one the service knows ({@code languages.yaml}); a new one is a line there. */
	private void checkLanguages(Set<String> langs) throws IOException {
		Path empty = Files.createTempDirectory("import-integreat-languages");
		try {
			Set<String> known = new ContentLoader(empty, i18n).load().languages().stream().map(Language::code)
				.collect(Collectors.toSet());
			List<String> unknown = langs.stream().filter(l -> !known.contains(l)).toList();
			if (!unknown.isEmpty()) {
				throw new IntegreatException(unknown.stream().map(l -> source.resolve(l) + ": the language '" + l
						+ "' is not in " + i18n.resolve("languages.yaml") + "; add it there (a new language is data) or leave the folder out.").toList());
			}
		}
		finally {
			delete(empty);
		}
	}

	private int write(Path dir, List<Guide> guides, Map<String, List<Page>> byLang) throws IOException {
		carryOver(dir);
		Path guidesDir = Files.createDirectories(dir.resolve("guides"));
		int images = 0;
		for (Guide guide : guides) {
			Map<String, PageHtml.Result> html = new LinkedHashMap<>();
			for (var page : guide.pages().entrySet()) {
				PageHtml.Result result = PageHtml.of(page.getValue());
				html.put(page.getKey(), result);
				images += result.imagesLeftOut();
			}
			Files.writeString(guidesDir.resolve(guide.id() + ".yaml"), EntryFiles.entry(guide, html), StandardCharsets.UTF_8);
		}
		String slug = slug(byLang);
		Path sources = dir.resolve("sources.yaml");
		String existing = Files.exists(sources) ? Files.readString(sources, StandardCharsets.UTF_8) : null;
		Files.writeString(sources, EntryFiles.mergeSources(existing, EntryFiles.sources(guides, "Integreat, " + (region != null ? region : slug), today)),
				StandardCharsets.UTF_8);
		if (!Files.exists(dir.resolve("site.yaml"))) {
			String siteName = name != null ? name : "Wegweiser " + (region != null ? region : slug);
			// German stays offered (the service's own texts and fallback), whatever languages the region's pages have
			List<String> languages = new ArrayList<>(List.of("de"));
			byLang.keySet().stream().filter(l -> !l.equals("de")).forEach(languages::add);
			Files.writeString(dir.resolve("site.yaml"), EntryFiles.site(siteName, region != null ? region : slug, languages),
					StandardCharsets.UTF_8);
		}
		return images;
	}

	/** The target's files, except the guide pages an earlier import wrote (written anew). */
	private void carryOver(Path dir) throws IOException {
		if (!Files.isDirectory(target)) {
			return;
		}
		try (Stream<Path> files = Files.walk(target)) {
			for (Path file : files.toList()) {
				Path relative = target.relativize(file);
				if (relative.toString().isEmpty() || isImportedGuide(relative)) {
					continue;
				}
				Path copy = dir.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static boolean isImportedGuide(Path relative) {
		return relative.getNameCount() == 2 && relative.getName(0).toString().equals("guides")
				&& relative.getFileName().toString().startsWith(Guide.PREFIX);
	}

	private static Set<String> importedIds(Path dir) throws IOException {
		Path guides = dir.resolve("guides");
		if (!Files.isDirectory(guides)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(guides)) {
			return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(Guide.PREFIX) && f.endsWith(".yaml"))
				.map(f -> f.substring(0, f.length() - ".yaml".length())).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** The new directory in the target's place: the old one moved aside first, removed last. */
	private void swap(Path dir) throws IOException {
		if (!Files.exists(target)) {
			Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
			return;
		}
		Path old = target.resolveSibling("." + target.getFileName() + ".previous-" + System.nanoTime());
		Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
		try {
			Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
			throw e;
		}
		delete(old);
	}

	private Report report(List<Guide> guides, Map<String, List<Page>> byLang, Set<String> before, int images) {
		Set<String> now = guides.stream().map(Guide::id).collect(Collectors.toSet());
		List<String> removed = before.stream().filter(id -> !now.contains(id)).toList();
		long added = now.stream().filter(id -> !before.contains(id)).count();
		List<String> lines = new ArrayList<>();
		lines.add("Imported " + guides.size() + " guide pages of " + slug(byLang) + " into " + target + " ("
				+ byLang.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).collect(Collectors.joining(", "))
				+ " pages; " + added + " new, " + (guides.size() - added) + " updated).");
		if (!removed.isEmpty()) {
			lines.add("Removed upstream, no longer in the guide (" + removed.size() + "): " + String.join(", ", removed));
		}
		long offers = byLang.values().stream().flatMap(List::stream).mapToInt(Page::embeddedOffers).sum();
		if (images > 0 || offers > 0) {
			lines.add("Left out, not fetched: " + images + " images, " + offers + " embedded offers.");
		}
		return new Report(lines);
	}

	private static String slug(Map<String, List<Page>> byLang) {
		return byLang.values().stream().flatMap(List::stream).findFirst()
			.map(p -> p.path().replaceFirst("^/", "").replaceFirst("/.*", "")).orElse("integreat");
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
