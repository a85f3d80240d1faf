package de.wesermarsch.wegweiser.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;

/**
 * Typo tolerance: for every word of the query that the content does not contain, the closest words it does
 * contain in the folded field ({@link NearWords}). They are searched for instead of the unknown word, in the
 * folded fields only (where fuzzy queries would expand the word in every field), and the closest one makes "did you
 * mean", shown as the content writes it.
 */
final class Spelling {

	private final IndexTerms terms;

	private final Analyzers analyzers;

	private final ConceptMatcher concepts;

	/** How many similar words an unknown word is matched with. */
	private static final int SIMILAR = 3;

	/** The words of the folded field, for the nearest ones to an unknown word. */
	private final NearWords near;

	Spelling(IndexTerms terms, Analyzers analyzers, ConceptMatcher concepts, IndexReader reader) {
		this.terms = terms;
		this.analyzers = analyzers;
		this.concepts = concepts;
		this.near = new NearWords(reader, SearchIndex.FOLD);
	}

	/**
	 * Whether some word of the query is unknown to the content in every reading: not a folded word, not a word of
	 * the thesaurus, and not a word of any language as that language analyses it. Such a word is most likely
	 * misspelt.
	 */
	boolean hasUnknownWord(AnalysedQuery query) {
		for (String word : query.folded()) {
			if (word.length() >= NearWords.MIN_LENGTH && !terms.has(SearchIndex.FOLD, word) && !terms.has(SearchIndex.FOLD_TITLE, word)
					&& !known(analyzers.analyse(word))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word is a thesaurus word or a word of some language as that language analyses it. */
	private boolean known(AnalysedQuery word) {
		return !concepts.inQuery(word).isEmpty() || analyzers.codes().stream()
			.anyMatch(lang -> word.words(lang).stream()
				.anyMatch(t -> terms.has("text_" + lang, t) || terms.has("title_" + lang, t)));
	}

	/** The words of the query with, for each word the content lacks, its nearest words in the content. */
	Corrections correct(AnalysedQuery query) {
		Map<String, List<String>> similar = new LinkedHashMap<>();
		for (String word : query.folded()) {
			similar.put(word, terms.has(SearchIndex.FOLD, word) ? List.of() : near.nearest(word, SIMILAR));
		}
		return new Corrections(query.folded(), similar);
	}

	/**
	 * The query's folded words and, per word, similar words of the content (empty for a known word).
	 * {@link #didYouMean} is the query with each unknown word replaced by its nearest neighbour, as written.
	 */
	record Corrections(List<String> words, Map<String, List<String>> similar) {

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
