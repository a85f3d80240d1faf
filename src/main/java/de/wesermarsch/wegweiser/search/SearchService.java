package de.wesermarsch.wegweiser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

import de.wesermarsch.wegweiser.content.EntryType;

/**
 * Searches one snapshot's index. A query is analysed once by every language's chain and matched in every
 * language's field, the neutral folded field and the concept field; the user's language and titles weigh more.
 * Only when exact matching finds fewer than {@link #FEW} entries or a word of the query is unknown to the content
 * in every reading (a misspelling, as a rule) are the content's words nearest to the unknown ones added, and "did
 * you mean" computed: finding them builds edit-distance automata, the most expensive step of a search.
 */
public final class SearchService {

	static final int FEW = 3;

	/** Best first; equal scores in index order, as Lucene's own top-hits collector would have them. */
	private static final Comparator<ScoreDoc> BEST_FIRST = Comparator.<ScoreDoc>comparingDouble(d -> -d.score)
		.thenComparingInt(d -> d.doc);

	private final SearchIndex index;

	private final QueryBuilder queries;

	private final QueryLanguage languages;

	private final Spelling spelling;

	private final Suggestions suggestions;

	public SearchService(SearchIndex index) {
		this.index = index;
		this.queries = new QueryBuilder(index);
		this.languages = new QueryLanguage(index);
		this.spelling = new Spelling(index);
		this.suggestions = new Suggestions(index.content(), index.neutral());
	}

	public SearchResult search(SearchRequest request) {
		AnalysedQuery query = index.analyse(request.query());
		Query filters = filters(request);
		BooleanQuery exact = queries.text(query, request.lang());
		List<ScoreDoc> matches = all(exact, filters, request.lang());
		String didYouMean = null;
		if (matches.size() < FEW || spelling.hasUnknownWord(query)) {
			Spelling.Corrections corrections = spelling.correct(query);
			didYouMean = corrections.didYouMean(index.vocabulary());
			List<BooleanClause> similar = queries.similar(corrections.alternatives());
			if (!similar.isEmpty()) {
				BooleanQuery.Builder either = new BooleanQuery.Builder();
				exact.clauses().forEach(either::add);
				similar.forEach(either::add);
				matches = all(either.build(), filters, request.lang());
			}
		}
		List<Hit> hits = new ArrayList<>();
		for (int i = request.offset(); i < Math.min(matches.size(), request.offset() + request.limit()); i++) {
			ScoreDoc match = matches.get(i);
			hits.add(Hit.of(index.entry(match.doc), request.lang(), request.easy(), match.score));
		}
		return new SearchResult(request.query(), request.lang(), languages.detect(query), matches.size(), hits,
				index.facets().count(matches), didYouMean);
	}

	private Query filters(SearchRequest request) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean any = anyOf(all, SearchIndex.TYPE, request.types().stream().map(EntryType::id).toList());
		any |= anyOf(all, SearchIndex.TOPIC, request.topics());
		any |= anyOf(all, SearchIndex.PLACE, request.places());
		return any ? all.build() : null;
	}

	private static boolean anyOf(BooleanQuery.Builder all, String field, Collection<String> values) {
		if (values.isEmpty()) {
			return false;
		}
		BooleanQuery.Builder one = new BooleanQuery.Builder();
		values.forEach(v -> one.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
		all.add(one.build(), Occur.FILTER);
		return true;
	}

	/**
	 * Every match of the text within the filters, best first, with the entry's prior and the bonus of the reader's
	 * language added. The content is small and facets count all matches, so all are walked and sorted.
	 */
	private List<ScoreDoc> all(BooleanQuery text, Query filters, String lang) {
		Query query = filters == null ? text
				: new BooleanQuery.Builder().add(text, Occur.MUST).add(filters, Occur.FILTER).build();
		try {
			IndexSearcher searcher = index.searcher();
			Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
			List<ScoreDoc> matches = new ArrayList<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				DocIdSetIterator docs = scorer.iterator();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					int id = leaf.docBase + doc;
					matches.add(new ScoreDoc(id, index.score(scorer.score(), id, lang)));
				}
			}
			matches.sort(BEST_FIRST);
			return matches;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Completions for what a user has typed so far. */
	public List<String> suggest(String prefix, String lang, int max) {
		return suggestions.complete(prefix, lang, max);
	}

}
