package de.wesermarsch.wegweiser.content;

/**
 * The text of an entry as shown to a reader who asked for a language: the text in that language (its
 * easy-language variant when asked for and present), else the German one with {@code fallback} set. A
 * translation without a body (measures need only title and summary) shows the German body, and
 * {@code bodyLang} says so.
 */
public record Shown(String title, String summary, String body, String subGoal, String rhythm, String lang,
		boolean easy, boolean fallback, String bodyLang, Text text, String key) {

	public static Shown of(Entry entry, String lang, boolean easy) {
		String key = easy && entry.texts().containsKey(Entry.key(lang, true)) ? Entry.key(lang, true)
				: entry.texts().containsKey(lang) ? lang : null;
		boolean fallback = key == null;
		if (fallback) {
			key = easy && entry.texts().containsKey("de-easy") ? "de-easy" : "de";
		}
		Text text = entry.texts().get(key);
		Text german = entry.german();
		String shownLang = key.replace(Entry.EASY_SUFFIX, "");
		boolean ownBody = !text.body().isBlank();
		return new Shown(text.title(), text.summary().isBlank() ? german.summary() : text.summary(),
				ownBody ? text.body() : german.body(), text.subGoal() != null ? text.subGoal() : german.subGoal(),
				text.rhythm() != null ? text.rhythm() : german.rhythm(), shownLang, key.endsWith(Entry.EASY_SUFFIX),
				fallback, ownBody ? shownLang : "de", text, key);
	}

}
