package de.wesermarsch.wegweiser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * Typo tolerance: for every word of the query that the content does not contain, the closest words it does
 * contain (edit distance up to two, in the folded field). They are searched for instead of the unknown word
 * (one edit-distance automaton a word, where fuzzy queries would build one per field), and the closest one
 * makes "did you mean", shown as the content writes it.
 */
final class Spelling {

	private final SearchIndex index;

	/** How many similar words an unknown word is matched with. */
	private static final int SIMILAR = 3;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	Spelling(SearchIndex index) {
		this.index = index;
		checker.setMinQueryLength(4);
	}

	/**
	 * Whether some word of the query is unknown to the content in every reading: not a folded word, not a word of
	 * the thesaurus, and not a word of any language as that language analyses it. Such a word is most likely
	 * misspelt.
	 */
	boolean hasUnknownWord(String query) {
		for (String word : Tokens.of(index.neutral(), query)) {
			if (word.length() < 4 || index.has(SearchIndex.FOLD, word) || index.has(SearchIndex.FOLD_TITLE, word)
					|| !index.concepts().inQuery(word, index.content().languageCodes()).isEmpty()) {
				continue;
			}
			boolean known = index.content().languageCodes().stream().anyMatch(lang -> Tokens
				.primary(index.analyzer(lang), word).stream()
				.anyMatch(t -> index.has("text_" + lang, t) || index.has("title_" + lang, t)));
			if (!known) {
				return true;
			}
		}
		return false;
	}

	/** The words of the query with, for each word the content lacks, its nearest words in the content. */
	Corrections correct(String query) {
		List<String> words = Tokens.of(index.neutral(), query);
		java.util.Map<String, List<String>> similar = new java.util.LinkedHashMap<>();
		try {
			var reader = index.searcher().getIndexReader();
			for (String word : words) {
				SuggestWord[] found = checker.suggestSimilar(new Term(SearchIndex.FOLD, word), SIMILAR, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				similar.put(word, java.util.Arrays.stream(found).map(w -> w.string).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Corrections(words, similar);
	}

	/**
	 * The query's folded words and, per word, similar words of the content (empty for a known word).
	 * {@link #didYouMean} is the query with each unknown word replaced by its nearest neighbour, as written.
	 */
	record Corrections(List<String> words, java.util.Map<String, List<String>> similar) {

		List<String> alternatives() {
			return similar.values().stream().flatMap(List::stream).distinct().toList();
		}

		String didYouMean(Vocabulary vocabulary) {
			if (alternatives().isEmpty()) {
				return null;
			}
			return String.join(" ", words.stream()
				.map(w -> vocabulary.surface(similar.getOrDefault(w, List.of()).stream().findFirst().orElse(w)))
				.toList());
		}

	}

}
