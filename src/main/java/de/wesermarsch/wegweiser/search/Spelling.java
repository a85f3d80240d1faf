package de.wesermarsch.wegweiser.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;

/**
 * Typo tolerance: for every word of the query that the content does not know in any reading (a misspelling, as a
 * rule), the closest words it does contain in the folded field ({@link NearWords}), words of the reader's and of
 * the query's recognised language first, so a German reader typing "Hebame" is not offered a Kurmanji word. The
 * corrected queries ({@link Corrections#texts}) are run through the full analysis (stemming, compounds, thesaurus)
 * by the search, which proposes one only when it finds more and better than what was typed. Words the content
 * knows are never rewritten.
 */
final class Spelling {

	/** French-style elisions (l'énergie, d'accord, qu'il): the article or particle is a word of its own. */
	private static final Pattern ELISION = Pattern.compile("(?iu)\\b(l|d|j|m|n|s|t|c|qu)['’](?=\\p{L})");

	private final IndexTerms terms;

	private final Analyzers analyzers;

	private final ConceptMatcher concepts;

	/** How many similar words an unknown word is matched with. */
	private static final int SIMILAR = 3;

	/** How many near words are ranked by language before the best {@value #SIMILAR} are kept. */
	private static final int CANDIDATES = 10;

	/** The words of the folded field, for the nearest ones to an unknown word. */
	private final NearWords near;

	Spelling(IndexTerms terms, Analyzers analyzers, ConceptMatcher concepts, IndexReader reader) {
		this.terms = terms;
		this.analyzers = analyzers;
		this.concepts = concepts;
		this.near = new NearWords(reader, SearchIndex.FOLD);
	}

	/** The query with elided articles split from their words ("l'énergie" → "l' énergie"). */
	static String splitElisions(String query) {
		return ELISION.matcher(query).replaceAll("$1' ");
	}

	/**
	 * Whether some word of the query is unknown to the content in every reading: not a folded word, not a word of
	 * the thesaurus, and not a word of any language as that language analyses it. Such a word is most likely
	 * misspelt.
	 */
	boolean hasUnknownWord(AnalysedQuery query) {
		return !unknownWords(query).isEmpty();
	}

	/** The query's unknown words, without those of a thesaurus phrase the query contains ("دورة لغة"). */
	private Set<String> unknownWords(AnalysedQuery query) {
		Set<String> unknown = new LinkedHashSet<>();
		query.folded().stream().filter(this::unknown).forEach(unknown::add);
		if (!unknown.isEmpty()) {
			Set<String> phrases = concepts.inQuery(query);
			unknown.removeIf(word -> !phrases.isEmpty() && !concepts.inQuery(analyzers.analyse(String.join(" ",
					query.folded().stream().filter(w -> !w.equals(word)).toList()))).containsAll(phrases));
		}
		return unknown;
	}

	private boolean unknown(String word) {
		return word.length() >= NearWords.MIN_LENGTH && !terms.has(SearchIndex.FOLD, word)
				&& !terms.has(SearchIndex.FOLD_TITLE, word) && !known(analyzers.analyse(word));
	}

	/** Whether a word is a thesaurus word or a word of some language as that language analyses it. */
	private boolean known(AnalysedQuery word) {
		return !concepts.inQuery(word).isEmpty() || analyzers.codes().stream().anyMatch(lang -> inLanguage(word, lang));
	}

	private boolean inLanguage(AnalysedQuery word, String lang) {
		return word.words(lang).stream().anyMatch(t -> terms.has("text_" + lang, t) || terms.has("title_" + lang, t));
	}

	/**
	 * The words of the query with, for each word the content lacks, its nearest words in the content: words of the
	 * given languages (the reader's, the recognised one; null is skipped) before the others.
	 */
	Corrections correct(AnalysedQuery query, String... preferred) {
		Set<String> languages = new LinkedHashSet<>();
		for (String lang : preferred) {
			if (lang != null && analyzers.codes().contains(lang)) {
				languages.add(lang);
			}
		}
		Set<String> unknown = unknownWords(query);
		Map<String, List<String>> similar = new LinkedHashMap<>();
		for (String word : query.folded()) {
			similar.put(word, unknown.contains(word) ? nearest(word, languages) : List.of());
		}
		return new Corrections(query.folded(), similar);
	}

	private List<String> nearest(String word, Set<String> languages) {
		List<String> near = new ArrayList<>(this.near.nearest(word, CANDIDATES));
		if (!languages.isEmpty()) {
			// stable: within the reader's languages and within the others, NearWords' order (fewer edits, more frequent)
			near.sort(Comparator.comparing(candidate -> !ofLanguages(candidate, languages)));
		}
		return near.stream().limit(SIMILAR).toList();
	}

	private boolean ofLanguages(String candidate, Set<String> languages) {
		AnalysedQuery analysed = analyzers.analyse(candidate);
		return languages.stream().anyMatch(lang -> inLanguage(analysed, lang));
	}

	/**
	 * The query's folded words and, per word, similar words of the content (empty for a known word).
	 */
	record Corrections(List<String> words, Map<String, List<String>> similar) {

		List<String> alternatives() {
			return similar.values().stream().flatMap(List::stream).distinct().toList();
		}

		/**
		 * Corrected queries as the content writes their words, best guess first: the n-th replaces every unknown word
		 * by its n-th nearest word (or its last one); known words stay as they are.
		 */
		List<String> texts(Vocabulary vocabulary) {
			Set<String> texts = new LinkedHashSet<>();
			int most = similar.values().stream().mapToInt(List::size).max().orElse(0);
			for (int n = 0; n < most; n++) {
				int choice = n;
				texts.add(String.join(" ", words.stream().map(w -> {
					List<String> near = similar.getOrDefault(w, List.of());
					return vocabulary.surface(near.isEmpty() ? w : near.get(Math.min(choice, near.size() - 1)));
				}).toList()));
			}
			return List.copyOf(texts);
		}

	}

}
