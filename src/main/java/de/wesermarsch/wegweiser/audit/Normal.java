package de.wesermarsch.wegweiser.audit;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as the audit's patterns see it: composed (NFC), without the Persian zero-width non-joiner, the hamza above,
 * the tatweel and Arabic short vowels, and with the Persian ۀ written as ه. So "ادارهٔ"، "اداره‌ی" and "اداره ی"
 * meet one pattern, and a pattern never depends on how a translator typed a word.
 */
final class Normal {

	private static final Pattern IGNORED = Pattern.compile("[\u200c\u0640\u064b-\u0652\u0654]");

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

	private Normal() {
	}

	static String text(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u06c0', '\u0647');
		return IGNORED.matcher(composed).replaceAll("");
	}

	/** A pattern of the audit's files, matched case-insensitively against {@link #text(String)}. */
	static Pattern pattern(String regex) {
		return Pattern.compile(text(regex), FLAGS);
	}

}
