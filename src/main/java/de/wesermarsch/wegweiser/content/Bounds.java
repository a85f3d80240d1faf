package de.wesermarsch.wegweiser.content;

/**
 * How much content the service reads at most: a file larger than {@code maxFileBytes}, or content larger than
 * {@code maxTotalBytes} in all, is refused before it is read (measured: a 50 MB file read whole ended the
 * production image with an {@code OutOfMemoryError}). The defaults are about five times what the county's content
 * needs (largest file 184 KB, all files 2.5 MB).
 */
public record Bounds(long maxFileBytes, long maxTotalBytes) {

	public static final Bounds DEFAULT = new Bounds(1 << 20, 16 << 20);

	public Bounds {
		if (maxFileBytes <= 0 || maxTotalBytes < maxFileBytes) {
			throw new IllegalArgumentException("the content size limits must be positive, the whole at least one file");
		}
	}

}
