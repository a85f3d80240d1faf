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
 * The texts of the source documents, to check that every phone number, e-mail address and street address an
 * entry gives stands in the source it names. Phone numbers are compared by their digits, so "04401 927-712"
 * matches "04401-927712".
 */
public final class SourceTexts {

	private static final Pattern PHONE = Pattern.compile("(\\+49|0)\\d[\\d /()-]{5,}\\d");

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

	private final Map<String, String> textOf = new HashMap<>();

	public SourceTexts(Content content, Path contentDirectory) {
		content.sources().values().forEach(source -> {
			try {
				textOf.put(source.id(), Files.readString(contentDirectory.resolve(source.file())));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** Contact data of the entry (in its contact block or any of its texts) that its source does not contain. */
	public List<String> unsourced(Entry entry) {
		String source = textOf.getOrDefault(entry.source().document(), "");
		String sourceDigits = source.replaceAll("\\D", "");
		String sourceLower = source.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		List<String> found = new ArrayList<>();
		StringBuilder all = new StringBuilder();
		entry.texts().values().forEach(t -> all.append(t.title()).append('\n').append(t.summary()).append('\n').append(t.body()).append('\n'));
		if (entry.details() instanceof Entry.Offer offer && offer.contact() != null) {
			Contact c = offer.contact();
			for (String value : new String[] { c.phone(), c.email() }) {
				if (value != null) {
					all.append(value).append('\n');
				}
			}
			if (c.address() != null && !sourceLower.contains(c.address().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
				found.add("address '" + c.address() + "'");
			}
			if (c.web() != null && !sourceLower.contains(c.web().toLowerCase(Locale.ROOT))) {
				found.add("web address '" + c.web() + "'");
			}
		}
		PHONE.matcher(all).results().map(m -> m.group()).distinct()
			.filter(p -> !sourceDigits.contains(p.replaceAll("\\D", "")))
			.forEach(p -> found.add("phone '" + p + "'"));
		EMAIL.matcher(all).results().map(m -> m.group()).distinct()
			.filter(e -> !sourceLower.contains(e.toLowerCase(Locale.ROOT)))
			.forEach(e -> found.add("e-mail '" + e + "'"));
		return found;
	}

}
