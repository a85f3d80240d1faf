package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;

/**
 * A document that entries cite as their source: a file beside the content ({@code file}, relative to the content
 * directory), or a public web page ({@code url}, the day it was {@code read}, and an {@code excerpt} in the page's
 * own words). The contact data of an entry are checked against the file's text or the excerpt of what it cites.
 * {@code year} is the year of a document's publication, if known; {@code updated} the day a web page says it was
 * last changed, if it says so (Integreat's {@code last_updated}).
 */
public record Source(String id, String title, String publisher, Integer year, String file, String url,
		LocalDate read, String excerpt, LocalDate updated) {

	/** Whether the document is a web page rather than a file. */
	public boolean web() {
		return url != null;
	}

}
