package de.wesermarsch.wegweiser.search;

import java.util.List;
import java.util.Set;

/**
 * Recognises the language a query is written in. The script narrows the candidates and letters only one
 * language uses decide where they can (ڕ ڵ ۆ ێ: Sorani; پ چ ژ گ: Farsi; ة ى: Arabic; і ї є ґ: Ukrainian;
 * ы э ъ ё: Russian; ê û and ş without ğ/ı: Kurmanji; ğ ı: Turkish; ä ß: German). Otherwise the candidate whose
 * indexed vocabulary knows most of the query's words wins.
 */
final class QueryLanguage {

	private final Set<String> languages;

	private final IndexTerms terms;

	QueryLanguage(Set<String> languages, IndexTerms terms) {
		this.languages = languages;
		this.terms = terms;
	}

	/** The language code, or null when nothing in the query tells. */
	String detect(AnalysedQuery query) {
		List<String> candidates = candidates(query.text()).stream().filter(languages::contains).toList();
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		String best = null;
		long bestScore = 0;
		for (String lang : candidates.isEmpty() ? languages : candidates) {
			long score = known(lang, query);
			if (score > bestScore) {
				best = lang;
				bestScore = score;
			}
		}
		return best != null ? best : candidates.isEmpty() ? null : candidates.get(0);
	}

	static List<String> candidates(String query) {
		String q = query.toLowerCase(java.util.Locale.ROOT);
		if (q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
			if (containsAny(q, "ڕڵۆێەڤ")) {
				return List.of("ckb");
			}
			if (containsAny(q, "ةىيكأإؤ")) {
				return List.of("ar");
			}
			if (containsAny(q, "پچژگ\u200C")) {
				return List.of("fa", "ckb");
			}
			return List.of("ar", "fa", "ckb");
		}
		if (q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
			if (containsAny(q, "іїєґ")) {
				return List.of("uk");
			}
			if (containsAny(q, "ыэъё")) {
				return List.of("ru");
			}
			return List.of("ru", "uk");
		}
		if (containsAny(q, "ğı")) {
			return List.of("tr");
		}
		if (containsAny(q, "êû")) {
			return List.of("kmr");
		}
		if (containsAny(q, "şç")) {
			return List.of("kmr", "tr");
		}
		if (containsAny(q, "äß")) {
			return List.of("de");
		}
		if (containsAny(q, "öü")) {
			return List.of("de", "tr");
		}
		if (containsAny(q, "î")) {
			return List.of("kmr");
		}
		return List.of("de", "en", "tr", "kmr");
	}

	private static boolean containsAny(String text, String letters) {
		return letters.chars().anyMatch(c -> text.indexOf(c) >= 0);
	}

	/** How many of the query's words (as this language analyses them) occur in the language's texts. */
	private long known(String lang, AnalysedQuery query) {
		return Set.copyOf(query.words(lang)).stream()
			.filter(word -> terms.has("text_" + lang, word) || terms.has("title_" + lang, word))
			.count();
	}

}
