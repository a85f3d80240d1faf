package de.wesermarsch.wegweiser.integreat;

import java.time.LocalDate;
import java.util.Map;

/**
 * One page of an Integreat region in one language, as its pages API gives it: {@code id} (of this language's
 * page), its public {@code url} and {@code path}, the {@code parentPath} of the page it belongs under (null at the
 * top), its {@code order} among its siblings, the HTML {@code content}, the day it was {@code lastUpdated}, the
 * ids of the same page in other languages ({@code translations}), and its plain-text {@code excerpt}.
 */
record Page(String lang, long id, String url, String path, String title, String content, String excerpt,
		String parentPath, int order, LocalDate lastUpdated, Map<String, Long> translations, int embeddedOffers) {

	Page {
		translations = Map.copyOf(translations);
	}

	/** The name of the page in the import's messages: "en/pages.json, page 4711". */
	String where() {
		return lang + "/pages.json, page " + id;
	}

}
