package de.wesermarsch.wegweiser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * "Did you mean": every word of the query that the content does not contain is replaced by the closest word it
 * does contain (in the folded field, shown as written), if there is one.
 */
final class Spelling {

	private final SearchIndex index;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	Spelling(SearchIndex index) {
		this.index = index;
		checker.setMinQueryLength(4);
	}

	/**
	 * Whether some word of the query is unknown to the content in every reading: not a folded word, and not a word
	 * of any language as that language analyses it. Such a word is most likely misspelt.
	 */
	boolean hasUnknownWord(String query) {
		for (String word : Tokens.of(index.neutral(), query)) {
			if (word.length() < 4 || index.has(SearchIndex.FOLD, word) || index.has(SearchIndex.FOLD_TITLE, word)) {
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

	/** The corrected query, or null when every word is known or none can be corrected. */
	String correct(String query) {
		List<String> words = Tokens.of(index.neutral(), query);
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		try {
			var reader = index.searcher().getIndexReader();
			for (String word : words) {
				SuggestWord[] similar = checker.suggestSimilar(new Term(SearchIndex.FOLD, word), 1, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (similar.length > 0) {
					corrected.add(index.vocabulary().surface(similar[0].string));
					changed = true;
				}
				else {
					corrected.add(index.vocabulary().surface(word));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return changed ? String.join(" ", corrected) : null;
	}

}
