package de.wesermarsch.wegweiser.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into Lucene queries: one weighted term query for every term of every reading that the
 * index holds, of which a document's score is the sum (each term scored by BM25 in its field, so a long page's
 * many words weigh by its length). Question and function words ({@link StopWords}) are left out. The text is only ever analysed into terms, never parsed, so
 * no query syntax ({@code *:*}, quotes, {@code ~}, brackets) has any effect.
 */
final class QueryBuilder {

	/**
	 * Weights, fitted on the OMoS-QA train questions (docs/answers.md) within the relevance and needs suites'
	 * thresholds. A title counts about as much as the body, not several times over: with titles at 3 (language
	 * field), 2 (folded) and 5 (concept), every page titled "Wo finde ich …" or about "Hilfe" won every such
	 * question (train R@3 de+en 0.68 with them, stop words left out, and 0.75 without). The folded field counts as much as a language's own:
	 * names, numbers and words that every language writes alike meet there.
	 */
	private static final float TITLE = 1f;

	private static final float TEXT = 1f;

	private static final float OWN_LANGUAGE = 1.5f;

	private static final float FOLDED_TITLE = 1.5f;

	private static final float FOLDED = 1f;

	private static final float CONCEPT = 1.5f;

	/** A concept in the title says what the entry is about; generic ones ("Hilfe") are frequent, so IDF keeps them low. */
	private static final float CONCEPT_IN_TITLE = 2f;

	/** The parts of a compound ("Kinder|arzt") count less than a word as typed, so "arzt" does not pull every doctor page. */
	private static final float PART = 0.8f;

	private static final float FUZZY = 0.5f;

	/**
	 * A word's translations ({@link CrossLanguage}) weigh this much together, each of n of them 1/sqrt(n) of it:
	 * fitted on the OMoS-QA train questions (Arabic R@3 0.21 without, 0.46 with; 0.43 at half the weight).
	 */
	private static final float TRANSLATED = 1f;

	private final Set<String> languages;

	private final IndexTerms terms;

	private final ConceptMatcher concepts;

	private final StopWords stopWords;

	private final CrossLanguage crossLanguage;

	QueryBuilder(Set<String> languages, IndexTerms terms, ConceptMatcher concepts, StopWords stopWords,
			CrossLanguage crossLanguage) {
		this.crossLanguage = crossLanguage;
		this.languages = languages;
		this.terms = terms;
		this.concepts = concepts;
		this.stopWords = stopWords;
	}

	List<Query> text(AnalysedQuery query, String userLang) {
		List<Query> any = new ArrayList<>();
		for (String lang : languages) {
			float weight = lang.equals(userLang) ? OWN_LANGUAGE : 1f;
			List<String> all = stopWords.keep(lang, query.tokens(lang));
			Set<String> typed = Set.copyOf(query.words(lang));
			List<String> words = all.stream().filter(typed::contains).toList();
			List<String> parts = all.stream().filter(t -> !typed.contains(t)).toList();
			add(any, "title_" + lang, words, TITLE * weight);
			add(any, "text_" + lang, words, TEXT * weight);
			add(any, "title_" + lang, parts, TITLE * weight * PART);
			add(any, "text_" + lang, parts, TEXT * weight * PART);
		}
		for (String source : crossLanguage.sources()) {
			for (String word : stopWords.keep(source, query.words(source))) {
				crossLanguage.translate(source, word).forEach((target, tokens) -> {
					float each = TRANSLATED / (float) Math.sqrt(tokens.size());
					add(any, "title_" + target, tokens, TITLE * each);
					add(any, "text_" + target, tokens, TEXT * each);
				});
			}
		}
		List<String> folded = stopWords.keepFolded(query.folded());
		add(any, SearchIndex.FOLD_TITLE, folded, FOLDED_TITLE);
		add(any, SearchIndex.FOLD, folded, FOLDED);
		for (String concept : concepts.inQuery(query)) {
			add(any, SearchIndex.CONCEPT, List.of(concept), CONCEPT);
			add(any, SearchIndex.CONCEPT_TITLE, List.of(concept), CONCEPT_IN_TITLE);
		}
		return any;
	}

	/** Queries for the content's words nearest to misspelt ones, matched in the folded fields. */
	List<Query> similar(List<String> words) {
		List<Query> any = new ArrayList<>();
		add(any, SearchIndex.FOLD_TITLE, words, FUZZY * 2);
		add(any, SearchIndex.FOLD, words, FUZZY);
		return any;
	}

	/** A query per term, weighted by its field, for the terms that the field has (the others could only cost time). */
	private void add(List<Query> any, String field, List<String> analyzed, float weight) {
		for (String term : new LinkedHashSet<>(analyzed)) {
			Query query = terms.query(field, term);
			if (query != null) {
				any.add(new BoostQuery(query, weight));
			}
		}
	}

}
