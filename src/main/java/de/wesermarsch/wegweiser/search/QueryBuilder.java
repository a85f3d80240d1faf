package de.wesermarsch.wegweiser.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * Turns what a user typed into Lucene queries. The text is only ever analysed into terms, never parsed, so no
 * query syntax ({@code *:*}, quotes, {@code ~}, brackets) has any effect.
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

	private final SearchIndex index;

	QueryBuilder(SearchIndex index) {
		this.index = index;
	}

	Query text(String query, String userLang) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String lang : index.content().languageCodes()) {
			float weight = lang.equals(userLang) ? OWN_LANGUAGE : 1f;
			List<String> terms = Tokens.of(index.analyzer(lang), query);
			add(any, "title_" + lang, terms, TITLE * weight);
			add(any, "text_" + lang, terms, TEXT * weight);
		}
		List<String> folded = Tokens.of(index.neutral(), query);
		add(any, SearchIndex.FOLD_TITLE, folded, FOLDED_TITLE);
		add(any, SearchIndex.FOLD, folded, FOLDED);
		for (String concept : index.concepts().inQuery(query, index.content().languageCodes())) {
			if (!index.has(SearchIndex.CONCEPT, concept)) {
				continue;
			}
			any.add(new BoostQuery(new TermQuery(new Term(SearchIndex.CONCEPT, concept)), CONCEPT), Occur.SHOULD);
			any.add(new BoostQuery(new TermQuery(new Term(SearchIndex.CONCEPT_TITLE, concept)), CONCEPT_IN_TITLE),
					Occur.SHOULD);
		}
		return any.build();
	}

	/** The content's words nearest to misspelt ones, matched in the folded fields; null for none. */
	Query similar(List<String> words) {
		if (words.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		add(any, SearchIndex.FOLD_TITLE, words, FUZZY * 2);
		add(any, SearchIndex.FOLD, words, FUZZY);
		return any.build();
	}

	/** One clause per field, of the query's terms that the field has (the others could only cost time). */
	private void add(BooleanQuery.Builder any, String field, List<String> analyzed, float weight) {
		Set<String> terms = new LinkedHashSet<>(analyzed);
		terms.removeIf(t -> !index.has(field, t));
		if (terms.isEmpty()) {
			return;
		}
		BooleanQuery.Builder field_ = new BooleanQuery.Builder();
		terms.forEach(t -> field_.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
		any.add(new BoostQuery(field_.build(), weight), Occur.SHOULD);
	}

}
