package de.wesermarsch.wegweiser.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Text;

/**
 * One translated text and the German it translates: a field of an entry in one language, or a UI message. The
 * audit compares the two, so it walks every translation once, the same way for every check.
 *
 * @param where  entry id and field ({@code massnahme-elterntalk summary}), or {@code ui} and the message key
 * @param lang   language code of the translation
 * @param text   the translation
 * @param german the German text of the same field or message ("" where German has none)
 */
record Piece(String where, String lang, String text, String german) {

	/** Whether this is a short text in which a term must be rendered the one way: UI message, title, summary. */
	boolean short_() {
		return where.startsWith("ui ") || where.endsWith(" title") || where.endsWith(" summary");
	}

	/** Every translation of every entry and UI message, in a stable order. */
	static List<Piece> all(Content content) {
		List<Piece> pieces = new ArrayList<>();
		for (Entry entry : content.entries().values()) {
			Text german = entry.texts().getOrDefault("de", entry.originalText());
			entry.texts().forEach((key, text) -> {
				if (!key.startsWith("de")) {
					fields(entry.id(), key, text, german, pieces);
				}
			});
		}
		Map<String, Map<String, String>> messages = content.messages().byLanguage();
		Map<String, String> germanUi = messages.getOrDefault("de", Map.of());
		for (String lang : content.languageCodes()) {
			if (!lang.equals("de")) {
				new java.util.TreeMap<>(messages.getOrDefault(lang, Map.of())).forEach((key, text) -> pieces
					.add(new Piece("ui " + key, lang, text, germanUi.getOrDefault(key, ""))));
			}
		}
		return pieces;
	}

	private static void fields(String id, String lang, Text text, Text german, List<Piece> pieces) {
		add(pieces, id + " title", lang, text.title(), german.title());
		add(pieces, id + " summary", lang, text.summary(), german.summary());
		add(pieces, id + " body", lang, text.body(), german.body());
		add(pieces, id + " subGoal", lang, text.subGoal(), german.subGoal());
		add(pieces, id + " rhythm", lang, text.rhythm(), german.rhythm());
	}

	private static void add(List<Piece> pieces, String where, String lang, String text, String german) {
		if (text != null && !text.isBlank()) {
			pieces.add(new Piece(where, lang, text, german == null ? "" : german));
		}
	}

}
