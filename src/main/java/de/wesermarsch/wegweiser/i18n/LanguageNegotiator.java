package de.wesermarsch.wegweiser.i18n;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;

/**
 * Chooses the language of an answer from the browser's {@code Accept-Language} with ICU's {@link LocaleMatcher},
 * among the languages the service speaks (and their aliases); German when nothing fits or the header is
 * malformed.
 */
public final class LanguageNegotiator {

	private static final String DEFAULT = "de";

	private final LocaleMatcher matcher;

	private final Map<ULocale, String> codeOf = new HashMap<>();

	public LanguageNegotiator(List<Language> languages) {
		LocaleMatcher.Builder builder = LocaleMatcher.builder().setDefaultULocale(new ULocale(DEFAULT));
		for (Language language : languages) {
			support(builder, language.code(), language.code());
			language.aliases().forEach(alias -> support(builder, alias, language.code()));
		}
		this.matcher = builder.build();
	}

	private void support(LocaleMatcher.Builder builder, String tag, String code) {
		ULocale locale = ULocale.forLanguageTag(tag);
		builder.addSupportedULocale(locale);
		codeOf.putIfAbsent(locale, code);
	}

	/** The code of the best language for this header, or German. */
	public String negotiate(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
			return DEFAULT;
		}
		try {
			ULocale best = matcher.getBestMatch(LocalePriorityList.add(acceptLanguage).build());
			return codeOf.getOrDefault(best, DEFAULT);
		}
		catch (RuntimeException malformed) {
			return DEFAULT;
		}
	}

}
