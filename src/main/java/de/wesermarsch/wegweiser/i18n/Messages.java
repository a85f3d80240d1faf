package de.wesermarsch.wegweiser.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The UI texts of the pages per language ({@code i18n/messages_<code>.properties}, ICU MessageFormat with plural
 * rules). A key a language lacks falls back to German, so a new language can go live before every text is
 * translated; the message test keeps the files in sync.
 */
public final class Messages {

	private final Map<String, Map<String, String>> byLanguage;

	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	/** Per language, the texts of its easy variant that differ from the standard ones (Leichte Sprache). */
	private final Map<String, Map<String, String>> easy;

	public Messages(Map<String, Map<String, String>> byLanguage) {
		this(byLanguage, Map.of());
	}

	public Messages(Map<String, Map<String, String>> byLanguage, Map<String, Map<String, String>> easy) {
		this.byLanguage = Map.copyOf(byLanguage);
		this.easy = Map.copyOf(easy);
	}

	/** All keys with their text in this language or its easy variant (standard text where the variant has none). */
	public Map<String, String> all(String lang, boolean easy) {
		Map<String, String> texts = all(lang);
		if (easy) {
			texts.putAll(this.easy.getOrDefault(lang, Map.of()));
		}
		return texts;
	}

	/** The easy variant's own texts of a language (empty where it has none). */
	public Map<String, String> easy(String lang) {
		return easy.getOrDefault(lang, Map.of());
	}

	/** All keys with their text in this language (German where it has none). */
	public Map<String, String> all(String lang) {
		Map<String, String> texts = new HashMap<>(byLanguage.getOrDefault("de", Map.of()));
		texts.putAll(byLanguage.getOrDefault(lang, Map.of()));
		return texts;
	}

	public Map<String, Map<String, String>> byLanguage() {
		return byLanguage;
	}

	/** The text of a key in this language, with the named arguments filled in. */
	public String format(String lang, String key, Map<String, Object> arguments) {
		return format(lang, false, key, arguments);
	}

	/** The text of a key in this language or its easy variant (where it has the key), with the arguments filled in. */
	public String format(String lang, boolean easy, String key, Map<String, Object> arguments) {
		String easyPattern = easy ? this.easy.getOrDefault(lang, Map.of()).get(key) : null;
		String pattern = easyPattern != null ? easyPattern : byLanguage.getOrDefault(lang, Map.of()).get(key);
		String language = pattern == null ? "de" : lang;
		if (pattern == null) {
			pattern = byLanguage.getOrDefault("de", Map.of()).getOrDefault(key, key);
		}
		String finalPattern = pattern;
		MessageFormat format = formats.computeIfAbsent(language + (easyPattern != null ? "\u0000easy\u0000" : "\u0000") + key,
				k -> new MessageFormat(finalPattern, ULocale.forLanguageTag(language)));
		synchronized (format) {
			return format.format(arguments);
		}
	}

}
