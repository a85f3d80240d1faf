package de.wesermarsch.wegweiser.content;

/**
 * The text of an entry as shown to a reader who asked for a language: the text in that language (its
 * easy-language variant when asked for and present), else the German one, else the original, with
 * {@code fallback} set. What a text lacks (measures' translations need only title and summary) is taken from
 * the German text, else the original, and {@code bodyLang} says in which language the body is.
 */
public record Shown(String title, String summary, String body, String subGoal, String rhythm, String lang,
		boolean easy, boolean fallback, String bodyLang, Text text, String key) {

	public static Shown of(Entry entry, String lang, boolean easy) {
		String baseKey = entry.texts().containsKey("de") ? "de" : entry.original();
		String key = easy && entry.texts().containsKey(Entry.key(lang, true)) ? Entry.key(lang, true)
				: entry.texts().containsKey(lang) ? lang : null;
		boolean fallback = key == null;
		if (fallback) {
			key = easy && entry.texts().containsKey("de-easy") ? "de-easy" : baseKey;
		}
		Text text = entry.texts().get(key);
		Text base = entry.texts().get(baseKey);
		String shownLang = Entry.language(key);
		boolean ownBody = !text.body().isBlank();
		return new Shown(text.title(), text.summary().isBlank() ? base.summary() : text.summary(),
				ownBody ? text.body() : base.body(), text.subGoal() != null ? text.subGoal() : base.subGoal(),
				text.rhythm() != null ? text.rhythm() : base.rhythm(), shownLang, key.endsWith(Entry.EASY_SUFFIX),
				fallback, ownBody ? shownLang : baseKey, text, key);
	}

}
