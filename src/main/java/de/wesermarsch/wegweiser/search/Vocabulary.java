package de.wesermarsch.wegweiser.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * The words of the content as written, keyed by their folded form: "did you mean" corrects in the folded field
 * and shows the word as readers know it ("Ärztin", not "arztin").
 */
final class Vocabulary {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200C]+");

	private final Analyzer folding;

	private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();

	private final Map<String, String> foldedOf = new HashMap<>();

	Vocabulary(Analyzer folding) {
		this.folding = folding;
	}

	void add(String text) {
		var words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group().toLowerCase(Locale.ROOT);
			String folded = foldedOf.computeIfAbsent(word, w -> {
				var tokens = Tokens.of(folding, w);
				return tokens.size() == 1 ? tokens.get(0) : "";
			});
			if (!folded.isEmpty()) {
				surfaces.computeIfAbsent(folded, k -> new HashMap<>()).merge(word, 1, Integer::sum);
			}
		}
	}

	/** The most frequent written form of a folded word, or the folded word itself. */
	String surface(String folded) {
		Map<String, Integer> forms = surfaces.get(folded);
		if (forms == null) {
			return folded;
		}
		return forms.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(folded);
	}

}
