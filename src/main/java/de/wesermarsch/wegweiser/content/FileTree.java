package de.wesermarsch.wegweiser.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Map;

/**
 * Reads the files of one directory tree into memory, within {@link Bounds}, and skips what is not content:
 * dotfiles and dot-folders (a ConfigMap's {@code ..data}, {@code .git}, Emacs' {@code .#x.yaml}), editors' backup
 * and swap files ({@code x.yaml~}, {@code x.swp}, {@code #x.yaml#}, {@code x.bak}, {@code x.tmp}), and anything
 * that is not a regular file (a FIFO would block the reader for good). The root is resolved once, so a root that is
 * a symbolic link swapped while it is read (git-sync) is read wholly from the one directory it pointed to. Links
 * inside are followed (ConfigMap files are links). A file or folder that cannot be read is one problem naming it,
 * never an exception.
 */
final class FileTree {

	private final Bounds bounds;

	private final Problems problems;

	private long total;

	FileTree(Bounds bounds, Problems problems) {
		this.bounds = bounds;
		this.problems = problems;
	}

	/** Adds every content file under {@code dir} to {@code files}, named {@code prefix + relative path}. */
	void read(Path dir, String prefix, Map<String, byte[]> files) {
		Path root;
		try {
			root = dir.toRealPath();
		}
		catch (IOException e) {
			problems.add(prefix.substring(0, prefix.length() - 1), null, null,
					"the directory " + dir + " " + reason(e));
			return;
		}
		if (!Files.isDirectory(root)) {
			problems.add(prefix.substring(0, prefix.length() - 1), null, null, dir + " is not a directory");
			return;
		}
		try {
			Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 16, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path path, BasicFileAttributes attributes) {
					return !path.equals(root) && ContentNames.ignored(path.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
					String name = prefix + root.relativize(path).toString().replace('\\', '/');
					if (ContentNames.ignored(path.getFileName().toString())) {
						return FileVisitResult.CONTINUE;
					}
					if (attributes.isSymbolicLink()) {
						problems.add(name, null, null, "is a link to a file that does not exist");
					}
					else if (attributes.isRegularFile()) {
						readFile(path, name, attributes.size(), files);
					}
					else if (!attributes.isDirectory()) {
						problems.add(name, null, null, "is not a regular file (a pipe, socket or device), so it was not read");
					}
					return total > bounds.maxTotalBytes() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path path, IOException e) {
					String name = prefix + root.relativize(path).toString().replace('\\', '/');
					if (!ContentNames.ignored(path.getFileName().toString())) {
						problems.add(name, null, null, reason(e));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path path, IOException e) {
					if (e != null) {
						problems.add(prefix + root.relativize(path).toString().replace('\\', '/'), null, null, reason(e));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException e) {
			problems.add(prefix.substring(0, prefix.length() - 1), null, null, reason(e));
		}
	}

	private void readFile(Path path, String name, long size, Map<String, byte[]> files) {
		if (size > bounds.maxFileBytes()) {
			problems.add(name, null, null, "is " + megabytes(size) + ", more than the limit of "
					+ megabytes(bounds.maxFileBytes()) + " for one file (wegweiser.reload.max-file-size), so it was not read");
			return;
		}
		if (total + size > bounds.maxTotalBytes()) {
			total += size;
			problems.add(name, null, null, "makes the content larger than the limit of "
					+ megabytes(bounds.maxTotalBytes()) + " (wegweiser.reload.max-content-size), so it and the files after it were not read");
			return;
		}
		// never more than the limit, even if the file grows between the look at its size and the read
		try (InputStream in = Files.newInputStream(path)) {
			byte[] bytes = in.readNBytes((int) bounds.maxFileBytes() + 1);
			if (bytes.length > bounds.maxFileBytes()) {
				problems.add(name, null, null, "grew beyond the limit of " + megabytes(bounds.maxFileBytes())
						+ " for one file while it was read, so it was not read");
				return;
			}
			total += bytes.length;
			files.put(name, bytes);
		}
		catch (IOException e) {
			problems.add(name, null, null, reason(e));
		}
	}

	/** Why a file or folder could not be read, as the end of a sentence that begins with its name. */
	static String reason(IOException e) {
		return switch (e) {
			case NoSuchFileException n -> "vanished while the content was read (moved or deleted during a change)";
			case java.nio.file.AccessDeniedException a -> "cannot be read: permission denied";
			case FileSystemLoopException l -> "is a link that leads into a loop of folders";
			case java.nio.file.NotDirectoryException n -> "is not a directory";
			default -> "cannot be read (" + e.getClass().getSimpleName() + ")";
		};
	}

	private static String megabytes(long bytes) {
		return bytes < 1 << 20 ? (bytes + 1023) / 1024 + " KB"
				: String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

}
