package de.wesermarsch.wegweiser.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;

import de.wesermarsch.wegweiser.content.EntryType;

/**
 * Searches one snapshot's index. A query is analysed once by every language's chain and matched in every
 * language's field, the neutral folded field and the concept field; the user's language and titles weigh more.
 * Results come in {@link EntryType#helpOrder() help order}: every matching offer, guide page and page before any
 * network, every network before any measure (a plan of the county), each group best first.
 * Only when exact matching finds fewer than {@link #FEW} entries or a word of the query is unknown to the content
 * in every reading (a misspelling, as a rule) is the query corrected: the corrected words run through the full
 * analysis, and "did you mean" is proposed only when they find more and better than the words as typed; otherwise
 * the content's words nearest to the unknown ones are added in the folded fields.
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

	private final Analyzers analyzers;

	private final Vocabulary vocabulary;

	/** Wires the parts of a search to what the index was built with; nothing calls back into the index. */
	public SearchService(SearchIndex index) {
		this.index = index;
		this.analyzers = index.analyzers();
		this.vocabulary = index.vocabulary();
		this.queries = new QueryBuilder(analyzers.codes(), index.terms(), index.concepts(), index.stopWords(),
				index.crossLanguage());
		this.languages = new QueryLanguage(analyzers.codes(), index.terms());
		this.spelling = new Spelling(index.terms(), analyzers, index.concepts(), index.reader());
		this.suggestions = new Suggestions(index.content(), analyzers.neutral());
	}

	public SearchResult search(SearchRequest request) {
		AnalysedQuery query = analyzers.analyse(Spelling.splitElisions(request.query()));
		Query filters = filters(request);
		List<Query> exact = queries.text(query, request.lang());
		List<ScoreDoc> matches = all(exact, filters, request.lang());
		String didYouMean = null;
		if (matches.size() < FEW || spelling.hasUnknownWord(query)) {
			Spelling.Corrections corrections = spelling.correct(query, request.lang(), languages.detect(query));
			Corrected corrected = corrected(corrections, exact, matches, filters, request.lang());
			if (corrected != null) {
				didYouMean = corrected.text();
				matches = corrected.matches();
			}
			else if (!corrections.alternatives().isEmpty()) {
				List<Query> either = new ArrayList<>(exact);
				either.addAll(queries.similar(corrections.alternatives()));
				matches = all(either, filters, request.lang());
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

	/** A corrected query and what it finds together with the words as typed. */
	private record Corrected(String text, List<ScoreDoc> matches) {
	}

	/**
	 * The first corrected query that, through the full analysis (stems, compounds, thesaurus), finds no fewer entries
	 * than the words as typed and a better first one; its matches are those of both. Null when none does.
	 */
	private Corrected corrected(Spelling.Corrections corrections, List<Query> exact, List<ScoreDoc> typed,
			Query filters, String lang) {
		float typedBest = typed.isEmpty() ? 0 : typed.get(0).score;
		for (String text : corrections.texts(vocabulary)) {
			List<Query> fixed = queries.text(analyzers.analyse(text), lang);
			List<ScoreDoc> found = all(fixed, filters, lang);
			if (found.size() >= typed.size() && !found.isEmpty() && found.get(0).score > typedBest) {
				List<Query> both = new ArrayList<>(exact);
				both.addAll(fixed);
				return new Corrected(text, all(both, filters, lang));
			}
		}
		return null;
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
	 * Every match of any of the queries within the filters, best first. A document's score is the sum of its
	 * queries' scores, as in a Boolean disjunction, with the entry's prior and the bonus of the reader's language.
	 * The index holds a few hundred entries, so the queries are scored one after another into an array as long as
	 * the index (term at a time): cheaper than merging the postings of forty queries document by document, and all
	 * matches are needed anyway, for the facets.
	 */
	private List<ScoreDoc> all(List<Query> queries, Query filters, String lang) {
		int size = index.size();
		double[] sums = new double[size];
		boolean[] matched = new boolean[size];
		for (Query query : queries) {
			index.visit(query, ScoreMode.COMPLETE, (doc, score) -> {
				sums[doc] += score;
				matched[doc] = true;
			});
		}
		if (filters != null) {
			boolean[] allowed = new boolean[size];
			index.visit(filters, ScoreMode.COMPLETE_NO_SCORES, (doc, score) -> allowed[doc] = true);
			for (int doc = 0; doc < size; doc++) {
				matched[doc] &= allowed[doc];
			}
		}
		List<ScoreDoc> matches = new ArrayList<>();
		for (int doc = 0; doc < size; doc++) {
			if (matched[doc]) {
				matches.add(new ScoreDoc(doc, index.score((float) sums[doc], doc, lang)));
			}
		}
		matches.sort(Comparator.<ScoreDoc>comparingInt(d -> index.entry(d.doc).type().helpOrder()).thenComparing(BEST_FIRST));
		return matches;
	}

	/** Completions for what a user has typed so far. */
	public List<String> suggest(String prefix, String lang, int max) {
		return suggestions.complete(prefix, lang, max);
	}

}
