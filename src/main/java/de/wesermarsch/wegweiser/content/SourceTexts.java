package de.wesermarsch.wegweiser.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The texts of the source documents, to check that every phone number, e-mail address, web address and street
 * address an entry gives stands in a source it cites: the text of a file source, or the excerpt of a web source
 * (the page's own words, kept in {@code sources.yaml}). Phone numbers are compared by their digits, so
 * "04401 927-712" matches "04401-927712"; web addresses without their scheme and trailing slash.
 */
public final class SourceTexts {

	private static final Pattern PHONE = Pattern.compile("(\\+49|0)\\d[\\d /()-]{5,}\\d");

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

	private static final Pattern WEB = Pattern.compile("https?://[^\\s)\\]>\"']+", Pattern.CASE_INSENSITIVE);

	private final Map<String, String> textOf = new HashMap<>();

	public SourceTexts(Content content, Path contentDirectory) {
		content.sources().values().forEach(source -> {
			try {
				textOf.put(source.id(), source.web() ? source.excerpt() + "\n" + source.url()
						: Files.readString(contentDirectory.resolve(source.file())));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** Contact data of the entry (in its contact block or any of its texts) that no source it cites contains. */
	public List<String> unsourced(Entry entry) {
		StringBuilder cited = new StringBuilder();
		entry.sources().forEach(s -> cited.append(textOf.getOrDefault(s.document(), "")).append('\n'));
		String sourceDigits = cited.toString().replaceAll("\\D", "");
		String sourceLower = cited.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		List<String> found = new ArrayList<>();
		StringBuilder all = new StringBuilder();
		entry.texts().values().forEach(t -> all.append(t.title()).append('\n').append(t.summary()).append('\n').append(t.body()).append('\n'));
		entry.contact().ifPresent(c -> {
			for (String value : new String[] { c.phone(), c.email(), c.web() }) {
				if (value != null) {
					all.append(value).append('\n');
				}
			}
			if (c.address() != null && !sourceLower.contains(c.address().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
				found.add("address '" + c.address() + "'");
			}
		});
		PHONE.matcher(all).results().map(m -> m.group()).distinct()
			.filter(p -> !sourceDigits.contains(p.replaceAll("\\D", "")))
			.forEach(p -> found.add("phone '" + p + "'"));
		EMAIL.matcher(all).results().map(m -> m.group()).distinct()
			.filter(e -> !sourceLower.contains(e.toLowerCase(Locale.ROOT)))
			.forEach(e -> found.add("e-mail '" + e + "'"));
		WEB.matcher(all).results().map(m -> m.group()).distinct()
			.filter(w -> !sourceLower.contains(bare(w)))
			.forEach(w -> found.add("web address '" + w + "'"));
		return found;
	}

	/** A web address as sources write it: lower case, without scheme, "www." and trailing slash or dot. */
	private static String bare(String url) {
		return url.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").replaceAll("[/.,;:]+$", "");
	}

}
