package de.wesermarsch.wegweiser.omosqa;

import java.util.List;

/**
 * A page that OMoS-QA contexts give: one per region, Integreat page id and language. {@code lines} are the
 * context's lines after the title, so context line {@code i} is {@code lines.get(i - 1)}.
 */
public record Page(String city, long pageId, String language, String title, List<String> lines) {

	public Page {
		lines = List.copyOf(lines);
	}

	public String entryId() {
		return entryId(city, pageId);
	}

	static String entryId(String city, long pageId) {
		return city + "-" + pageId;
	}

	/** The body as an entry holds it: the lines after the title, one a line. */
	public String body() {
		return String.join("\n", lines);
	}

}
