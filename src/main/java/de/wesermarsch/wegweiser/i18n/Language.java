package de.wesermarsch.wegweiser.i18n;

/**
 * A language the service speaks: its code, its name in itself (endonym), in English, its writing direction and
 * the analysis chain of its search field. {@code aliases} are other language tags that browsers send for it
 * ({@code ku} for Kurmanji, {@code ku-Arab} for Sorani).
 */
public record Language(String code, String name, String englishName, String dir, String analysis,
		java.util.List<String> aliases) {

	public Language {
		aliases = java.util.List.copyOf(aliases);
		if (!code.matches("[a-z]{2,3}")) {
			throw new IllegalArgumentException("'" + code + "' is not a language code");
		}
		if (!dir.equals("ltr") && !dir.equals("rtl")) {
			throw new IllegalArgumentException("dir of " + code + " must be ltr or rtl");
		}
	}

	public boolean rtl() {
		return dir.equals("rtl");
	}

}
