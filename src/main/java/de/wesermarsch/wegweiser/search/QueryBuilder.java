package de.wesermarsch.wegweiser.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into Lucene queries: one weighted term query for every term of every reading that the
 * index holds, of which a document's score is the sum. The text is only ever analysed into terms, never parsed, so
 * no query syntax ({@code *:*}, quotes, {@code ~}, brackets) has any effect.
 */
final class QueryBuilder {

	/** Weights: a title match counts more than a body match, the user's language more than others. */
	private static final float TITLE = 3f;

	private static final float TEXT = 1f;

	private static final float OWN_LANGUAGE = 1.5f;

	private static final float FOLDED_TITLE = 2f;

	private static final float FOLDED = 0.7f;

	private static final float CONCEPT = 1.5f;

	private static final float CONCEPT_IN_TITLE = 5f;

	private static final float FUZZY = 0.5f;

	private final Set<String> languages;

	private final IndexTerms terms;

	private final ConceptMatcher concepts;

	QueryBuilder(Set<String> languages, IndexTerms terms, ConceptMatcher concepts) {
		this.languages = languages;
		this.terms = terms;
		this.concepts = concepts;
	}

	List<Query> text(AnalysedQuery query, String userLang) {
		List<Query> any = new ArrayList<>();
		for (String lang : languages) {
			float weight = lang.equals(userLang) ? OWN_LANGUAGE : 1f;
			List<String> terms = query.tokens(lang);
			add(any, "title_" + lang, terms, TITLE * weight);
			add(any, "text_" + lang, terms, TEXT * weight);
		}
		add(any, SearchIndex.FOLD_TITLE, query.folded(), FOLDED_TITLE);
		add(any, SearchIndex.FOLD, query.folded(), FOLDED);
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
