package de.wesermarsch.wegweiser.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;

/**
 * A cheap fingerprint of what is on disk, without reading any file: the real path of each directory (a flipped
 * symbolic link changes it), and every file's name, size, modification time and file key (a directory copied
 * and renamed into place changes the keys even when times are kept). Two equal stamps a quiet period apart mean
 * the files stood still. Never throws: what cannot be looked at becomes part of the stamp.
 */
final class ContentStamp {

	private ContentStamp() {
	}

	static String of(Path... roots) {
		MessageDigest digest = sha256();
		for (Path root : roots) {
			add(digest, root);
		}
		return HexFormat.of().formatHex(digest.digest(), 0, 12);
	}

	private static void add(MessageDigest digest, Path root) {
		Path real;
		try {
			real = root.toRealPath();
		}
		catch (IOException | RuntimeException e) {
			update(digest, "missing " + root);
			return;
		}
		update(digest, "root " + real);
		try {
			Files.walkFileTree(real, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 16, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return !dir.equals(real) && de.wesermarsch.wegweiser.content.ContentNames.ignored(dir.getFileName().toString())
							? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
					if (!de.wesermarsch.wegweiser.content.ContentNames.ignored(file.getFileName().toString())) {
						update(digest, real.relativize(file) + " " + a.size() + " " + a.lastModifiedTime().toInstant()
								+ " " + a.fileKey());
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					update(digest, "failed " + file + " " + e.getClass().getSimpleName());
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException | RuntimeException e) {
			update(digest, "failed " + real + " " + e.getClass().getSimpleName());
		}
	}

	private static void update(MessageDigest digest, String line) {
		digest.update(line.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
