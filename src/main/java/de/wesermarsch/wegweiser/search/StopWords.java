package de.wesermarsch.wegweiser.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * The words that carry no topic in a question ({@code i18n/<code>-stop-words.txt}: question words, pronouns,
 * prepositions, auxiliaries, "finden", "bekommen"), left out of a query's every reading. A query's language is not
 * known and each reading is matched in its own language's field, so a German "ich" read by the English chain would
 * be a rare, and so heavily weighted, word of the English texts: every reading therefore leaves out the stop words
 * of every language, each analysed by that reading's chain; the folded reading likewise. Measured on the OMoS-QA
 * questions (docs/answers.md): question words otherwise pull every page that repeats them to the top.
 */
final class StopWords {

	private static final String FOLDED = "";

	/** Reading (a language code, or "" for the folded one) -> its stop tokens. */
	private final Map<String, Set<String>> byReading = new HashMap<>();

	StopWords(Content content, Analyzers chains) {
		List<String> all = new ArrayList<>();
		content.languageCodes().forEach(code -> all.addAll(content.stopWords(code)));
		chains.byLanguage().forEach((lang, chain) -> byReading.put(lang, analysed(chain, all)));
		byReading.put(FOLDED, analysed(chains.neutral(), all));
	}

	private static Set<String> analysed(Analyzer chain, List<String> words) {
		Set<String> tokens = new HashSet<>();
		words.forEach(w -> tokens.addAll(Tokens.primary(chain, w)));
		return tokens;
	}

	/** A language's reading without its stop tokens; all of it when nothing else is left ("Was ist das?"). */
	List<String> keep(String lang, List<String> tokens) {
		return keep(byReading.getOrDefault(lang, Set.of()), tokens);
	}

	/** The folded reading without its stop tokens, or all of it. */
	List<String> keepFolded(List<String> tokens) {
		return keep(byReading.get(FOLDED), tokens);
	}

	private static List<String> keep(Set<String> stop, List<String> tokens) {
		List<String> kept = tokens.stream().filter(t -> !stop.contains(t)).toList();
		return kept.isEmpty() ? tokens : kept;
	}

}
