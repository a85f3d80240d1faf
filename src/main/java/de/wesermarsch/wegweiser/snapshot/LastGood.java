package de.wesermarsch.wegweiser.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import de.wesermarsch.wegweiser.content.Bounds;
import de.wesermarsch.wegweiser.content.ContentLoader;

/**
 * A copy on disk of the last content that loaded, so that a restart with broken content (a kill, a rolling
 * update, a node moved) serves it instead of not starting, the way a search engine keeps its index. Each copy is
 * a folder {@code last-good-<version>} with {@code content/} and {@code i18n/}; the file {@code last-good} names
 * the one to use and is replaced by an atomic rename only after the folder is complete, so a crash while writing
 * leaves the previous copy in use. The copy is loaded with the same checks as the content directory.
 */
final class LastGood {

	private static final String POINTER = "last-good";

	private final Path directory;

	LastGood(Path directory) {
		this.directory = directory;
	}

	Path directory() {
		return directory;
	}

	/** The version of the copy kept, if any. */
	Optional<String> version() {
		try {
			Path pointer = directory.resolve(POINTER);
			if (!Files.isRegularFile(pointer)) {
				return Optional.empty();
			}
			String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
			return name.startsWith(POINTER + "-") && Files.isDirectory(directory.resolve(name))
					? Optional.of(name.substring(POINTER.length() + 1)) : Optional.empty();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Keeps these files (named "content/…", "i18n/…") as the last good content, unless that version is kept. */
	void keep(String version, Map<String, byte[]> files) throws IOException {
		if (version().filter(version::equals).isPresent()) {
			return;
		}
		Files.createDirectories(directory);
		String name = POINTER + "-" + version;
		Path target = directory.resolve(name);
		// a name of its own, so two instances sharing the directory never write into each other's copy
		Path partial = directory.resolve(".partial-" + name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
		for (var file : files.entrySet()) {
			Path path = partial.resolve(file.getKey()).normalize();
			if (!path.startsWith(partial)) {
				throw new IOException("a file name leaves the state directory: " + file.getKey());
			}
			Files.createDirectories(path.getParent());
			Files.write(path, file.getValue());
		}
		Files.createDirectories(partial.resolve("content"));
		Files.createDirectories(partial.resolve("i18n"));
		if (Files.isDirectory(target)) {
			deleteTree(partial); // an equal copy (same version, same files) is there already
		}
		else {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		Path pointer = directory.resolve(".pointer-" + version + "-" + System.nanoTime());
		Files.writeString(pointer, name + "\n", StandardCharsets.UTF_8);
		Files.move(pointer, directory.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		// older copies, and what a crash left half-written (an hour old: never another instance's current write)
		java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime
			.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
		try (Stream<Path> old = Files.list(directory)) {
			for (Path path : old.toList()) {
				String file = path.getFileName().toString();
				boolean older = file.startsWith(POINTER + "-") && !path.equals(target);
				boolean left = (file.startsWith(".partial-") || file.startsWith(".pointer-"))
						&& Files.getLastModifiedTime(path).compareTo(hourAgo) < 0;
				if (older || left) {
					deleteTree(path);
				}
			}
		}
	}

	/** The loader of the copy kept, if there is one. */
	Optional<ContentLoader> loader(String askEntry, Bounds bounds) {
		return version().map(v -> directory.resolve(POINTER + "-" + v))
			.map(dir -> new ContentLoader(dir.resolve("content"), dir.resolve("i18n"), askEntry, bounds));
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
