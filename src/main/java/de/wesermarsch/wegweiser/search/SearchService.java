package de.wesermarsch.wegweiser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;

/**
 * Searches one snapshot's index. A query is matched in every language's field, the neutral folded field and the
 * concept field; the user's language and titles weigh more. Only when exact matching finds fewer than
 * {@link #FEW} entries or a word of the query is unknown to the content in every reading (a misspelling, as a
 * rule) are the content's words nearest to the unknown ones added, and "did you mean" computed: finding them
 * builds edit-distance automata, the most expensive step of a search.
 */
public final class SearchService {

	static final int FEW = 3;

	static final float OFFER_PRIOR = 2f;

	private static final Query OFFERS = new TermQuery(new Term(SearchIndex.TYPE, EntryType.OFFER.id()));

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
		Content content = index.content();
		Query filters = filters(request);
		Query exact = queries.text(request.query(), request.lang());
		List<ScoreDoc> matches = all(ranked(exact, request.lang(), filters));
		String didYouMean = null;
		if (matches.size() < FEW || spelling.hasUnknownWord(request.query())) {
			Spelling.Corrections corrections = spelling.correct(request.query());
			didYouMean = corrections.didYouMean(index.vocabulary());
			Query similar = queries.similar(corrections.alternatives());
			if (similar != null) {
				Query either = new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(similar, Occur.SHOULD).build();
				matches = all(ranked(either, request.lang(), filters));
			}
		}
		List<Hit> hits = new ArrayList<>();
		for (int i = request.offset(); i < Math.min(matches.size(), request.offset() + request.limit()); i++) {
			ScoreDoc match = matches.get(i);
			Entry entry = content.entries().get(index.idOf(match.doc));
			hits.add(Hit.of(entry, request.lang(), request.easy(), match.score));
		}
		String queryLanguage = languages.detect(request.query(), content.languageCodes());
		return new SearchResult(request.query(), request.lang(), queryLanguage, matches.size(), hits,
				facets(matches, content), didYouMean);
	}

	/**
	 * The text query must match; the user's language adds a little, filters only restrict. Offers, the places a
	 * newcomer can turn to, weigh {@value #OFFER_PRIOR} times as much as networks, pages and measures with the
	 * same match.
	 */
	private Query ranked(Query text, String lang, Query filters) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST)
			.add(new BoostQuery(new TermQuery(new Term(SearchIndex.LANG, lang)), 0.5f), Occur.SHOULD);
		if (filters != null) {
			query.add(filters, Occur.FILTER);
		}
		return FunctionScoreQuery.boostByQuery(query.build(), OFFERS, OFFER_PRIOR);
	}

	private Query filters(SearchRequest request) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean any = anyOf(all, SearchIndex.TYPE, request.types().stream().map(EntryType::id).toList());
		any |= anyOf(all, SearchIndex.TOPIC, request.topics());
		any |= anyOf(all, SearchIndex.PLACE, request.places());
		return any ? all.build() : null;
	}

	private static boolean anyOf(BooleanQuery.Builder all, String field, java.util.Collection<String> values) {
		if (values.isEmpty()) {
			return false;
		}
		BooleanQuery.Builder one = new BooleanQuery.Builder();
		values.forEach(v -> one.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
		all.add(one.build(), Occur.FILTER);
		return true;
	}

	/** Every match, best first: the content is small, and facets count all matches. */
	private List<ScoreDoc> all(Query query) {
		try {
			var searcher = index.searcher();
			TopDocs top = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
			return List.of(top.scoreDocs);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Map<String, Map<String, Long>> facets(List<ScoreDoc> matches, Content content) {
		Map<String, Long> types = new LinkedHashMap<>();
		Map<String, Long> topics = new LinkedHashMap<>();
		Map<String, Long> places = new LinkedHashMap<>();
		long countyWide = 0;
		for (ScoreDoc match : matches) {
			Entry entry = content.entries().get(index.idOf(match.doc));
			types.merge(entry.type().id(), 1L, Long::sum);
			entry.topics().forEach(t -> topics.merge(t, 1L, Long::sum));
			if (entry.countyWide()) {
				countyWide++;
			}
			else {
				entry.places().forEach(p -> places.merge(p, 1L, Long::sum));
			}
		}
		// an entry for the whole county counts for every place
		for (String place : content.places().keySet()) {
			if (countyWide > 0) {
				places.merge(place, countyWide, Long::sum);
			}
		}
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put("type", types);
		facets.put("topic", topics);
		facets.put("place", places);
		return facets;
	}

	/** Completions for what a user has typed so far. */
	public List<String> suggest(String prefix, String lang, int max) {
		return suggestions.complete(prefix, lang, max);
	}

}
