package de.wesermarsch.wegweiser.pages;

import java.util.Optional;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.i18n.Language;

/**
 * The language of a page as its address carries it: the first path segment, a language code, with the suffix
 * {@code -easy} for the easy-language variant ({@code /de-easy/} is Leichte Sprache). A shared link therefore
 * opens in the language it was shared in.
 */
record PageLocale(Language language, boolean easy) {

	static Optional<PageLocale> parse(String segment, Content content) {
		boolean easy = segment.endsWith(Entry.EASY_SUFFIX);
		String code = easy ? segment.substring(0, segment.length() - Entry.EASY_SUFFIX.length()) : segment;
		return content.language(code).map(language -> new PageLocale(language, easy));
	}

	String lang() {
		return language.code();
	}

	/** The path segment of this locale. */
	String segment() {
		return Entry.key(language.code(), easy);
	}

	String dir() {
		return language.dir();
	}

}
