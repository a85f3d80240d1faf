package de.wesermarsch.wegweiser.search;

import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;

/**
 * One entry in a result list: its title and summary in the reader's language, or in German with
 * {@code fallback} set, and where to read it whole.
 */
public record Hit(String id, String type, String title, String summary, String lang, boolean fallback, String url,
		Float score) {

	public static Hit of(Entry entry, String lang, boolean easy, Float score) {
		Shown shown = Shown.of(entry, lang, easy);
		String url = "/api/v1/entries/" + entry.id() + "?lang=" + lang + (easy ? "&easy=true" : "");
		return new Hit(entry.id(), entry.type().id(), shown.title(), shown.summary(), shown.lang(), shown.fallback(), url,
				score);
	}

}
