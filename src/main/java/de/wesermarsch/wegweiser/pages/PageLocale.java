package de.wesermarsch.wegweiser.pages;

import java.util.Optional;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.i18n.Language;

/**
 * The language of a page as its address carries it: the first path segment, a language code, with the suffix
 * {@code -easy} for the easy-language variant ({@code /de-easy/} is Leichte Sprache). A shared link therefore
 * opens in the language it was shared in. {@code root} is empty for the pages and {@code /kiosk} for the same
 * pages on the Termin-Terminal of the Kreishaus.
 */
record PageLocale(Language language, boolean easy, String root) {

	static Optional<PageLocale> parse(String segment, Content content, String root) {
		boolean easy = segment.endsWith(Entry.EASY_SUFFIX);
		String code = easy ? segment.substring(0, segment.length() - Entry.EASY_SUFFIX.length()) : segment;
		return content.language(code).map(language -> new PageLocale(language, easy, root));
	}

	String lang() {
		return language.code();
	}

	/** The path segment of this locale. */
	String segment() {
		return Entry.key(language.code(), easy);
	}

	/** The start of every address of this locale: "/ar", or "/kiosk/ar" on the kiosk. */
	String base() {
		return root + "/" + segment();
	}

	/** The same place in another language or variant. */
	String base(String otherSegment) {
		return root + "/" + otherSegment;
	}

	boolean kiosk() {
		return root.equals(Pages.KIOSK);
	}

	String dir() {
		return language.dir();
	}

}
